/**
 * A case's progress is the list of choice ids taken from its start node; these pure functions
 * turn it into the steps it describes. Used by the player (pir-case) and, for completion and
 * resuming, by the course machine.
 */
import type { CaseBlock, CaseChoice, CaseNode } from './course-schema.js';

export interface CaseStep {
  node: CaseNode;
  choice: CaseChoice;
}

export interface CaseWalk {
  /** The decisions taken, in order. */
  steps: CaseStep[];
  /** The node the learner is at: a decision to make, or an end. */
  current: CaseNode;
  /** True when `current` is an end (the case is finished). */
  finished: boolean;
  /**
   * How many ids of the path were used. Less than `path.length` when the path names a choice
   * that does not exist (content changed since it was saved): the rest is ignored.
   */
  used: number;
}

/** Follows `path` from the case's start. */
export function walkCase(block: CaseBlock, path: readonly string[]): CaseWalk {
  const nodes = new Map(block.nodes.map((n) => [n.id, n]));
  // The compiler guarantees that start and every next name a node.
  let current = nodes.get(block.start) ?? block.nodes[0];
  const steps: CaseStep[] = [];
  for (const choiceId of path) {
    const choice = current.choices?.find((c) => c.id === choiceId);
    const next = choice && nodes.get(choice.next);
    if (!choice || !next) break;
    steps.push({ node: current, choice });
    current = next;
  }
  return { steps, current, finished: !current.choices, used: steps.length };
}

/** True when the path ends at an end node. */
export const isCaseFinished = (block: CaseBlock, path: readonly string[]): boolean => {
  const walk = walkCase(block, path);
  return walk.finished && walk.used === path.length;
};

/**
 * The longest path (in decisions) through a case: the most choice ids its progress can hold.
 * Cases never loop back (the compiler refuses it), so this is a walk of a finite graph.
 */
export function longestCasePath(block: CaseBlock): string[] {
  const nodes = new Map(block.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, string[]>();
  const longest = (id: string, depth: number): string[] => {
    const node = nodes.get(id);
    if (!node?.choices || depth > block.nodes.length) return [];
    const known = memo.get(id);
    if (known) return known;
    let best: string[] = [];
    for (const choice of node.choices) {
      const rest = longest(choice.next, depth + 1);
      if (rest.length + 1 > best.length) best = [choice.id, ...rest];
    }
    memo.set(id, best);
    return best;
  };
  return longest(block.start, 0);
}
