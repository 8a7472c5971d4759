import { css, type CSSResult } from 'lit';

/**
 * Design tokens: colours, spacing and type, in the spirit of the NHS.UK and GOV.UK design systems
 * (their palette logic and proportions, not their branding). Every text colour below reaches at
 * least 4.5:1 on the backgrounds it is used on. This is the only file with raw colour values:
 * components read only these `--pir-*` properties (tools/styles/tokens.test.ts checks both).
 *
 * The tokens are declared once, on the document root, not on every element's `:host`, so that
 * anything above the course can re-theme it: a page's `:root { --pir-color-brand: … }`, a
 * high-contrast stylesheet. They sit in a cascade layer, so any ordinary (unlayered) page rule
 * wins without needing `!important`.
 *
 * Forced colours (Windows contrast themes) need no second palette: the browser itself replaces
 * text, background, border and outline colours with the learner's system colours and drops
 * shadows and background fills. What shadows and fills
 * carried (the chosen option, the option just moved, a tag's edge) is restored by the
 * `forced-colors` rules in shared.ts and in the answer controls' styles.
 *
 * Figure SVGs may use these colours too (`fill="var(--pir-color-brand)"`): the content build
 * reads the `--pir-…:` declarations of this file to decide which names are allowed.
 */
export const tokens: CSSResult = css`
  @layer pir-tokens {
    :root {
      --pir-color-text: #212b32;
      --pir-color-text-secondary: #4c6272;
      /* Text on a filled background: buttons, badges, banner titles. */
      --pir-color-text-inverse: #ffffff;
      --pir-color-link: #005eb8;
      --pir-color-link-visited: #330072;
      --pir-color-brand: #005eb8;
      --pir-color-brand-dark: #003d78;
      --pir-color-page: #f0f4f5;
      --pir-color-surface: #ffffff;
      --pir-color-border: #d8dde0;
      --pir-color-border-strong: #768692;
      --pir-color-focus: #ffeb3b;
      --pir-color-focus-text: #212b32;
      --pir-color-success: #007f3b;
      --pir-color-success-hover: #00662f;
      --pir-color-success-dark: #00401e;
      --pir-color-success-tint: #e6f2eb;
      --pir-color-error: #d5281b;
      --pir-color-error-hover: #aa2016;
      --pir-color-error-dark: #6b140e;
      --pir-color-error-tint: #fbe9e7;
      --pir-color-neutral-tint: #e8edee;
      --pir-color-warning-tint: #fff9c4;
      /* The edge of a safety notice, on its warning tint. */
      --pir-color-warning-border: #e6c800;
      --pir-color-info-tint: #e8f1f8;
      --pir-color-tip-tint: #eef7f2;
      --pir-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
      --pir-space-1: 0.25rem;
      --pir-space-2: 0.5rem;
      --pir-space-3: 1rem;
      --pir-space-4: 1.5rem;
      --pir-space-5: 2rem;
      --pir-space-6: 3rem;
      --pir-radius: 4px;
      --pir-measure: 42rem;
    }
  }
`;

/**
 * Declares the tokens on `doc` (once; calling it again does nothing). The course shell calls it
 * at start-up; `shared.ts` calls it too, so an element shown on its own (a test, an embedder's
 * page) still renders with the course's look.
 */
export function installTokens(doc: Document = document): void {
  const sheet = tokens.styleSheet;
  if (!sheet || doc.adoptedStyleSheets.includes(sheet)) return;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
