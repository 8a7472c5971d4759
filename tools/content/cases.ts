/**
 * Branching cases (`module/cases/<case_id>.yaml`): reads each file with the line of every node
 * and field, checks the case's structure (ids, links between nodes, ends, loops) and compiles it
 * into a `case` block. Every problem names the file:line, the case, the node and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { Id, CaseQuality, type CaseBlock } from '../../src/content/course-schema.js';
import type { ContentProblem } from './content-error.js';
import { linkGlossary, type GlossaryIndex } from './glossary-links.js';
import { MarkdownError, renderMarkdown } from './markdown.js';

const Text = z.string().trim().min(1, 'must not be empty');
const Markdown = z.string().trim().min(1, 'must not be empty');

const ChoiceSource = z.strictObject({
  id: Id,
  text: Text,
  response: Markdown,
  quality: CaseQuality,
  feedback: Markdown,
  next: Id,
});
const NodeSource = z.strictObject({
  id: Id,
  title: Text,
  speaker: Text.optional(),
  text: Markdown,
  choices: z.array(ChoiceSource).optional(),
  // Checked below, so an empty debrief gets an educator's message rather than zod's.
  debrief: z.string().nullable().optional(),
});
const CaseSource = z.strictObject({
  id: Id,
  title: Text,
  summary: Text,
  start: Id,
  nodes: z.array(NodeSource).min(1, 'a case needs nodes'),
});
type NodeSource = z.infer<typeof NodeSource>;

/** A compiled case and where it was written. */
export interface LoadedCase {
  block: CaseBlock;
  file: string;
  line: number;
}

const fieldPath = (path: readonly PropertyKey[]): string =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');

/** Reads every case file in `moduleDir/cases`, in file-name order. */
export function loadCases(
  moduleDir: string,
  problems: ContentProblem[],
  glossary: GlossaryIndex,
): { cases: LoadedCase[]; failed: Set<string> } {
  const dir = join(moduleDir, 'cases');
  const cases: LoadedCase[] = [];
  /** Ids of cases with problems (already reported), so placing them is not reported again. */
  const failed = new Set<string>();
  if (!existsSync(dir)) return { cases, failed };
  for (const name of readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const path = join(dir, name);
    const source = readFileSync(path, 'utf8');
    const loaded = compileCase(source, relative(process.cwd(), path), problems, glossary);
    if (loaded) cases.push(loaded);
    else failed.add(/^id:\s*(\S+)/m.exec(source)?.[1] ?? name.replace(/\.ya?ml$/, ''));
  }
  return { cases, failed };
}

/** Compiles one case file's text; problems go to `problems`, and the case only if it has none. */
export function compileCase(
  source: string,
  file: string,
  problems: ContentProblem[],
  glossary: GlossaryIndex = { byName: new Map(), linkable: [] },
): LoadedCase | undefined {
  const before = problems.length;
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    for (const e of doc.errors)
      problems.push({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        reason: `not valid YAML: ${e.message.split('\n')[0]}`,
      });
    return undefined;
  }
  /** Line of the deepest node that exists along `path` (a missing field points at its parent). */
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const key of path) {
      const range = (node as Node | null)?.range;
      if (range) line = lineCounter.linePos(range[0]).line;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) return line;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (!node) return line;
      } else return line;
    }
    const range = (node as Node | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : line;
  };

  const raw = doc.toJS() as unknown;
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const caseId = typeof record.id === 'string' ? record.id : file.replace(/^.*\/|\.ya?ml$/g, '');
  const rawNodes = Array.isArray(record.nodes) ? (record.nodes as unknown[]) : [];
  const nodeLabel = (i: number) => {
    const n = rawNodes[i] as Record<string, unknown> | undefined;
    return `case ${caseId}, node ${typeof n?.id === 'string' ? n.id : `#${i + 1}`}`;
  };
  /** A problem at `path` in the file: the case or the node it is in, and the field within that. */
  const report = (path: readonly PropertyKey[], reason: string) => {
    const inNode = path[0] === 'nodes' && typeof path[1] === 'number';
    const field = fieldPath(inNode ? path.slice(2) : path);
    problems.push({
      file,
      line: lineOf(path),
      item: inNode ? nodeLabel(path[1] as number) : `case ${caseId}`,
      ...(field ? { field } : {}),
      reason,
    });
  };

  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({
      file,
      line: 1,
      reason: 'a case file must be a mapping (id, title, summary, start, nodes)',
    });
    return undefined;
  }
  const parsed = CaseSource.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path, issue.message);
    return undefined;
  }
  const data = parsed.data;
  const nodePath = (i: number, ...rest: PropertyKey[]) => ['nodes', i, ...rest];

  // Ids: nodes unique in the case, choices unique in their node.
  const index = new Map<string, number>();
  data.nodes.forEach((node, i) => {
    const first = index.get(node.id);
    if (first !== undefined)
      report(nodePath(i, 'id'), `duplicate node id "${node.id}" (also at line ${lineOf(nodePath(first))})`);
    else index.set(node.id, i);
    const choiceIds = new Map<string, number>();
    node.choices?.forEach((choice, c) => {
      const seen = choiceIds.get(choice.id);
      if (seen !== undefined)
        report(
          nodePath(i, 'choices', c, 'id'),
          `duplicate choice id "${choice.id}" in this node (also at line ${lineOf(nodePath(i, 'choices', seen))})`,
        );
      else choiceIds.set(choice.id, c);
    });
  });
  const known = `(nodes: ${[...index.keys()].join(', ')})`;
  if (!index.has(data.start)) report(['start'], `"${data.start}" is not a node of this case ${known}`);

  // Each node is a decision (2–4 choices, at least one best) or an end (a debrief), never both.
  const hasDebrief = (n: NodeSource) => typeof n.debrief === 'string' && n.debrief.trim() !== '';
  data.nodes.forEach((node, i) => {
    if (node.choices) {
      if (node.debrief !== undefined)
        report(
          nodePath(i, 'debrief'),
          'a node with choices is a decision and cannot have a debrief; move the debrief to an end node',
        );
      const count = node.choices.length;
      if (count < 2 || count > 4)
        report(nodePath(i, 'choices'), `a decision needs 2 to 4 choices; this one has ${count}`);
      if (count && !node.choices.some((c) => c.quality === 'best'))
        report(nodePath(i, 'choices'), 'no choice has quality: best; every decision needs at least one');
      node.choices.forEach((choice, c) => {
        if (!index.has(choice.next))
          report(nodePath(i, 'choices', c, 'next'), `"${choice.next}" is not a node of this case ${known}`);
      });
    } else if (node.debrief === undefined) {
      report(
        nodePath(i),
        'dead end: the node has neither choices (a decision) nor a debrief (an end); add one or the other',
      );
    } else if (!hasDebrief(node)) {
      report(
        nodePath(i, 'debrief'),
        'an end needs a debrief (Markdown comparing the path taken with the best path)',
      );
    }
  });

  // Reachability from start, and from each node to an end (a node without choices). A missing
  // `next` or a dead end is reported above, so it does not count as a loop here as well.
  const reachable = new Set<string>();
  const visit = (id: string) => {
    const i = index.get(id);
    if (i === undefined || reachable.has(id)) return;
    reachable.add(id);
    data.nodes[i].choices?.forEach((c) => visit(c.next));
  };
  visit(data.start);
  const canEnd = new Set(data.nodes.filter((n) => !n.choices).map((n) => n.id));
  for (let changed = true; changed;) {
    changed = false;
    for (const node of data.nodes) {
      if (canEnd.has(node.id) || !node.choices) continue;
      if (node.choices.some((c) => canEnd.has(c.next) || !index.has(c.next))) {
        canEnd.add(node.id);
        changed = true;
      }
    }
  }
  // A choice that leads back to a node already on the way makes progress unbounded (the path is
  // saved in the LMS's small suspend_data), so cases only move forward.
  const onTheWay = new Set<string>();
  const done = new Set<string>();
  const backEdges: Array<[number, number, string]> = [];
  const forward = (id: string) => {
    const i = index.get(id);
    if (i === undefined || done.has(id)) return;
    onTheWay.add(id);
    data.nodes[i].choices?.forEach((c, j) => {
      if (onTheWay.has(c.next)) backEdges.push([i, j, c.next]);
      else forward(c.next);
    });
    onTheWay.delete(id);
    done.add(id);
  };
  forward(data.start);
  data.nodes.forEach((node, i) => {
    if (index.get(node.id) !== i) return; // a duplicate, reported above
    if (index.has(data.start) && !reachable.has(node.id)) {
      report(
        nodePath(i, 'id'),
        `no choice leads to this node, so it is never reached from start "${data.start}"`,
      );
    } else if (!canEnd.has(node.id)) {
      report(
        nodePath(i, 'choices'),
        'every path from this node loops back without reaching an end; lead at least one choice to an end node',
      );
    }
  });
  for (const [i, j, target] of backEdges) {
    if (!canEnd.has(data.nodes[i].id)) continue; // a loop with no way out, reported above
    report(
      nodePath(i, 'choices', j, 'next'),
      `leads back to "${target}", which is earlier on the same path; cases only move forward (a poor choice may lead to a different node instead)`,
    );
  }
  if (problems.length > before) return undefined;

  /**
   * Markdown, with glossary links: the first use of each term in a node's narrative and in a
   * debrief (one node is shown at a time, so each is its own "page"); forced links anywhere.
   */
  const md = (text: string, path: PropertyKey[], linked?: Set<string>): string => {
    try {
      const linkedHtml = linkGlossary(renderMarkdown(text), glossary, linked ?? new Set(), !!linked);
      for (const term of linkedHtml.unknown)
        report(path, `glossary term "${term}" in [[…]] is not in glossary.yaml`);
      return linkedHtml.html;
    } catch (error) {
      if (!(error instanceof MarkdownError)) throw error;
      report(path, error.message);
      return text;
    }
  };
  const block: CaseBlock = {
    type: 'case',
    id: data.id,
    title: data.title,
    summary: data.summary,
    start: data.start,
    nodes: data.nodes.map((node, i) => {
      const linked = new Set<string>();
      return {
        id: node.id,
        title: node.title,
        ...(node.speaker ? { speaker: node.speaker } : {}),
        html: md(node.text, nodePath(i, 'text'), linked),
        ...(node.choices
          ? {
              choices: node.choices.map((c, j) => ({
                id: c.id,
                text: c.text,
                responseHtml: md(c.response, nodePath(i, 'choices', j, 'response')),
                quality: c.quality,
                feedbackHtml: md(c.feedback, nodePath(i, 'choices', j, 'feedback')),
                next: c.next,
              })),
            }
          : { debriefHtml: md(node.debrief ?? '', nodePath(i, 'debrief'), linked) }),
      };
    }),
  };
  if (problems.length > before) return undefined;
  return { block, file, line: lineOf(['id']) };
}
