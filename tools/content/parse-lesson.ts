/**
 * Reads one lesson file: YAML front matter, then pages (`## Title {#id}`), each made of Markdown
 * text and directives (`::leaf{attrs}` and `:::container{attrs}` … `:::`).
 */
import { parse as parseYaml } from 'yaml';
import type { ContentProblem } from './content-error.js';
import { MarkdownError, renderMarkdown } from './markdown.js';

/** A lesson as read from its file, before schema validation; lines let errors point at the source. */
export interface RawLesson {
  frontMatter: Record<string, unknown>;
  pages: RawPage[];
}
export interface RawPage {
  id: string;
  title: string;
  line: number;
  blocks: Array<{ block: Record<string, unknown>; line: number }>;
}

const PAGE_HEADING = /^##\s+(.+?)\s*(?:\{#([^}]*)\})?\s*$/;
const LEAF = /^::([a-z]+)\{(.*)\}\s*$/;
const CONTAINER_OPEN = /^:::([a-z]+)\{(.*)\}\s*$/;
const CONTAINER_CLOSE = /^:::\s*$/;
const ATTRIBUTE = /([A-Za-z]+)=(?:"([^"]*)"|([^\s"]+))/g;

/** Parses `key=value key="quoted value"` into an object; `true`/`false` become booleans. */
export function parseAttributes(source: string): Record<string, string | boolean> {
  const result: Record<string, string | boolean> = {};
  const leftover = source.replace(ATTRIBUTE, (_m, key: string, quoted?: string, bare?: string) => {
    const value = quoted ?? bare ?? '';
    result[key] = bare === 'true' ? true : bare === 'false' ? false : value;
    return '';
  });
  if (leftover.trim()) throw new MarkdownError(`cannot read the attributes "${leftover.trim()}"`);
  return result;
}

const splitList = (value: unknown): unknown =>
  typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value;

function leafBlock(type: string, attrs: Record<string, string | boolean>): Record<string, unknown> {
  switch (type) {
    case 'check':
      return { type: 'check', questionId: attrs.id };
    case 'image':
      return { type: 'image', ...attrs };
    case 'reflection':
      return { type: 'reflection', ...attrs };
    case 'case':
      return { type: 'case', ...attrs };
    case 'figure':
      // A diagram needs a long description; only a picture whose alt says it all can go without.
      if (attrs.simple !== true)
        throw new MarkdownError(
          '::figure needs a long description: write :::figure{…} with the description, then :::, or add simple=true if the alt text says it all',
        );
      return { type: 'figure', ...attrs };
    default:
      throw new MarkdownError(
        `unknown directive ::${type} (expected check, image, reflection, figure or case)`,
      );
  }
}

function containerBlock(type: string, attrs: Record<string, string | boolean>, body: string) {
  const html = body.trim() || type !== 'figure' ? renderMarkdown(body) : '';
  switch (type) {
    case 'callout':
      return { type: 'callout', ...attrs, html };
    case 'scenario': {
      const { questions, ...rest } = attrs;
      return { type: 'scenario', ...rest, questionIds: splitList(questions) ?? [], html };
    }
    case 'reveal':
      return { type: 'reveal', ...attrs, html };
    case 'figure': {
      // The body is the long description; simple=true is allowed but says nothing more.
      return { type: 'figure', ...attrs, ...(body.trim() ? { longDescHtml: html } : {}) };
    }
    default:
      throw new MarkdownError(`unknown directive :::${type} (expected callout, scenario, reveal or figure)`);
  }
}

/** Parses a lesson file's text. Problems are appended to `problems`; the result is best effort. */
export function parseLesson(text: string, file: string, problems: ContentProblem[]): RawLesson {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const problem = (line: number, reason: string, item?: string) =>
    problems.push({ file, line, reason, ...(item ? { item } : {}) });

  let frontMatter: Record<string, unknown> = {};
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end < 0) {
      problem(1, 'front matter starts with --- but never ends with ---');
      return { frontMatter, pages: [] };
    }
    try {
      const parsed: unknown = parseYaml(lines.slice(1, end).join('\n'));
      if (parsed && typeof parsed === 'object') frontMatter = parsed as Record<string, unknown>;
      else problem(2, 'front matter must be a YAML mapping (id, title, summary, outcomes)');
    } catch (error) {
      problem(2, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    i = end + 1;
  } else {
    problem(1, 'a lesson file must start with front matter between --- lines');
  }

  const pages: RawPage[] = [];
  let text_: string[] = [];
  let textLine = 0;
  const current = (): RawPage | undefined => pages[pages.length - 1];

  const flushText = () => {
    const body = text_.join('\n').trim();
    text_ = [];
    if (!body) return;
    const page = current();
    if (!page) {
      problem(textLine, 'text before the first page heading (## Title {#page_id})');
      return;
    }
    try {
      page.blocks.push({ block: { type: 'text', html: renderMarkdown(body) }, line: textLine });
    } catch (error) {
      problem(textLine, (error as Error).message, page.id);
    }
  };

  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    const heading = PAGE_HEADING.exec(line);
    if (heading) {
      flushText();
      const [, title = '', id] = heading;
      if (!id) problem(lineNo, `page "${title}" needs an id: ## ${title} {#page_id}`);
      pages.push({ id: id ?? '', title, line: lineNo, blocks: [] });
      continue;
    }
    if (/^#\s/.test(line)) {
      problem(lineNo, 'a single # heading is not used; start pages with ## Title {#page_id}');
      continue;
    }
    const leaf = LEAF.exec(line);
    const open = CONTAINER_OPEN.exec(line);
    if (leaf || open) {
      flushText();
      const page = current();
      if (!page) {
        problem(lineNo, 'directive before the first page heading');
        continue;
      }
      try {
        if (leaf) {
          page.blocks.push({ block: leafBlock(leaf[1], parseAttributes(leaf[2])), line: lineNo });
        } else {
          const close = lines.findIndex((l, j) => j > i && CONTAINER_CLOSE.test(l));
          if (close < 0) throw new MarkdownError(`:::${open![1]} is never closed with :::`);
          const body = lines.slice(i + 1, close).join('\n');
          page.blocks.push({
            block: containerBlock(open![1], parseAttributes(open![2]), body),
            line: lineNo,
          });
          i = close;
        }
      } catch (error) {
        problem(lineNo, (error as Error).message, page.id);
      }
      continue;
    }
    if (CONTAINER_CLOSE.test(line)) {
      problem(lineNo, '::: closes nothing');
      continue;
    }
    if (!text_.length && !line.trim()) continue;
    if (!text_.length) textLine = lineNo;
    text_.push(line);
  }
  flushText();
  return { frontMatter, pages };
}
