import { css } from 'lit';

/** Scoped by tag name: the summary renders into the tree it is placed in (see ../light-dom-element.ts). */
export const errorSummaryStyles = css`
  pir-error-summary {
    display: block;
  }
  pir-error-summary .error-summary {
    margin: 0 0 var(--pir-space-4);
    padding: var(--pir-space-3) var(--pir-space-4);
    border: 5px solid var(--pir-color-error);
    background: var(--pir-color-surface);
  }
  pir-error-summary .error-summary:focus {
    outline: 4px solid var(--pir-color-focus);
    outline-offset: 0;
  }
  pir-error-summary h2 {
    margin: 0 0 var(--pir-space-2);
    font-size: 1.375rem;
    line-height: 1.25;
  }
  pir-error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  pir-error-summary li + li {
    margin-top: var(--pir-space-2);
  }
  pir-error-summary a,
  pir-error-summary a:visited {
    color: var(--pir-color-error);
    font-weight: 700;
  }
  pir-error-summary .description {
    margin: var(--pir-space-2) 0 0;
  }
`;
