/**
 * Glossary links: the first use of each glossary term on a page links to its definition (the
 * player shows it inline, so the learner keeps their place), and authors can force a link with
 * `[[wording|Term]]` or `[[Term]]`. Works on compiled HTML, after Markdown.
 */
import { z } from 'zod';
import { Id } from '../../src/content/course-schema.js';

/** An entry of module/glossary.yaml: `id`, `aliases` and `link` are build-time only. */
export const GlossarySource = z.strictObject({
  term: z.string().trim().min(1, 'must not be empty'),
  definition: z.string().trim().min(1, 'must not be empty'),
  id: Id.optional(),
  aliases: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
  link: z.boolean().optional(),
});
export type GlossarySource = z.infer<typeof GlossarySource>;

/**
 * `Serve and return` → `serve_and_return`; `GAD-2` → `gad_2`. Ids are at most 32 characters, so
 * a long term is cut at the last word break that fits.
 */
export const slugOfTerm = (term: string): string => {
  const slug = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (slug.length <= 32) return slug;
  const cut = slug.slice(0, 33).lastIndexOf('_');
  return slug.slice(0, cut > 0 ? cut : 32);
};

export interface GlossaryIndex {
  /** Lower-cased term, alias or id → entry id. */
  byName: Map<string, string>;
  /** Auto-linkable forms (terms and aliases), longest first, with their entry id. */
  linkable: Array<{ form: string; id: string }>;
}

export function indexGlossary(entries: Array<GlossarySource & { id: string }>): GlossaryIndex {
  const byName = new Map<string, string>();
  const linkable: GlossaryIndex['linkable'] = [];
  for (const e of entries) {
    for (const form of [e.term, ...(e.aliases ?? [])]) {
      byName.set(form.toLowerCase(), e.id);
      if (e.link !== false) linkable.push({ form, id: e.id });
    }
    byName.set(e.id.toLowerCase(), e.id);
  }
  linkable.sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
  return { byName, linkable };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** How marked escapes text: a term with an apostrophe must match `&#39;`. */
const htmlForm = (s: string) => escapeHtml(s).replace(/'/g, '&#39;').replace(/"/g, '&quot;');

export const termLink = (id: string, wordingHtml: string): string =>
  `<a class="pir-term" href="#glossary-${id}" data-term="${id}">${wordingHtml}</a>`;

/** Tags whose text is never auto-linked. */
const NO_LINK = /^(h[1-6]|a|code|pre)$/;
/** What the Markdown renderer writes for `[[wording|Term]]`, before the glossary is known. */
const FORCED = /<a class="pir-term" data-term-ref="([^"]*)">([\s\S]*?)<\/a>/g;

/**
 * Resolves forced links and links the first use of each linkable term not yet in `linked`
 * (which it updates: share one set across a page). Returns the HTML and the forced terms that
 * are not in the glossary.
 */
export function linkGlossary(
  html: string,
  index: GlossaryIndex,
  linked: Set<string>,
  autoLink = true,
): { html: string; unknown: string[] } {
  const unknown: string[] = [];
  const resolved = html.replace(FORCED, (_whole, ref: string, wording: string) => {
    const name = ref
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .toLowerCase();
    const id = index.byName.get(name);
    if (!id) {
      unknown.push(
        ref
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      );
      return wording;
    }
    linked.add(id);
    return termLink(id, wording);
  });
  if (!autoLink) return { html: resolved, unknown };

  const patterns = index.linkable.map(({ form, id }) => ({
    id,
    re: new RegExp(`(?<![\\p{L}\\p{N}&#])${escapeRegExp(htmlForm(form))}(?![\\p{L}\\p{N}])`, 'iu'),
  }));
  const stack: string[] = [];
  const out = resolved.replace(/<\/?([a-zA-Z][\w-]*)[^>]*>|[^<]+/g, (part, tag?: string) => {
    if (tag) {
      const t = tag.toLowerCase();
      if (part.startsWith('</')) {
        const at = stack.lastIndexOf(t);
        if (at >= 0) stack.length = at;
      } else if (!part.endsWith('/>') && !/^(br|hr|img|input|wbr)$/.test(t)) stack.push(t);
      return part;
    }
    if (stack.some((t) => NO_LINK.test(t))) return part;
    let text = part;
    // The earliest term in this run of text wins; then look again in what follows it.
    let offset = 0;
    for (;;) {
      let best: { id: string; index: number; length: number } | undefined;
      for (const p of patterns) {
        if (linked.has(p.id)) continue;
        const m = p.re.exec(text.slice(offset));
        if (m && (!best || m.index < best.index)) best = { id: p.id, index: m.index, length: m[0].length };
      }
      if (!best) break;
      const start = offset + best.index;
      const link = termLink(best.id, text.slice(start, start + best.length));
      text = text.slice(0, start) + link + text.slice(start + best.length);
      offset = start + link.length;
      linked.add(best.id);
    }
    return text;
  });
  return { html: out, unknown };
}
