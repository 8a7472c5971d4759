import { css } from 'lit';

/** The question form: fieldset, legend, hint, error state and buttons. Controls style themselves. */
export const questionStyles = css`
  :host {
    display: block;
  }
  .question {
    margin: 0 0 var(--pir-space-4);
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: var(--pir-space-3);
    max-width: 100%;
    white-space: normal;
  }
  legend h1,
  legend h2,
  legend h3 {
    margin: 0;
  }
  legend h1 {
    font-size: clamp(1.375rem, 1.15rem + 1vw, 1.875rem);
  }
  legend h2,
  legend h3 {
    font-size: 1.25rem;
  }
  .number {
    display: block;
    color: var(--pir-color-text-secondary);
    font-size: 1.1875rem;
    font-weight: 400;
    margin-bottom: var(--pir-space-1);
  }
  .hint {
    color: var(--pir-color-text-secondary);
    margin: calc(-1 * var(--pir-space-2)) 0 var(--pir-space-3);
  }
  .group--error {
    border-left: 5px solid var(--pir-color-error);
    padding-left: var(--pir-space-3);
  }
  .error-message {
    display: block;
    color: var(--pir-color-error);
    font-weight: 700;
    margin: 0 0 var(--pir-space-3);
  }
  /* Answering again is the quieter choice after marking: a text button under the feedback. */
  .again {
    margin: var(--pir-space-3) 0 var(--pir-space-4);
  }
`;
