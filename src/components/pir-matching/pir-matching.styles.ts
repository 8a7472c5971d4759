import { css } from 'lit';

/** Scoped by tag name: the element renders into the tree it is placed in (see ../light-dom-element.ts). */
export const matchingStyles = css`
  pir-matching {
    display: block;
  }
  pir-matching .match-list {
    display: grid;
    gap: var(--pir-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  pir-matching .match {
    padding: var(--pir-space-3);
    border: 1px solid var(--pir-color-border);
    border-radius: var(--pir-radius);
    background: var(--pir-color-surface);
  }
  pir-matching label {
    display: block;
    font-weight: 600;
    margin-bottom: var(--pir-space-2);
  }
  pir-matching select {
    width: 100%;
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--pir-color-text);
    border-radius: 0;
    background: var(--pir-color-surface);
    color: var(--pir-color-text);
    font: inherit;
  }
  pir-matching select:focus-visible {
    outline: 3px solid var(--pir-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--pir-color-text);
  }
  /* A closed select shows one line, cut short on a phone: the whole match is repeated under it. */
  pir-matching .match-choice {
    margin: var(--pir-space-2) 0 0;
    font-size: 1rem;
    color: var(--pir-color-text-secondary);
  }
`;
