import { css } from 'lit';

/** The styles of `<pir-lesson-menu>` (tokens only: see src/styles/tokens.ts). */
export const lessonMenuStyles = css`
  :host {
    display: block;
  }
  h2 {
    font-size: 1.1875rem;
    margin-bottom: var(--pir-space-2);
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .task {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--pir-space-1) var(--pir-space-2);
    padding: var(--pir-space-2) 0;
    border-bottom: 1px solid var(--pir-color-border);
  }
  .task--current {
    font-weight: 700;
  }
  .task-name {
    flex: 1 1 9rem;
    text-align: left;
    line-height: 1.4;
  }
  .task-name .link-button {
    text-align: left;
    min-height: 1.5rem;
  }
  .pages {
    flex: 1 1 100%;
    margin: var(--pir-space-1) 0 0 var(--pir-space-3);
    font-weight: 400;
    font-size: 1rem;
  }
  .pages li {
    display: flex;
    align-items: baseline;
    padding: 0.125rem 0;
  }
  .pages .link-button {
    text-align: left;
  }
  .pages [aria-current] {
    font-weight: 700;
    text-decoration: none;
    color: var(--pir-color-text);
  }
  .pages .current-marker {
    flex: none;
    display: inline-block;
    width: 1rem;
    color: var(--pir-color-brand);
  }
  .locked {
    color: var(--pir-color-text-secondary);
  }
  .section {
    margin-top: var(--pir-space-4);
  }
`;
