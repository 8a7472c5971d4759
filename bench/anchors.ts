/**
 * What comparable authoring tools ship, measured from real exports (gzip level 9). Sources and
 * method: the product anchors reference kept by the team (Adapt v5demo framework 5.56.2; Rise 360
 * public exports 2021–2024; Storyline 360 3.57; a bare Lit + xstate bundle built with esbuild).
 */
export interface Anchor {
  name: string;
  /** Gzipped bytes of what loads before the first screen. */
  gzip: number;
  /** Requests before the first render, where known. */
  requests?: number;
  note: string;
}

export const ANCHORS: readonly Anchor[] = [
  { name: 'Adapt', gzip: 391_919, requests: 42, note: 'initial JavaScript, 28 files' },
  { name: 'Articulate Rise 360', gzip: 922_552, note: 'main bundle, smallest of three exports' },
  { name: 'Articulate Storyline 360', gzip: 1_205_488, note: 'core load' },
  { name: 'Lit + xstate (bare)', gzip: 18_405, note: 'framework floor, no course' },
];
