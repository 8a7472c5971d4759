import { css } from 'lit';

/** The styles of `<pir-reflection>` (tokens only: see src/styles/tokens.ts). */
export const reflectionStyles = css`
  :host {
    display: block;
  }
  .reflection {
    margin: var(--pir-space-4) 0;
    padding: var(--pir-space-3) var(--pir-space-4) var(--pir-space-4);
    border: 1px solid var(--pir-color-border);
    border-top: 4px solid var(--pir-color-brand);
    background: var(--pir-color-surface);
  }
  label {
    display: block;
    font-size: 1.1875rem;
    font-weight: 700;
    margin-bottom: var(--pir-space-2);
  }
  .hint {
    color: var(--pir-color-text-secondary);
    margin-bottom: var(--pir-space-2);
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 8rem;
    padding: var(--pir-space-2);
    border: 2px solid var(--pir-color-text);
    border-radius: 0;
    font: inherit;
    color: var(--pir-color-text);
    resize: vertical;
  }
  textarea:focus-visible {
    outline: 3px solid var(--pir-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--pir-color-text);
  }
  .saved {
    margin: var(--pir-space-2) 0 0;
    font-size: 1rem;
    color: var(--pir-color-text-secondary);
  }
`;
