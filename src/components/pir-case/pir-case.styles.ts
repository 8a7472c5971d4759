import { css } from 'lit';

/** The styles of `<pir-case>` (tokens only: see src/styles/tokens.ts). */
export const caseStyles = css`
  :host {
    display: block;
    margin: var(--pir-space-5) 0;
  }
  .case {
    padding: var(--pir-space-4);
    border: 1px solid var(--pir-color-border);
    border-top: 6px solid var(--pir-color-brand);
    border-radius: var(--pir-radius);
    background: var(--pir-color-surface);
  }
  .summary {
    color: var(--pir-color-text-secondary);
  }
  .transcript {
    margin: var(--pir-space-4) 0;
    padding: var(--pir-space-3) 0 0;
    border-top: 1px solid var(--pir-color-border);
  }
  .transcript h3 {
    font-size: 1.125rem;
    color: var(--pir-color-text-secondary);
  }
  .transcript ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .transcript li {
    margin: 0 0 var(--pir-space-3);
    padding-left: var(--pir-space-3);
    border-left: 4px solid var(--pir-color-border);
    font-size: 1rem;
  }
  .transcript h4 {
    margin: 0 0 var(--pir-space-1);
    font-size: 1rem;
  }
  .you-chose {
    margin-bottom: var(--pir-space-2);
    font-weight: 600;
  }
  .node {
    padding-top: var(--pir-space-3);
    border-top: 1px solid var(--pir-color-border);
  }
  .node-title {
    font-size: clamp(1.1875rem, 1.1rem + 0.4vw, 1.375rem);
  }
  .step {
    display: block;
    color: var(--pir-color-text-secondary);
    font-size: 1rem;
    font-weight: 400;
  }
  .speaker {
    margin-bottom: var(--pir-space-2);
    color: var(--pir-color-text-secondary);
  }
  .narrative {
    margin-bottom: var(--pir-space-3);
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
    font-weight: 700;
    font-size: 1.1875rem;
  }
  .choices {
    display: grid;
    gap: var(--pir-space-2);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--pir-space-3);
    padding: var(--pir-space-2) var(--pir-space-3) var(--pir-space-2) var(--pir-space-2);
    border: 1px solid var(--pir-color-border-strong);
    border-radius: var(--pir-radius);
    background: var(--pir-color-surface);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--pir-color-brand);
    box-shadow: inset 4px 0 0 var(--pir-color-brand);
  }
  .choice input {
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    margin: 0.125rem 0 0;
    accent-color: var(--pir-color-text);
    cursor: pointer;
  }
  .choice input:focus-visible {
    outline: 4px solid var(--pir-color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 7px var(--pir-color-focus-text);
  }
  .choice span {
    padding-top: 0.15rem;
  }
  fieldset:disabled .choice {
    cursor: default;
    color: var(--pir-color-text);
  }
  .group--error {
    border-left: 5px solid var(--pir-color-error);
    padding-left: var(--pir-space-3);
  }
  .error-message {
    color: var(--pir-color-error);
    font-weight: 700;
  }
  .outcome,
  .debrief {
    margin-top: var(--pir-space-4);
    padding: var(--pir-space-3) var(--pir-space-4);
    border-left: 6px solid var(--pir-color-brand);
    background: var(--pir-color-info-tint);
  }
  .outcome h4,
  .debrief h4 {
    margin: 0 0 var(--pir-space-2);
    font-size: 1.1875rem;
  }
  .debrief .prose + h4 {
    margin-top: var(--pir-space-4);
  }
  .quality {
    margin-bottom: var(--pir-space-2);
  }
  .compare {
    padding-left: 1.5rem;
  }
  .compare li {
    margin-bottom: var(--pir-space-2);
  }
  .outcome > :last-child,
  .debrief > :last-child,
  .prose > :last-child {
    margin-bottom: 0;
  }
  @media (max-width: 40rem) {
    .case {
      padding: var(--pir-space-3);
    }
    .outcome,
    .debrief {
      padding: var(--pir-space-3);
    }
  }
  @media (forced-colors: active) {
    .outcome,
    .debrief {
      border: 1px solid CanvasText;
      border-left-width: 6px;
    }
  }
`;
