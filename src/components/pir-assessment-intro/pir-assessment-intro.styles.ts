import { css } from 'lit';

/** The styles of `<pir-assessment-intro>` (tokens only: see src/styles/tokens.ts). */
export const assessmentIntroStyles = css`
  :host {
    display: block;
    max-width: var(--pir-measure);
  }
`;
