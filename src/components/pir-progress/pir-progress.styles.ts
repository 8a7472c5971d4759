import { css } from 'lit';

/** The styles of `<pir-progress>` (tokens only: see src/styles/tokens.ts). */
export const progressStyles = css`
  :host {
    display: block;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pir-space-1) var(--pir-space-3);
    margin: 0;
    font-size: 1rem;
  }
  .bar {
    flex: 1 1 8rem;
    max-width: 14rem;
    height: 0.625rem;
    border: 1px solid var(--pir-color-border-strong);
    border-radius: 999px;
    background: var(--pir-color-surface);
    overflow: hidden;
  }
  .fill {
    height: 100%;
    background: var(--pir-color-success);
    transition: width 0.3s ease;
  }
`;
