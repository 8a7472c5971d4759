/**
 * Markdown to a restricted HTML subset, at build time. Raw HTML is refused so that what educators
 * write can never inject markup or scripts into the player.
 */
import { Marked, type Tokens } from 'marked';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export class MarkdownError extends Error {
  override name = 'MarkdownError';
}

/**
 * `[[wording|Term]]` or `[[Term]]`: a link to a glossary term. The glossary is not known here, so
 * the term is kept in `data-term-ref` and resolved (or reported as unknown) by glossary-links.ts.
 */
const glossaryLink = {
  name: 'glossaryLink',
  level: 'inline' as const,
  start: (src: string) => src.indexOf('[['),
  tokenizer(src: string) {
    const m = /^\[\[([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]/.exec(src);
    if (!m) return undefined;
    const [raw, first = '', second] = m;
    return { type: 'glossaryLink', raw, wording: first.trim(), term: (second ?? first).trim() };
  },
  renderer: (token: Tokens.Generic) =>
    `<a class="pir-term" data-term-ref="${escapeHtml(String(token.term))}">${escapeHtml(String(token.wording)).replace(/'/g, '&#39;')}</a>`,
};

const marked = new Marked({
  gfm: true,
  extensions: [glossaryLink],
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag): string {
      throw new MarkdownError(`raw HTML is not allowed (${token.raw.trim().slice(0, 40)})`);
    },
    heading({ tokens, depth }: Tokens.Heading): string {
      // The page title is the screen's h1 and `#`/`##` are reserved for lessons and pages,
      // so `###` inside a page becomes h2, `####` h3.
      if (depth < 3) throw new MarkdownError('use ### or smaller for headings inside a page');
      const level = depth - 1;
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    link({ href, tokens }: Tokens.Link): string {
      if (!/^https?:\/\//.test(href)) throw new MarkdownError(`links must be http(s) addresses (${href})`);
      // External sources open in a new tab so the learner never leaves the LMS player.
      return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${this.parser.parseInline(tokens)}<span class="visually-hidden"> (opens in a new tab)</span></a>`;
    },
    image(): string {
      throw new MarkdownError('use the ::image directive for images, so alt text is checked');
    },
  },
});

/**
 * Renders block Markdown to HTML. Throws MarkdownError for anything outside the allowed subset.
 * Line breaks become spaces (the same to the browser outside <pre>): each one costs three bytes in
 * the bundle's embedded JSON string.
 */
export function renderMarkdown(source: string): string {
  const html = (marked.parse(source.trim()) as string).trim();
  return html.includes('<pre') ? html : html.replace(/\s*\n\s*/g, ' ');
}

/** Strips tags and entities from compiled HTML, for word counts and plain-text uses. */
export function htmlToText(html: string): string {
  return html
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%–-]*/gu);
  return words ? words.length : 0;
}
