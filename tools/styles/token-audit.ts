/**
 * Audits the course's design tokens against the source: which `--pir-*` tokens
 * src/styles/tokens.ts declares, which ones the elements (and figure SVGs) use, and where raw
 * colours appear outside the tokens file. Pure functions over file texts, so the test can also
 * feed it small made-up sources and see each rule fire.
 */

/** A source file: its path (relative to the project) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface TokenAudit {
  /** Tokens declared in the tokens file. */
  declared: Set<string>;
  /** `var(--pir-x)` with no fallback naming no token: path and name. */
  undeclared: Array<{ path: string; name: string }>;
  /** Declared tokens that nothing uses. */
  unused: string[];
  /** Raw colours per file (tokens file excepted). */
  rawColours: Map<string, string[]>;
}

const DECLARATION = /(--pir-[\w-]+)\s*:/g;
const USE = /var\(\s*(--pir-[\w-]+)\s*(,)?/g;
// Hex colours, rgb()/hsl() and the two named colours anyone types, in a CSS or attribute value.
const RAW_COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(|:\s*(?:white|black)\b/gi;

/**
 * Audits `files` (element sources and SVGs) against `tokens` (the tokens file). A `var()` with a
 * fallback is an element's own custom property (documented with `@cssprop`), not a token.
 */
export function auditTokens(tokens: SourceFile, files: readonly SourceFile[]): TokenAudit {
  const declared = new Set([...tokens.text.matchAll(DECLARATION)].map((m) => m[1] ?? ''));
  const used = new Set<string>();
  const undeclared: TokenAudit['undeclared'] = [];
  const rawColours = new Map<string, string[]>();
  for (const file of files) {
    for (const m of file.text.matchAll(USE)) {
      const name = m[1] ?? '';
      used.add(name);
      if (!declared.has(name) && !m[2]) undeclared.push({ path: file.path, name });
    }
    if (file.path.endsWith('.ts')) {
      const raw = [...file.text.matchAll(RAW_COLOUR)].map((m) => m[0].replace(/^:\s*/, ''));
      if (raw.length) rawColours.set(file.path, raw);
    }
  }
  return {
    declared,
    undeclared,
    unused: [...declared].filter((name) => !used.has(name)),
    rawColours,
  };
}
