import { css } from 'lit';

/** Scoped by tag name: the group renders into the tree it is placed in (see ../light-dom-element.ts). */
export const choiceGroupStyles = css`
  pir-choice-group {
    display: block;
  }
  pir-choice-group .choices {
    display: grid;
    gap: var(--pir-space-2);
    margin: 0;
    padding: 0;
  }
  pir-choice-group .choice {
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: var(--pir-space-3);
    padding: var(--pir-space-2) var(--pir-space-3) var(--pir-space-2) var(--pir-space-2);
    border: 1px solid var(--pir-color-border);
    border-radius: var(--pir-radius);
    background: var(--pir-color-surface);
    cursor: pointer;
  }
  pir-choice-group .choice:hover {
    border-color: var(--pir-color-border-strong);
  }
  pir-choice-group .choice:has(input:checked) {
    border-color: var(--pir-color-brand);
    box-shadow: inset 4px 0 0 var(--pir-color-brand);
  }
  pir-choice-group input {
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    margin: 0.125rem 0 0;
    accent-color: var(--pir-color-text);
    cursor: pointer;
  }
  pir-choice-group input:focus-visible {
    outline: 4px solid var(--pir-color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 7px var(--pir-color-focus-text);
  }
  pir-choice-group .choice-text {
    padding-top: 0.15rem;
  }
  pir-choice-group .choice:has(input:disabled) {
    cursor: default;
    color: var(--pir-color-text);
  }
  pir-choice-group .your-answer {
    margin-left: var(--pir-space-1);
  }
  /* Forced colours drop the inset shadow: a thicker border keeps the chosen option distinct. */
  @media (forced-colors: active) {
    pir-choice-group .choice:has(input:checked) {
      border-width: 3px;
    }
  }
`;
