import { css } from 'lit';

/** The styles of `<pir-references>` (tokens only: see src/styles/tokens.ts). */
export const referencesStyles = css`
  :host {
    display: block;
    max-width: var(--pir-measure);
  }
  ol {
    padding-left: 1.5rem;
  }
  li {
    margin-bottom: var(--pir-space-3);
  }
  a {
    overflow-wrap: anywhere;
  }
`;
