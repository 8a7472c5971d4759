import { css } from 'lit';

/**
 * Design tokens: colours, spacing and type, in the spirit of the NHS.UK and GOV.UK design systems
 * (their palette logic and proportions, not their branding). Every text colour below reaches at
 * least 4.5:1 on the backgrounds it is used on. Components read only these `--pir-*` properties.
 */
export const tokens = css`
  :host {
    --pir-color-text: #212b32;
    --pir-color-text-secondary: #4c6272;
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
    --pir-color-success-dark: #00401e;
    --pir-color-success-tint: #e6f2eb;
    --pir-color-error: #d5281b;
    --pir-color-error-tint: #fbe9e7;
    --pir-color-warning-tint: #fff9c4;
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
`;
