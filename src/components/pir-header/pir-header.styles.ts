import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    background: var(--pir-color-brand);
    color: var(--pir-color-surface);
  }
  .wrap {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--pir-space-2) var(--pir-space-4);
    max-width: 76rem;
    margin: 0 auto;
    padding: var(--pir-space-2) var(--pir-space-3) var(--pir-space-3);
  }
  .course-title {
    margin: 0;
    font-size: 1.0625rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .course-title small {
    font-size: 0.9375rem;
    font-weight: 400;
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--pir-space-2);
  }
  .menu-version {
    display: none;
  }
  /* Narrow screens: one row, the title on one line, the actions behind "Menu". */
  @media (max-width: 39.99em) {
    .wrap {
      flex-wrap: wrap;
      gap: var(--pir-space-2);
      padding: var(--pir-space-1) var(--pir-space-3);
    }
    .course-title {
      flex: 1 1 0;
      min-width: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
      font-size: 1rem;
    }
    .course-title small {
      display: none;
    }
    .actions:not(.open) {
      display: none;
    }
    .actions.open {
      flex-basis: 100%;
      align-items: center;
      padding-bottom: var(--pir-space-2);
    }
    .menu-version {
      display: block;
      flex-basis: 100%;
      margin: 0;
      font-size: 0.9375rem;
    }
    .menu-button .chevron::after {
      content: '▾';
      display: inline-block;
      margin-left: 0.375em;
    }
    .menu-button[aria-expanded='true'] .chevron::after {
      content: '▴';
    }
  }
  button {
    min-height: 2.25rem;
    padding: 0.125rem 0.75rem;
    border: 2px solid var(--pir-color-surface);
    border-radius: var(--pir-radius);
    background: transparent;
    color: var(--pir-color-surface);
    font: inherit;
    font-size: 1rem;
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: var(--pir-color-brand-dark);
  }
  button[aria-pressed='true'] {
    background: var(--pir-color-surface);
    color: var(--pir-color-brand);
  }
  button:focus-visible {
    outline: 3px solid transparent;
    background: var(--pir-color-focus);
    border-color: var(--pir-color-focus);
    color: var(--pir-color-focus-text);
    box-shadow: 0 4px 0 var(--pir-color-focus-text);
  }
  @media (min-width: 40em) {
    .wrap {
      padding-top: var(--pir-space-3);
    }
    .menu-button {
      display: none;
    }
    .course-title {
      font-size: 1.25rem;
    }
    .course-title small {
      display: block;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
