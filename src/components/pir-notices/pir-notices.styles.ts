import { css } from 'lit';

/** The styles of `<pir-notices>` (tokens only: see src/styles/tokens.ts). */
export const noticesStyles = css`
  :host {
    display: block;
  }
  .status {
    display: flex;
    align-items: center;
    gap: var(--pir-space-2);
    margin: 0;
    font-size: 1rem;
    color: var(--pir-color-text-secondary);
  }
  .dot {
    flex: none;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: var(--pir-color-border-strong);
  }
  @media (min-width: 60em) {
    :host(:not([has-banner])) .status {
      justify-content: flex-end;
    }
  }
  .status--saved .dot {
    background: var(--pir-color-success);
  }
  .status--retrying .dot,
  .status--deviceOnly .dot {
    background: var(--pir-color-error);
  }
  .banner {
    margin: var(--pir-space-3) 0 0;
    border: 4px solid var(--pir-color-brand);
    background: var(--pir-color-surface);
  }
  .banner--warning {
    border-color: var(--pir-color-error);
  }
  .banner h2 {
    margin: 0;
    padding: var(--pir-space-1) var(--pir-space-3);
    font-size: 1rem;
    color: var(--pir-color-text-inverse);
    background: var(--pir-color-brand);
  }
  .banner--warning h2 {
    background: var(--pir-color-error);
  }
  .banner .body {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--pir-space-2) var(--pir-space-3);
    padding: var(--pir-space-3);
  }
  .banner p {
    margin: 0;
    flex: 1 1 16rem;
  }
`;
