/**
 * Estimates how long the course takes, from its content. The constants are stated in
 * module/README.md so educators can see how the figure in the manifest is reached.
 *
 * minutes = prose words / 200 wpm (welcome, page titles and text, callouts, scenarios, reveals,
 * figure captions and long descriptions, and each case's words along its longest path)
 * + 0.5 per figure + 0.5 per case decision on the longest path
 * + 0.5 per knowledge check and per drawn assessment question + 1 per scenario and per reflection.
 * Teaching share = everything except the checks and assessment questions, over the total.
 */
import type { Course } from '../../src/content/course-schema.js';
import { countWords, htmlToText } from './markdown.js';

export const WORDS_PER_MINUTE = 200;
export const MINUTES_PER_QUESTION = 0.5;
export const MINUTES_PER_FIGURE = 0.5;
export const MINUTES_PER_DECISION = 0.5;
export const MINUTES_PER_SCENARIO = 1;
export const MINUTES_PER_REFLECTION = 1;

/*
 * The compiled shapes of the blocks added by the "teaching interactions" issue. They are read by
 * hand from `{ type: string }` so this file compiles before and after they join the schema's Block
 * union; once they have, these can become `Extract<Block, { type: 'case' }>` and so on.
 */
export interface CaseChoiceShape {
  id: string;
  text: string;
  responseHtml: string;
  quality: 'best' | 'acceptable' | 'poor';
  feedbackHtml: string;
  next: string;
}
export interface CaseNodeShape {
  id: string;
  title: string;
  speaker?: string;
  html: string;
  choices?: CaseChoiceShape[];
  debriefHtml?: string;
}
export interface CaseBlockShape {
  type: 'case';
  id: string;
  title: string;
  summary: string;
  start: string;
  nodes: CaseNodeShape[];
}
export interface FigureBlockShape {
  type: 'figure';
  src: string;
  alt: string;
  caption?: string;
  longDescHtml?: string;
  svg: string;
}
export interface RevealBlockShape {
  type: 'reveal';
  title: string;
  html: string;
}

/** Any block, known to the schema or not yet: narrow it with the guards below. */
type AnyBlock = { type: string };
export const isCase = (b: AnyBlock): b is CaseBlockShape => b.type === 'case';
export const isFigure = (b: AnyBlock): b is FigureBlockShape => b.type === 'figure';
export const isReveal = (b: AnyBlock): b is RevealBlockShape => b.type === 'reveal';

const htmlWords = (html: string | undefined) => (html ? countWords(htmlToText(html)) : 0);

/** One way through a case, from `start` to an end node. */
export interface CasePath {
  /** Choice ids taken, in order. */
  choices: string[];
  words: number;
  decisions: number;
  minutes: number;
}

/**
 * The case's longest way through, in reading and decision time. Every simple path from `start` to
 * an end is tried (cases are a few dozen nodes at most); a node is never visited twice, so a
 * cycle with a way out does not make the case endless.
 */
export function longestCasePath(block: CaseBlockShape): CasePath {
  const nodes = new Map(block.nodes.map((n) => [n.id, n]));
  // The title and one-line summary are read once, before the first node.
  const opening = countWords(block.title) + countWords(block.summary);
  let best: CasePath = { choices: [], words: opening, decisions: 0, minutes: opening / WORDS_PER_MINUTE };
  const visit = (id: string, seen: Set<string>, choices: string[], words: number): void => {
    const node = nodes.get(id);
    if (!node || seen.has(id)) return;
    const here = words + countWords(node.title) + htmlWords(node.html);
    if (!node.choices?.length) {
      const total = here + htmlWords(node.debriefHtml);
      const minutes = total / WORDS_PER_MINUTE + choices.length * MINUTES_PER_DECISION;
      if (minutes > best.minutes) best = { choices, words: total, decisions: choices.length, minutes };
      return;
    }
    const next = new Set(seen).add(id);
    for (const choice of node.choices) {
      const taken = countWords(choice.text) + htmlWords(choice.responseHtml) + htmlWords(choice.feedbackHtml);
      visit(choice.next, next, [...choices, choice.id], here + taken);
    }
  };
  visit(block.start, new Set(), [], opening);
  return best;
}

/** Every figure in the estimate, in minutes and counts, so the build can show its working. */
export interface DurationBreakdown {
  /** Words read outside cases. */
  proseWords: number;
  /** Words along every case's longest path. */
  caseWords: number;
  figures: number;
  /** Decisions along every case's longest path. */
  decisions: number;
  cases: number;
  /** Knowledge checks, including the questions at the end of scenarios. */
  checks: number;
  /** Assessment questions drawn for one attempt. */
  drawn: number;
  scenarios: number;
  reflections: number;
  readingMinutes: number;
  figureMinutes: number;
  decisionMinutes: number;
  questionMinutes: number;
  scenarioMinutes: number;
  reflectionMinutes: number;
  /** The total, to one decimal place. */
  minutes: number;
  /** Minutes spent on anything but checks and assessment questions. */
  teachingMinutes: number;
  /** teachingMinutes / minutes, 0–1. */
  teachingShare: number;
}

type DurationInput = Pick<Course, 'welcomeHtml' | 'lessons' | 'assessment'>;

const round1 = (n: number) => Math.round(n * 10) / 10;

export function durationBreakdown(course: DurationInput): DurationBreakdown {
  let proseWords = htmlWords(course.welcomeHtml);
  let caseWords = 0;
  let figures = 0;
  let decisions = 0;
  let cases = 0;
  let checks = 0;
  let scenarios = 0;
  let reflections = 0;
  for (const lesson of course.lessons) {
    for (const page of lesson.pages) {
      proseWords += countWords(page.title);
      for (const block of page.blocks as AnyBlock[]) {
        if (isCase(block)) {
          const path = longestCasePath(block);
          cases += 1;
          caseWords += path.words;
          decisions += path.decisions;
        } else if (isFigure(block)) {
          figures += 1;
          proseWords += countWords(block.caption ?? '') + htmlWords(block.longDescHtml);
        } else if (isReveal(block)) {
          proseWords += countWords(block.title) + htmlWords(block.html);
        } else {
          const known = block as Course['lessons'][number]['pages'][number]['blocks'][number];
          switch (known.type) {
            case 'text':
              proseWords += htmlWords(known.html);
              break;
            case 'callout':
              proseWords += countWords(known.title) + htmlWords(known.html);
              break;
            case 'scenario':
              scenarios += 1;
              checks += known.questionIds.length;
              proseWords += countWords(known.title) + htmlWords(known.html);
              break;
            case 'image':
              proseWords += countWords(known.caption ?? '');
              break;
            case 'check':
              checks += 1;
              break;
            // The prompt is read within the reflection's minute of thinking time.
            case 'reflection':
              reflections += 1;
              break;
          }
        }
      }
    }
  }
  const drawn = course.assessment.drawSize;
  const readingMinutes = (proseWords + caseWords) / WORDS_PER_MINUTE;
  const figureMinutes = figures * MINUTES_PER_FIGURE;
  const decisionMinutes = decisions * MINUTES_PER_DECISION;
  const questionMinutes = (checks + drawn) * MINUTES_PER_QUESTION;
  const scenarioMinutes = scenarios * MINUTES_PER_SCENARIO;
  const reflectionMinutes = reflections * MINUTES_PER_REFLECTION;
  const exact =
    readingMinutes + figureMinutes + decisionMinutes + questionMinutes + scenarioMinutes + reflectionMinutes;
  const teachingMinutes = exact - questionMinutes;
  return {
    proseWords,
    caseWords,
    figures,
    decisions,
    cases,
    checks,
    drawn,
    scenarios,
    reflections,
    readingMinutes,
    figureMinutes,
    decisionMinutes,
    questionMinutes,
    scenarioMinutes,
    reflectionMinutes,
    minutes: round1(exact),
    teachingMinutes,
    teachingShare: exact > 0 ? teachingMinutes / exact : 0,
  };
}

const fmt = (n: number) => String(round1(n));

/** The formula with this course's numbers filled in, ending in the total. */
export function durationFormula(d: DurationBreakdown): string {
  const reading =
    d.cases > 0
      ? `(${d.proseWords} prose words + ${d.caseWords} words on the longest path of ${d.cases} case${d.cases === 1 ? '' : 's'}) / ${WORDS_PER_MINUTE} wpm`
      : `${d.proseWords} prose words / ${WORDS_PER_MINUTE} wpm`;
  const terms = [
    reading,
    `${d.figures} figures × ${MINUTES_PER_FIGURE} min`,
    `${d.decisions} case decisions × ${MINUTES_PER_DECISION} min`,
    `(${d.checks} checks + ${d.drawn} assessment questions) × ${MINUTES_PER_QUESTION} min`,
    `${d.scenarios} scenarios × ${MINUTES_PER_SCENARIO} min`,
    `${d.reflections} reflections × ${MINUTES_PER_REFLECTION} min`,
  ];
  const values = [
    d.readingMinutes,
    d.figureMinutes,
    d.decisionMinutes,
    d.questionMinutes,
    d.scenarioMinutes,
    d.reflectionMinutes,
  ].map(fmt);
  return `${terms.join(' + ')} = ${values.join(' + ')} = ${fmt(d.minutes)} min`;
}

/** One line for the build's output: how much of the time is teaching rather than questions. */
export function teachingShareLine(d: DurationBreakdown): string {
  return (
    `Teaching share: ${Math.round(d.teachingShare * 100)}% ` +
    `(${fmt(d.teachingMinutes)} of ${fmt(d.minutes)} min; the other ${fmt(d.questionMinutes)} min are checks and assessment questions)`
  );
}

/** The estimate stored in the compiled course (`course.duration`). */
export function estimateDuration(course: DurationInput): Course['duration'] {
  const d = durationBreakdown(course);
  return { minutes: d.minutes, words: d.proseWords + d.caseWords, formula: durationFormula(d) };
}
