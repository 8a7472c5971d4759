/**
 * Checks and cleans an SVG figure at build time, so it can be inlined into the player (and use
 * the course's colour tokens). Anything that could run code, load something from elsewhere or
 * ignore forced-colours mode fails the build, naming the file, the line, the element and the
 * attribute; nothing is silently dropped except comments, the XML declaration and the outer
 * width/height (the figure scales to the screen by its viewBox).
 */
import type { ContentProblem } from './content-error.js';

/** Attributes and CSS properties that set a colour. */
const COLOUR_PROPERTIES = new Set(['fill', 'stroke', 'stop-color', 'color', 'flood-color', 'lighting-color']);
const FORBIDDEN_ELEMENTS: Record<string, string> = {
  script: 'scripts are not allowed in a figure',
  foreignobject: 'foreignObject is not allowed (it embeds HTML in the figure)',
  image: 'pictures inside a figure are not allowed; draw the shape in SVG, or use ::image for a picture',
  iframe: 'iframes are not allowed in a figure',
  embed: 'embedded content is not allowed in a figure',
  object: 'embedded content is not allowed in a figure',
  animate: 'animation is not allowed (figures are still, and animation can change links)',
  animatemotion: 'animation is not allowed (figures are still, and animation can change links)',
  animatetransform: 'animation is not allowed (figures are still, and animation can change links)',
  set: 'animation is not allowed (figures are still, and animation can change links)',
};
/** Elements whose whitespace is text a learner sees. */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath', 'title', 'desc']);

export interface SanitisedSvg {
  svg: string;
  problems: ContentProblem[];
}

interface Attribute {
  name: string;
  value: string;
}

const escapeAttribute = (s: string) =>
  s
    .replace(/&(?!(?:[a-z]+|#\d+|#x[\da-f]+);)/gi, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');

const ALLOWED_COLOURS = 'use currentColor, none, transparent or var(--pir-color-…) from src/styles/tokens.ts';

/** Checks one colour value; returns the reason it is refused, or undefined. */
function colourProblem(value: string, tokens: ReadonlySet<string>): string | undefined {
  const v = value.trim().replace(/\s*!important$/, '');
  if (/^(none|currentcolor|transparent|inherit)$/i.test(v)) return undefined;
  if (/^url\(\s*['"]?#[\w.-]+['"]?\s*\)$/.test(v)) return undefined; // a gradient or pattern in the file
  const token = /^var\(\s*(--[\w-]+)\s*\)$/.exec(v);
  if (token) {
    return tokens.has(token[1]) ? undefined : `${token[1]} is not a token in src/styles/tokens.ts`;
  }
  return `colour "${v}" is not allowed; ${ALLOWED_COLOURS}, so the figure follows the course's colours and forced-colours mode`;
}

/** Problems in CSS text (a style attribute or a <style> element). */
function cssProblems(css: string, tokens: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (/@import/i.test(css)) out.push('@import is not allowed (it loads a style sheet from elsewhere)');
  for (const m of css.matchAll(/url\(\s*['"]?([^'")]*)['"]?\s*\)/gi)) {
    if (!m[1].startsWith('#'))
      out.push(`url(${m[1]}) points outside the figure; only url(#local-id) is allowed`);
  }
  for (const m of css.matchAll(/(?:^|[;{\s])([a-z-]+)\s*:\s*([^;}]+)/gi)) {
    if (!COLOUR_PROPERTIES.has(m[1].toLowerCase())) continue;
    const reason = colourProblem(m[2], tokens);
    if (reason) out.push(`${m[1]}: ${reason}`);
  }
  return out;
}

/**
 * Sanitises SVG source. `file` names it in problems; `tokens` are the custom properties that
 * exist (e.g. `--pir-color-text`).
 */
export function sanitiseSvg(source: string, file: string, tokens: ReadonlySet<string>): SanitisedSvg {
  const problems: ContentProblem[] = [];
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
  const out: string[] = [];
  const open: string[] = [];
  let sawRoot = false;
  // Comments, declarations, tags and text, in order.
  const TOKEN =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<\/?([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|</g;
  for (const m of source.matchAll(TOKEN)) {
    const [whole, cdata, name, attrText, selfClose, text] = m;
    const at = m.index;
    const line = lineAt(at);
    const problem = (item: string, reason: string, field?: string) =>
      problems.push({ file, line, item, ...(field ? { field } : {}), reason });
    const parent = open[open.length - 1];

    if (whole.startsWith('<!--') || whole.startsWith('<?')) continue;
    if (cdata !== undefined) {
      if (parent !== 'style') problem(`<${parent ?? 'svg'}>`, 'CDATA sections are allowed only in <style>');
      for (const reason of cssProblems(cdata, tokens)) problem('<style>', reason);
      out.push(whole);
      continue;
    }
    if (whole.startsWith('<!')) {
      problem('<!DOCTYPE>', 'a DOCTYPE is not allowed (its entities could hide content); delete it');
      continue;
    }
    if (text !== undefined) {
      if (parent === 'style') {
        for (const reason of cssProblems(text, tokens)) problem('<style>', reason);
        out.push(text);
      } else if (text.trim()) {
        if (!parent) problem('<svg>', 'text outside the <svg> element');
        out.push(text.replace(/\s+/g, ' '));
      } else if (parent && TEXT_ELEMENTS.has(parent)) {
        out.push(' ');
      }
      continue;
    }
    if (name === undefined) {
      problem(`<${parent ?? 'svg'}>`, 'a "<" that starts no valid tag (write &lt; in text)');
      continue;
    }
    if (whole.startsWith('</')) {
      if (open[open.length - 1] !== name) {
        problem(`</${name}>`, `closes <${name}> but <${open[open.length - 1] ?? 'nothing'}> is open`);
      } else open.pop();
      out.push(`</${name}>`);
      continue;
    }
    const tag = `<${name}>`;
    const lower = name.toLowerCase().replace(/^svg:/, '');
    if (!sawRoot && lower !== 'svg') problem(tag, 'the file must start with an <svg> element');
    if (sawRoot && !open.length) problem(tag, 'content after the closing </svg>');
    const forbidden = FORBIDDEN_ELEMENTS[lower];
    if (forbidden) problem(tag, forbidden);

    const attributes: Attribute[] = [
      ...(attrText ?? '').matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g),
    ].map((a) => ({ name: a[1], value: a[2] ?? a[3] ?? '' }));
    const isRoot = !sawRoot;
    sawRoot = true;
    const kept: Attribute[] = [];
    for (const attribute of attributes) {
      const attr = attribute.name.toLowerCase();
      const value = attribute.value;
      if (attr.startsWith('on')) {
        problem(tag, 'event-handler attributes are not allowed (they run scripts)', attribute.name);
      } else if (attr === 'href' || attr === 'xlink:href') {
        if (!/^#[\w.-]+$/.test(value.trim()))
          problem(
            tag,
            `"${value}" points outside the figure; only #local-id references are allowed`,
            attribute.name,
          );
      } else if (attr === 'style') {
        for (const reason of cssProblems(value, tokens)) problem(tag, reason, attribute.name);
      } else if (COLOUR_PROPERTIES.has(attr)) {
        const reason = colourProblem(value, tokens);
        if (reason) problem(tag, reason, attribute.name);
      } else if (/url\(/i.test(value)) {
        for (const reason of cssProblems(`x:${value}`, tokens)) problem(tag, reason, attribute.name);
      }
      // The figure scales with its container: its viewBox gives the proportions.
      if (isRoot && (attr === 'width' || attr === 'height')) continue;
      kept.push(attribute);
    }
    if (isRoot && lower === 'svg' && !attributes.some((a) => a.name === 'viewBox'))
      problem(
        tag,
        'needs a viewBox (e.g. viewBox="0 0 640 360") so the figure can scale to the screen',
        'viewBox',
      );
    out.push(
      `<${name}${kept.map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('')}${selfClose ? '/' : ''}>`,
    );
    if (!selfClose) open.push(name);
  }
  if (!sawRoot) problems.push({ file, reason: 'is not an SVG file: no <svg> element' });
  else if (open.length)
    problems.push({
      file,
      line: lineAt(source.length),
      item: `<${open[open.length - 1]}>`,
      reason: 'is never closed',
    });
  return { svg: out.join('').trim(), problems };
}

/** The custom properties defined in the course's design tokens (`--pir-…`). */
export function tokenNames(tokensSource: string): Set<string> {
  return new Set([...tokensSource.matchAll(/(--pir-[\w-]+)\s*:/g)].map((m) => m[1]));
}
