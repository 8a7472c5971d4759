/**
 * Case paths in suspend_data: one base-36 character per decision (the chosen choice's index within
 * its node), so both real cases at their longest paths cost a few dozen characters. Decoding walks
 * each path through the current content and cuts it where it stops fitting: a case that changed
 * after the progress was saved resumes as far as it still makes sense, and never crashes.
 */
import type { CaseBlock } from '../content/course-schema.js';
import type { Progress } from './progress.js';

type PlacedCase = { block: CaseBlock };

/** The `g` value: `id:0120` per case, `!` instead of `:` once the case has been finished; '' for none. */
export function encodeCasePaths(cases: readonly PlacedCase[], progress: Progress): string {
  const ids = [...new Set([...Object.keys(progress.cases ?? {}), ...(progress.finishedCases ?? [])])];
  return ids
    .flatMap((id) => {
      const block = cases.find((c) => c.block.id === id)?.block;
      if (!block) return [];
      const mark = progress.finishedCases?.includes(id) ? '!' : ':';
      return [`${id}${mark}${pathIndices(block, progress.cases?.[id] ?? [])}`];
    })
    .join('.');
}

function pathIndices(block: CaseBlock, path: readonly string[]): string {
  const nodes = new Map(block.nodes.map((n) => [n.id, n]));
  let node = nodes.get(block.start);
  let out = '';
  for (const choiceId of path) {
    const index = node?.choices?.findIndex((c) => c.id === choiceId) ?? -1;
    if (!node?.choices || index < 0) break;
    out += index.toString(36);
    node = nodes.get(node.choices[index].next);
  }
  return out;
}

export interface DecodedCasePaths {
  paths: Record<string, string[]>;
  finished: string[];
  /** True when a saved case or a step of its path no longer exists. */
  dropped: boolean;
}

/** Reads a `g` value already checked against its pattern. */
export function decodeCasePaths(cases: readonly PlacedCase[], text: string): DecodedCasePaths {
  const out: DecodedCasePaths = { paths: {}, finished: [], dropped: false };
  for (const entry of text.split('.')) {
    const [, id = '', mark, digits = ''] = /^(\w+)([:!])([0-9a-z]*)$/.exec(entry) ?? [];
    const block = cases.find((c) => c.block.id === id)?.block;
    if (!block || id in out.paths) {
      out.dropped = true;
      continue;
    }
    const nodes = new Map(block.nodes.map((n) => [n.id, n]));
    let node = nodes.get(block.start);
    const path: string[] = [];
    for (const digit of digits) {
      const choice = node?.choices?.[parseInt(digit, 36)];
      const next = choice && nodes.get(choice.next);
      if (!choice || !next) {
        out.dropped = true;
        break;
      }
      path.push(choice.id);
      node = next;
    }
    out.paths[id] = path;
    if (mark === '!') out.finished.push(id);
  }
  return out;
}
