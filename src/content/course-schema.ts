/**
 * The compiled course: the single form the player is built from (`build/course.json`).
 *
 * The content compiler (`tools/content/`) turns the text files in `module/` into this shape and
 * validates it here. The schema is used at build time only; the player imports the inferred
 * *types* (`import type`), so zod never reaches the course bundle.
 */
import { z } from 'zod';

/** Letters, digits and underscores, starting with a letter: safe as a SCORM identifier and token. */
export const SAFE_ID = /^[A-Za-z][A-Za-z0-9_]*$/;
const MAX_ID_LENGTH = 32;

export const Id = z
  .string()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
  .regex(SAFE_ID, 'must start with a letter and use only letters, digits and underscores');

/** Markdown already rendered to a restricted subset of HTML by the compiler. */
const Html = z.string().min(1, 'must not be empty');
/** Plain text shown as-is (question prompts and options are reported to the LMS as text). */
const PlainText = z.string().trim().min(1, 'must not be empty');

export const Reference = z.strictObject({
  id: Id,
  citation: PlainText,
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).optional(),
});

export const LearningOutcome = z.strictObject({ id: Id, text: PlainText });

/** `id` is what links point at: `<a class="pir-term" href="#glossary-<id>" data-term="<id>">`. */
export const GlossaryEntry = z.strictObject({ id: Id, term: PlainText, definition: PlainText });

export const TextBlock = z.strictObject({ type: z.literal('text'), html: Html });
export const ImageBlock = z
  .strictObject({
    type: z.literal('image'),
    src: z.string().regex(/^assets\/[A-Za-z0-9_.-]+$/, 'must be a file in module/assets/'),
    alt: z.string().default(''),
    decorative: z.boolean().default(false),
    caption: z.string().optional(),
  })
  .refine((b) => b.decorative || b.alt.trim().length > 0, {
    message: 'an image needs alt text, or decorative: true if it carries no information',
    path: ['alt'],
  });
export const CalloutBlock = z.strictObject({
  type: z.literal('callout'),
  kind: z.enum(['info', 'tip', 'safety']),
  title: PlainText,
  html: Html,
});
export const ScenarioBlock = z.strictObject({
  type: z.literal('scenario'),
  title: PlainText,
  html: Html,
  /** Questions asked at the end of the scenario; they count as the lesson's knowledge checks. */
  questionIds: z.array(Id).default([]),
});
export const ReflectionBlock = z.strictObject({
  type: z.literal('reflection'),
  id: Id,
  prompt: PlainText,
});
export const CheckBlock = z.strictObject({ type: z.literal('check'), questionId: Id });

/** An SVG diagram, sanitised at build time and inlined so it follows the course's colours. */
export const FigureBlock = z.strictObject({
  type: z.literal('figure'),
  src: z
    .string({ error: 'a figure needs src="assets/<file>.svg"' })
    .regex(/^assets\/[A-Za-z0-9_.-]+\.svg$/, 'must be an .svg file in module/assets/'),
  alt: z
    .string({ error: 'a figure needs alt text: alt="what the figure shows, in a sentence"' })
    .trim()
    .min(1, 'a figure needs alt text: alt="what the figure shows, in a sentence"'),
  caption: PlainText.optional(),
  /** A long description for a complex diagram, shown in a disclosure below it. */
  longDescHtml: Html.optional(),
  svg: z.string().startsWith('<svg', 'must be SVG markup'),
});

/** A titled disclosure, e.g. a worked example: "what a parent might say — how to read it". */
export const RevealBlock = z.strictObject({
  type: z.literal('reveal'),
  title: z
    .string({ error: 'a reveal needs a title: :::reveal{title="…"}' })
    .trim()
    .min(1, 'a reveal needs a title: :::reveal{title="…"}'),
  html: Html,
});

export const CaseQuality = z.enum(['best', 'acceptable', 'poor']);
export const CaseChoice = z.strictObject({
  id: Id,
  /** What the learner says or does. */
  text: PlainText,
  /** How the parent responds, or what happens. */
  responseHtml: Html,
  quality: CaseQuality,
  /** Why the choice was best, acceptable or poor. */
  feedbackHtml: Html,
  next: Id,
});
/** A decision (2–4 choices) or an end (a debrief). */
export const CaseNode = z.strictObject({
  id: Id,
  title: PlainText,
  speaker: PlainText.optional(),
  html: Html,
  choices: z.array(CaseChoice).min(2).max(4).optional(),
  debriefHtml: Html.optional(),
});
/**
 * A branching case: practice, never scored. Its progress is the list of choice ids taken from
 * `start`, which determines the path; it is finished when the path reaches an end node.
 */
export const CaseBlock = z.strictObject({
  type: z.literal('case'),
  id: Id,
  title: PlainText,
  summary: PlainText,
  start: Id,
  nodes: z.array(CaseNode).min(2),
});

export const Block = z.discriminatedUnion('type', [
  TextBlock,
  ImageBlock,
  CalloutBlock,
  ScenarioBlock,
  ReflectionBlock,
  CheckBlock,
  FigureBlock,
  RevealBlock,
  CaseBlock,
]);

export const Page = z.strictObject({
  id: Id,
  title: PlainText,
  blocks: z.array(Block).min(1, 'a page needs at least one block'),
});

export const Lesson = z.strictObject({
  id: Id,
  title: PlainText,
  summary: PlainText,
  outcomes: z.array(Id).min(1, 'a lesson must teach at least one learning outcome'),
  pages: z.array(Page).min(1, 'a lesson needs at least one page'),
});

const Choice = z.strictObject({
  id: Id,
  text: PlainText,
  /** Shown when the learner picks this option (optional). */
  feedback: z.string().optional(),
});
const Item = z.strictObject({ id: Id, text: PlainText });

const QuestionBase = {
  id: Id,
  prompt: PlainText,
  outcomes: z.array(Id).min(1, 'tag the question with the learning outcome(s) it tests'),
  feedback: z.strictObject({ correct: PlainText, incorrect: PlainText }),
  rationale: Html,
  references: z.array(Id).min(1, 'name at least one supporting reference'),
};

/**
 * The player shows options (and matching targets) in a shuffled order, so the right answer's
 * position gives nothing away; `false` keeps the written order, for options with a natural order
 * such as numbers or a scale.
 */
const Shuffle = z.boolean().optional();

export const SingleChoiceQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('single'),
  options: z.array(Choice).min(2).max(26),
  shuffle: Shuffle,
  correct: Id,
});
export const MultipleResponseQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('multiple'),
  options: z.array(Choice).min(2).max(26),
  shuffle: Shuffle,
  correct: z.array(Id).min(1),
});
export const TrueFalseQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('truefalse'),
  correct: z.boolean(),
});
export const MatchingQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('matching'),
  items: z.array(Item).min(2).max(26),
  /** Offered for every item; shuffled unless `shuffle` is false. */
  targets: z.array(Item).min(2).max(26),
  shuffle: Shuffle,
  correct: z.record(Id, Id),
});
export const OrderingQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('ordering'),
  /** Shown in this order; `correct` is the right sequence of the same ids. */
  items: z.array(Item).min(2).max(26),
  correct: z.array(Id).min(2),
});

export const Question = z.discriminatedUnion('type', [
  SingleChoiceQuestion,
  MultipleResponseQuestion,
  TrueFalseQuestion,
  MatchingQuestion,
  OrderingQuestion,
]);

export const Assessment = z.strictObject({
  /** Percentage (0–100) needed to pass. */
  passMark: z.number().int().min(1).max(100),
  maxAttempts: z.number().int().min(1).max(20),
  /** Questions drawn from the bank for each attempt. */
  drawSize: z.number().int().min(1),
  bank: z.array(Id).min(1),
});

export const DurationEstimate = z.strictObject({
  minutes: z.number().positive(),
  words: z.number().int().nonnegative(),
  formula: PlainText,
});

/**
 * The content's release date, written YYYY-MM-DD: the packages date their files with it, so two
 * builds of the same release are byte for byte the same.
 */
export const ReleaseDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, like 2026-11-30')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'must be a real calendar date');

/** Who issues the certificate (an organisation), with an optional logo from module/assets/. */
export const Issuer = z.strictObject({
  name: PlainText,
  logo: z
    .string()
    .regex(/^assets\/[A-Za-z0-9_.-]+\.(svg|png)$/, 'must be an .svg or .png file in module/assets/')
    .optional(),
});

/** A text that changes with a number: the forms the language needs (CLDR names), `other` always. */
export const PluralText = z.strictObject({
  zero: PlainText.optional(),
  one: PlainText.optional(),
  two: PlainText.optional(),
  few: PlainText.optional(),
  many: PlainText.optional(),
  other: PlainText,
});

/**
 * The interface text (buttons, hints, notices, error messages) by key, from
 * `module/strings/<language>.yaml`; the keys and their placeholders are listed in `string-keys.ts`.
 */
export const InterfaceStrings = z.record(z.string(), z.union([PlainText, PluralText]));

export const Course = z.strictObject({
  id: Id,
  title: PlainText,
  description: PlainText,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag like en-GB'),
  keywords: z.array(PlainText).min(1),
  audience: PlainText,
  issuer: Issuer.optional(),
  released: ReleaseDate.optional(),
  welcomeHtml: Html,
  outcomes: z.array(LearningOutcome).min(1),
  assessment: Assessment,
  lessons: z.array(Lesson).min(1),
  questions: z.array(Question).min(1),
  references: z.array(Reference).min(1),
  glossary: z.array(GlossaryEntry).default([]),
  duration: DurationEstimate,
  /**
   * Always there in a built course. Optional only so that a course written by hand for a test
   * need not carry it: the tests install the English file's text themselves.
   */
  strings: InterfaceStrings.optional(),
});

export type Course = z.infer<typeof Course>;
export type Lesson = z.infer<typeof Lesson>;
export type Page = z.infer<typeof Page>;
export type Block = z.infer<typeof Block>;
export type FigureBlock = z.infer<typeof FigureBlock>;
export type RevealBlock = z.infer<typeof RevealBlock>;
export type CaseBlock = z.infer<typeof CaseBlock>;
export type CaseNode = z.infer<typeof CaseNode>;
export type CaseChoice = z.infer<typeof CaseChoice>;
export type CaseQuality = z.infer<typeof CaseQuality>;
export type Issuer = z.infer<typeof Issuer>;
export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestion>;
export type MultipleResponseQuestion = z.infer<typeof MultipleResponseQuestion>;
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestion>;
export type MatchingQuestion = z.infer<typeof MatchingQuestion>;
export type OrderingQuestion = z.infer<typeof OrderingQuestion>;
export type Reference = z.infer<typeof Reference>;
export type LearningOutcome = z.infer<typeof LearningOutcome>;
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
export type PluralText = z.infer<typeof PluralText>;
export type InterfaceStrings = z.infer<typeof InterfaceStrings>;
