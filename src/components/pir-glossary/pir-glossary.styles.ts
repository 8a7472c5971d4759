import { css } from 'lit';

/** The styles of `<pir-glossary>` (tokens only: see src/styles/tokens.ts). */
export const glossaryStyles = css`
  :host {
    display: block;
    max-width: var(--pir-measure);
  }
  dl {
    margin: 0 0 var(--pir-space-4);
    border-top: 1px solid var(--pir-color-border);
  }
  dt {
    padding-top: var(--pir-space-3);
    font-weight: 700;
    font-size: 1.1875rem;
  }
  dd {
    margin: 0;
    padding: var(--pir-space-1) 0 var(--pir-space-3);
    border-bottom: 1px solid var(--pir-color-border);
  }
`;
