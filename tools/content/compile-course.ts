/**
 * Compiles the text files in `module/` into the validated course (`build/course.json`).
 *
 * Each file is validated on its own so that every problem names its file, item and field; then
 * the cross-references between files are checked; problems are collected, never stopped at the first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import { z } from 'zod';
import {
  Assessment,
  Course,
  Id,
  Issuer,
  ReleaseDate,
  LearningOutcome,
  Lesson,
  Question,
  Reference,
  type Course as CourseType,
  type GlossaryEntry,
  type Lesson as LessonType,
  type Question as QuestionType,
} from '../../src/content/course-schema.js';
import { loadCases, type LoadedCase } from './cases.js';
import { ContentError, type ContentProblem } from './content-error.js';
import { estimateDuration } from './duration.js';
import {
  GlossarySource,
  indexGlossary,
  linkGlossary,
  slugOfTerm,
  type GlossaryIndex,
} from './glossary-links.js';
import { MarkdownError, renderMarkdown } from './markdown.js';
import { parseLesson, type RawPage } from './parse-lesson.js';
import { loadStrings } from './strings.js';
import { sanitiseSvg, tokenNames } from './svg-sanitiser.js';

const CourseFile = z.strictObject({
  id: Id,
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  version: z.string(),
  language: z.string(),
  audience: z.string().trim().min(1),
  issuer: Issuer.optional(),
  released: ReleaseDate.optional(),
  keywords: z.array(z.string()).min(1),
  welcome: z.string().trim().min(1, 'write a welcome text'),
  outcomes: z.array(LearningOutcome).min(1),
  assessment: Assessment,
  lessons: z
    .array(z.string().regex(/^[A-Za-z0-9_.-]+\.md$/, 'must be a .md file name in module/lessons/'))
    .min(1),
});

/** `['options', 2, 'id']` → `options[2].id` */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

function issuesToProblems(
  error: z.ZodError,
  base: Omit<ContentProblem, 'reason' | 'field'>,
  describe?: (path: readonly PropertyKey[]) => Partial<ContentProblem>,
): ContentProblem[] {
  return error.issues.map((issue) => ({
    ...base,
    field: fieldPath(issue.path),
    reason: issue.message,
    ...describe?.(issue.path),
  }));
}

interface YamlFile {
  value: unknown;
  /** Line of the n-th item of a top-level list. */
  itemLine: (index: number) => number | undefined;
}

function readYaml(path: string, file: string, problems: ContentProblem[]): YamlFile | undefined {
  if (!existsSync(path)) {
    problems.push({ file, reason: 'file is missing' });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      problems.push({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        reason: `not valid YAML: ${e.message.split('\n')[0]}`,
      });
    }
    return undefined;
  }
  const items = isSeq(doc.contents) ? (doc.contents.items as Node[]) : [];
  return {
    value: doc.toJS(),
    itemLine: (i) => {
      const start = items[i]?.range?.[0];
      return start === undefined ? undefined : lineCounter.linePos(start).line;
    },
  };
}

function markdownField(
  source: unknown,
  problems: ContentProblem[],
  where: Omit<ContentProblem, 'reason'>,
): unknown {
  if (typeof source !== 'string') return source;
  try {
    return renderMarkdown(source);
  } catch (error) {
    if (!(error instanceof MarkdownError)) throw error;
    problems.push({ ...where, reason: error.message });
    return source;
  }
}

/** Every id that must be unique across the course, with where it was defined. */
class IdRegistry {
  readonly #seen = new Map<string, string>();
  constructor(private readonly problems: ContentProblem[]) {}
  add(kind: string, id: string, where: Omit<ContentProblem, 'reason'>): void {
    const key = `${kind}:${id}`;
    const first = this.#seen.get(key);
    if (first) this.problems.push({ ...where, reason: `duplicate ${kind} id "${id}" (also in ${first})` });
    else this.#seen.set(key, where.line ? `${where.file}:${where.line}` : where.file);
  }
}

/** What the lesson pages need beyond their own text: cases, figures and the glossary. */
interface PageContext {
  moduleDir: string;
  cases: Map<string, LoadedCase>;
  /** Cases whose files have problems (reported there). */
  failedCases: Set<string>;
  /** Where each case was placed (`file:line`), to catch a second placement. */
  placed: Map<string, string>;
  glossary: GlossaryIndex;
  /** Sanitised SVG by src, so a figure used twice is read and reported once. */
  svgs: Map<string, string | undefined>;
  tokens: ReadonlySet<string>;
}

/**
 * Completes a page's figure and case blocks, and links the first use of each glossary term on
 * the page (text, callouts, scenarios, reveals; never headings, links, code or questions).
 */
function completePage(page: RawPage, file: string, context: PageContext, problems: ContentProblem[]): void {
  const linked = new Set<string>();
  const unplaced = new Set<unknown>();
  page.blocks.forEach((entry, b) => {
    const block = entry.block;
    const where = { file, line: entry.line, item: `page ${page.id}, block ${b + 1} (${String(block.type)})` };
    for (const field of ['html', 'longDescHtml'] as const) {
      if (typeof block[field] !== 'string') continue;
      const auto = ['text', 'callout', 'scenario', 'reveal'].includes(String(block.type));
      const result = linkGlossary(block[field], context.glossary, linked, auto);
      block[field] = result.html;
      for (const term of result.unknown)
        problems.push({
          ...where,
          field: field === 'html' ? 'text' : 'description',
          reason: `glossary term "${term}" in [[…]] is not in glossary.yaml`,
        });
    }
    if (block.type === 'figure') completeFigure(block, where, context, problems);
    if (block.type === 'case') {
      const id = typeof block.id === 'string' ? block.id : '';
      const loaded = context.cases.get(id);
      const here = `${file}:${entry.line}`;
      const first = context.placed.get(id);
      if (!loaded) {
        unplaced.add(entry);
        if (!id)
          problems.push({
            ...where,
            field: 'id',
            reason: '::case needs the id of a case in module/cases/: ::case{id=case_…}',
          });
        else if (!context.failedCases.has(id))
          problems.push({ ...where, field: 'id', reason: `case "${id}" does not exist in module/cases/` });
      } else if (first) {
        unplaced.add(entry);
        problems.push({
          ...where,
          field: 'id',
          reason: `case "${id}" is already placed at ${first}; a case is placed exactly once`,
        });
      } else {
        context.placed.set(id, here);
        entry.block = { ...loaded.block };
      }
    }
  });
  // A case that could not be placed is reported once, above, not again by the page's schema.
  page.blocks = page.blocks.filter((entry) => !unplaced.has(entry));
}

function completeFigure(
  block: Record<string, unknown>,
  where: Omit<ContentProblem, 'reason'>,
  context: PageContext,
  problems: ContentProblem[],
): void {
  const { simple, ...rest } = block;
  for (const key of Object.keys(block)) delete block[key];
  Object.assign(block, rest);
  if (simple !== true && block.longDescHtml === undefined)
    problems.push({
      ...where,
      field: 'description',
      reason:
        'a figure needs a long description between :::figure{…} and :::, or simple=true if the alt text says it all',
    });
  const src = block.src;
  if (typeof src !== 'string' || !/^assets\/[A-Za-z0-9_.-]+\.svg$/.test(src)) return; // the schema says why
  if (!context.svgs.has(src)) {
    const path = join(context.moduleDir, src);
    if (!existsSync(path)) {
      problems.push({ ...where, field: 'src', reason: `${src} does not exist in module/` });
      context.svgs.set(src, undefined);
    } else {
      const result = sanitiseSvg(readFileSync(path, 'utf8'), relative(process.cwd(), path), context.tokens);
      problems.push(...result.problems);
      context.svgs.set(src, result.problems.length ? undefined : result.svg);
    }
  }
  const svg = context.svgs.get(src);
  if (svg) block.svg = svg;
  else block.svg = '<svg></svg>'; // reported above; keeps the schema from adding a second message
}

function loadLessons(files: string[], problems: ContentProblem[], ids: IdRegistry, context: PageContext) {
  const { moduleDir } = context;
  const lessons: LessonType[] = [];
  const lessonFiles = new Map<string, string>();
  for (const name of files) {
    const path = join(moduleDir, 'lessons', name);
    const file = relative(process.cwd(), path);
    if (!existsSync(path)) {
      problems.push({
        file: 'module/course.yaml',
        field: 'lessons',
        reason: `lesson file ${name} does not exist in module/lessons/`,
      });
      continue;
    }
    const raw = parseLesson(readFileSync(path, 'utf8'), file, problems);
    for (const page of raw.pages) completePage(page, file, context, problems);
    const candidate = {
      ...raw.frontMatter,
      pages: raw.pages.map((p) => ({ id: p.id, title: p.title, blocks: p.blocks.map((b) => b.block) })),
    };
    const result = Lesson.safeParse(candidate);
    const lessonId = typeof raw.frontMatter.id === 'string' ? raw.frontMatter.id : name;
    if (!result.success) {
      // A page heading without an id was already reported by the parser, in educator terms.
      const issues = result.error.issues.filter(
        (issue) =>
          !(
            issue.path[0] === 'pages' &&
            issue.path[2] === 'id' &&
            raw.pages[issue.path[1] as number]?.id === ''
          ),
      );
      problems.push(
        ...issuesToProblems(new z.ZodError(issues), { file, item: `lesson ${lessonId}` }, (path) => {
          if (path[0] !== 'pages' || typeof path[1] !== 'number') return { line: 2 };
          const page = raw.pages[path[1]];
          if (!page) return {};
          const blockIndex = path[2] === 'blocks' && typeof path[3] === 'number' ? path[3] : undefined;
          const block = blockIndex === undefined ? undefined : page.blocks[blockIndex];
          const type = block ? String(block.block.type) : '';
          return {
            item: `page ${page.id || page.title}${block ? `, block ${blockIndex! + 1} (${type})` : ''}`,
            field: fieldPath(path.slice(block ? 4 : 2)) || undefined,
            line: block?.line ?? page.line,
          };
        }),
      );
      continue;
    }
    const lesson = result.data;
    ids.add('lesson', lesson.id, { file, line: 2 });
    lesson.pages.forEach((page, p) => {
      ids.add('page', page.id, { file, line: raw.pages[p]?.line, item: `lesson ${lesson.id}` });
      page.blocks.forEach((block, b) => {
        if (block.type === 'reflection') {
          ids.add('reflection', block.id, {
            file,
            line: raw.pages[p]?.blocks[b]?.line,
            item: `page ${page.id}`,
          });
        }
      });
    });
    lessons.push(lesson);
    lessonFiles.set(lesson.id, file);
  }
  return { lessons, lessonFiles };
}

function loadQuestions(moduleDir: string, problems: ContentProblem[], ids: IdRegistry) {
  const dir = join(moduleDir, 'questions');
  const questions: QuestionType[] = [];
  const locations = new Map<string, { file: string; line?: number }>();
  if (!existsSync(dir)) {
    problems.push({ file: 'module/questions', reason: 'folder is missing' });
    return { questions, locations };
  }
  for (const name of readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path);
    const yaml = readYaml(path, file, problems);
    if (!yaml) continue;
    if (!Array.isArray(yaml.value)) {
      problems.push({ file, reason: 'must be a list of questions (each starting with "- id: ...")' });
      continue;
    }
    yaml.value.forEach((entry: unknown, index) => {
      const line = yaml.itemLine(index);
      const record = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
      const item = `question ${typeof record.id === 'string' ? record.id : `#${index + 1}`}`;
      const where = { file, line, item };
      const types = ['single', 'multiple', 'truefalse', 'matching', 'ordering'];
      if (!types.includes(String(record.type))) {
        problems.push({ ...where, field: 'type', reason: `must be one of ${types.join(', ')}` });
        return;
      }
      const candidate = {
        ...record,
        rationale: markdownField(record.rationale, problems, { ...where, field: 'rationale' }),
      };
      const result = Question.safeParse(candidate);
      if (!result.success) {
        problems.push(...issuesToProblems(result.error, where));
        return;
      }
      ids.add('question', result.data.id, where);
      locations.set(result.data.id, { file, ...(line ? { line } : {}) });
      problems.push(...checkAnswerKey(result.data).map((p) => ({ ...where, ...p })));
      questions.push(result.data);
    });
  }
  return { questions, locations };
}

/** Checks that a question's correct answer is consistent with its options or items. */
export function checkAnswerKey(q: QuestionType): Array<Pick<ContentProblem, 'field' | 'reason'>> {
  const out: Array<Pick<ContentProblem, 'field' | 'reason'>> = [];
  const dupes = (list: Array<{ id: string }>, field: string) => {
    const seen = new Set<string>();
    list.forEach((o, i) => {
      if (seen.has(o.id)) out.push({ field: `${field}[${i}].id`, reason: `duplicate id "${o.id}"` });
      seen.add(o.id);
    });
    return seen;
  };
  switch (q.type) {
    case 'single': {
      const ids = dupes(q.options, 'options');
      if (!ids.has(q.correct))
        out.push({
          field: 'correct',
          reason: `"${q.correct}" is not among the options (${[...ids].join(', ')})`,
        });
      break;
    }
    case 'multiple': {
      const ids = dupes(q.options, 'options');
      q.correct.forEach((c, i) => {
        if (!ids.has(c))
          out.push({
            field: `correct[${i}]`,
            reason: `"${c}" is not among the options (${[...ids].join(', ')})`,
          });
      });
      if (new Set(q.correct).size !== q.correct.length)
        out.push({ field: 'correct', reason: 'lists an option twice' });
      break;
    }
    case 'matching': {
      const items = dupes(q.items, 'items');
      const targets = dupes(q.targets, 'targets');
      for (const item of items) {
        if (!(item in q.correct))
          out.push({ field: 'correct', reason: `item "${item}" has no correct target` });
      }
      for (const [item, target] of Object.entries(q.correct)) {
        if (!items.has(item))
          out.push({ field: `correct.${item}`, reason: `"${item}" is not among the items` });
        if (!targets.has(target))
          out.push({ field: `correct.${item}`, reason: `"${target}" is not among the targets` });
      }
      break;
    }
    case 'ordering': {
      const items = dupes(q.items, 'items');
      const sorted = [...q.correct].sort().join();
      if (q.correct.length !== items.size || sorted !== [...items].sort().join()) {
        out.push({ field: 'correct', reason: 'must list every item id exactly once' });
      } else if (q.items.every((item, i) => item.id === q.correct[i])) {
        out.push({
          field: 'items',
          reason: 'are already in the correct order; list them in a different order',
        });
      }
      break;
    }
    case 'truefalse':
      break;
  }
  // Options are shown shuffled and without letters, so "option B" would point at nothing. Only an
  // upper-case letter, a bracketed one or one ending the phrase counts: "answer a baby's cry" is fine.
  const texts: Array<[string, string | undefined]> = [
    ['feedback.correct', q.feedback.correct],
    ['feedback.incorrect', q.feedback.incorrect],
    ['rationale', q.rationale],
    ...(q.type === 'single' || q.type === 'multiple'
      ? q.options.map((o, i): [string, string | undefined] => [`options[${i}].feedback`, o.feedback])
      : []),
  ];
  for (const [field, text] of texts) {
    const letter =
      text &&
      /\b(?:[Oo]ptions?|[Aa]nswers?|[Cc]hoices?)\s+(?:\([a-eA-E]\)|[A-E]\b|[a-e](?=[.,;:)]|$))/.exec(text);
    if (letter)
      out.push({
        field,
        reason: `refers to "${letter[0]}"; learners see no option letters and the order is shuffled, so name the option by what it says`,
      });
  }
  // "All of the above" means nothing once the options are shuffled.
  if ((q.type === 'single' || q.type === 'multiple') && q.shuffle !== false) {
    q.options.forEach((o, i) => {
      if (/\b(?:all|none|both|neither) of the (?:above|below)\b/i.test(o.text))
        out.push({
          field: `options[${i}].text`,
          reason: `"${o.text}" depends on where the other options are, but they are shown shuffled; reword it, or set shuffle: false`,
        });
    });
  }
  return out;
}

interface Locations {
  questions: Map<string, { file: string; line?: number }>;
  lessons: Map<string, string>;
}

function checkCrossReferences(
  course: Omit<CourseType, 'duration'>,
  moduleDir: string,
  problems: ContentProblem[],
  locations: Locations,
) {
  const outcomeIds = new Set(course.outcomes.map((o) => o.id));
  const referenceIds = new Set(course.references.map((r) => r.id));
  const questionIds = new Set(course.questions.map((q) => q.id));
  const courseFile = 'module/course.yaml';

  for (const lesson of course.lessons) {
    const item = `lesson ${lesson.id}`;
    const lessonFile = locations.lessons.get(lesson.id) ?? courseFile;
    lesson.outcomes.forEach((o, i) => {
      if (!outcomeIds.has(o))
        problems.push({
          file: lessonFile,
          item,
          field: `outcomes[${i}]`,
          reason: `learning outcome "${o}" is not defined in course.yaml`,
        });
    });
    for (const page of lesson.pages) {
      page.blocks.forEach((block, b) => {
        const where = { file: lessonFile, item: `page ${page.id}, block ${b + 1} (${block.type})` };
        const used =
          block.type === 'check' ? [block.questionId] : block.type === 'scenario' ? block.questionIds : [];
        for (const id of used) {
          if (!questionIds.has(id))
            problems.push({
              ...where,
              field: 'question',
              reason: `question "${id}" does not exist in module/questions/`,
            });
        }
        if (block.type === 'image' && !existsSync(join(moduleDir, block.src))) {
          problems.push({ ...where, field: 'src', reason: `${block.src} does not exist in module/` });
        }
      });
    }
  }
  for (const q of course.questions) {
    const where = { ...locations.questions.get(q.id)!, item: `question ${q.id}` };
    q.references.forEach((r, i) => {
      if (!referenceIds.has(r))
        problems.push({
          ...where,
          field: `references[${i}]`,
          reason: `reference "${r}" does not exist in references.yaml`,
        });
    });
    q.outcomes.forEach((o, i) => {
      if (!outcomeIds.has(o))
        problems.push({
          ...where,
          field: `outcomes[${i}]`,
          reason: `learning outcome "${o}" is not defined in course.yaml`,
        });
    });
  }
  const bank = course.assessment.bank;
  bank.forEach((id, i) => {
    if (!questionIds.has(id))
      problems.push({
        file: courseFile,
        field: `assessment.bank[${i}]`,
        reason: `question "${id}" does not exist in module/questions/`,
      });
    if (bank.indexOf(id) !== i)
      problems.push({
        file: courseFile,
        field: `assessment.bank[${i}]`,
        reason: `question "${id}" is listed twice`,
      });
  });
  if (course.assessment.drawSize > bank.length) {
    problems.push({
      file: courseFile,
      field: 'assessment.drawSize',
      reason: `draws ${course.assessment.drawSize} questions but the bank has only ${bank.length}`,
    });
  }
}

/** Reads, validates and assembles the course in `moduleDir`. Throws ContentError listing every problem. */
export function compileCourse(moduleDir: string): CourseType {
  const problems: ContentProblem[] = [];
  const ids = new IdRegistry(problems);
  const courseFile = relative(process.cwd(), join(moduleDir, 'course.yaml'));

  const meta = readYaml(join(moduleDir, 'course.yaml'), courseFile, problems);
  const parsedMeta = meta ? CourseFile.safeParse(meta.value) : undefined;
  if (parsedMeta && !parsedMeta.success)
    problems.push(...issuesToProblems(parsedMeta.error, { file: courseFile }));

  const listFile = <T extends z.ZodType>(
    name: string,
    schema: T,
    label: (v: z.infer<T>) => string,
  ): Array<z.infer<T>> => {
    const file = relative(process.cwd(), join(moduleDir, name));
    const yaml = readYaml(join(moduleDir, name), file, problems);
    if (!yaml) return [];
    if (!Array.isArray(yaml.value)) {
      problems.push({ file, reason: 'must be a list' });
      return [];
    }
    return yaml.value.flatMap((entry: unknown, i) => {
      const result = schema.safeParse(entry);
      const line = yaml.itemLine(i);
      if (!result.success) {
        problems.push(
          ...issuesToProblems(result.error, { file, ...(line ? { line } : {}), item: `entry ${i + 1}` }),
        );
        return [];
      }
      ids.add(name.replace(/s?\.yaml$/, ''), label(result.data), { file, ...(line ? { line } : {}) });
      return [result.data];
    });
  };

  const references = listFile('references.yaml', Reference, (r) => r.id);
  const glossarySource = listFile('glossary.yaml', GlossarySource, (g) => g.id ?? slugOfTerm(g.term));
  const glossaryFile = relative(process.cwd(), join(moduleDir, 'glossary.yaml'));
  const glossaryEntries = glossarySource.map((g, i) => {
    const id = g.id ?? slugOfTerm(g.term);
    if (!g.id && !Id.safeParse(id).success)
      problems.push({
        file: glossaryFile,
        item: `entry ${i + 1}`,
        field: 'id',
        reason: `"${g.term}" gives the id "${id}", which is not a valid id; add id: with letters, digits and underscores`,
      });
    return { ...g, id };
  });
  // A term or alias that names two entries would link to the wrong one.
  const forms = new Map<string, string>();
  for (const g of glossaryEntries) {
    for (const form of [g.term, ...(g.aliases ?? [])]) {
      const other = forms.get(form.toLowerCase());
      if (other && other !== g.id)
        problems.push({
          file: glossaryFile,
          item: `term ${g.id}`,
          field: 'aliases',
          reason: `"${form}" already names the term ${other}`,
        });
      else forms.set(form.toLowerCase(), g.id);
    }
  }
  const glossaryIndex = indexGlossary(glossaryEntries);
  const glossary: GlossaryEntry[] = glossaryEntries.map(({ id, term, definition }) => ({
    id,
    term,
    definition,
  }));
  const { questions, locations } = loadQuestions(moduleDir, problems, ids);
  const { cases, failed: failedCases } = loadCases(moduleDir, problems, glossaryIndex);
  for (const c of cases)
    ids.add('case', c.block.id, { file: c.file, line: c.line, item: `case ${c.block.id}` });

  if (!parsedMeta?.success) throw new ContentError(problems);
  const m = parsedMeta.data;
  m.outcomes.forEach((o, i) => ids.add('outcome', o.id, { file: courseFile, field: `outcomes[${i}]` }));
  const context: PageContext = {
    moduleDir,
    cases: new Map(cases.map((c) => [c.block.id, c])),
    failedCases,
    placed: new Map(),
    glossary: glossaryIndex,
    svgs: new Map(),
    tokens: tokenNames(readFileSync(new URL('../../src/styles/tokens.ts', import.meta.url), 'utf8')),
  };
  const { lessons, lessonFiles } = loadLessons(m.lessons, problems, ids, context);
  for (const c of cases) {
    if (!context.placed.has(c.block.id))
      problems.push({
        file: c.file,
        line: c.line,
        item: `case ${c.block.id}`,
        reason: `is never placed in a lesson; add ::case{id=${c.block.id}} to a lesson page`,
      });
  }
  const welcomeHtml = markdownField(m.welcome, problems, { file: courseFile, field: 'welcome' }) as string;

  // [[Term]] links only where the player can show the definition: lesson pages and cases.
  const noTermLinks = (html: unknown, where: Omit<ContentProblem, 'reason'>) => {
    if (typeof html === 'string' && html.includes('data-term-ref='))
      problems.push({ ...where, reason: 'glossary links ([[…]]) work only in lesson pages and cases' });
  };
  noTermLinks(welcomeHtml, { file: courseFile, field: 'welcome' });
  for (const q of questions)
    noTermLinks(q.rationale, { ...locations.get(q.id)!, item: `question ${q.id}`, field: 'rationale' });

  if (m.issuer?.logo && !existsSync(join(moduleDir, m.issuer.logo)))
    problems.push({
      file: courseFile,
      field: 'issuer.logo',
      reason: `${m.issuer.logo} does not exist in module/`,
    });

  const strings = loadStrings(moduleDir, m.language, problems);

  const { lessons: _files, welcome: _welcome, ...metadata } = m;
  const draft = { ...metadata, welcomeHtml, lessons, questions, references, glossary };
  checkCrossReferences(draft, moduleDir, problems, { questions: locations, lessons: lessonFiles });
  if (problems.length) throw new ContentError(problems);

  // The settings go in first, so the word count sees the final text; {minutes} needs the
  // estimate and goes in last (a number is one word, like the placeholder it replaces).
  const settings: Record<string, string> = {
    questions: plural(m.assessment.drawSize, 'question'),
    passMark: String(m.assessment.passMark),
    attempts: plural(m.assessment.maxAttempts, 'attempt'),
  };
  const fill = (text: string, field: string, values: Record<string, string>, later: string[] = []) =>
    fillPlaceholders(text, values, later, problems, { file: courseFile, field });
  const withSettings = {
    ...draft,
    description: fill(draft.description, 'description', settings, ['minutes']),
    welcomeHtml: fill(welcomeHtml, 'welcome', settings, ['minutes']),
  };
  const duration = estimateDuration(withSettings);
  const minutes = { minutes: String(Math.round(duration.minutes)) };
  const filled = {
    ...withSettings,
    description: fill(withSettings.description, 'description', minutes),
    welcomeHtml: fill(withSettings.welcomeHtml, 'welcome', minutes),
  };
  if (problems.length) throw new ContentError(problems);

  const assembled = Course.safeParse({ ...filled, duration, strings });
  if (!assembled.success) throw new ContentError(issuesToProblems(assembled.error, { file: courseFile }));
  return assembled.data;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Puts the course's own figures into the welcome and description (`{minutes}`, `{questions}`,
 * `{passMark}`, `{attempts}`), so the text stays true when an educator changes a setting.
 * Placeholders named in `later` are left for a second pass.
 */
function fillPlaceholders(
  text: string,
  values: Record<string, string>,
  later: string[],
  problems: ContentProblem[],
  where: Omit<ContentProblem, 'reason'>,
): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value !== undefined) return value;
    if (later.includes(name)) return whole;
    problems.push({
      ...where,
      reason: `unknown placeholder ${whole}; use {minutes}, {questions}, {passMark} or {attempts}`,
    });
    return whole;
  });
}
