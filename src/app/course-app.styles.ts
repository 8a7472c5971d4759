import { css } from 'lit';

/** The shell's layout only: the skip link, status bar, menu column, main area, footer and print. */
export const styles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--pir-color-page);
  }
  .skip-link {
    position: absolute;
    left: var(--pir-space-2);
    top: -10rem;
    z-index: 10;
    padding: var(--pir-space-2) var(--pir-space-3);
    background: var(--pir-color-focus);
    color: var(--pir-color-focus-text);
  }
  .skip-link:focus {
    top: var(--pir-space-2);
    color: var(--pir-color-focus-text);
    box-shadow: 0 4px 0 var(--pir-color-focus-text);
  }
  .wrap {
    max-width: 76rem;
    margin: 0 auto;
    padding: 0 var(--pir-space-3);
  }
  .statusbar {
    background: var(--pir-color-surface);
    border-bottom: 1px solid var(--pir-color-border);
  }
  .statusbar .wrap {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--pir-space-1) var(--pir-space-4);
    padding-top: var(--pir-space-2);
    padding-bottom: var(--pir-space-2);
  }
  .statusbar pir-progress {
    flex: 1 1 30rem;
  }
  .statusbar pir-notices {
    flex: 1 1 16rem;
  }
  .statusbar pir-notices[has-banner] {
    flex-basis: 100%;
  }
  .layout {
    display: grid;
    gap: var(--pir-space-3);
    padding-top: var(--pir-space-3);
    padding-bottom: var(--pir-space-6);
  }
  .layout--wide {
    grid-template-columns: minmax(0, 52rem);
  }
  @media (min-width: 60em) {
    .layout {
      gap: var(--pir-space-4);
      padding-top: var(--pir-space-4);
    }
    nav.menu {
      padding: var(--pir-space-3);
    }
    .layout--menu {
      grid-template-columns: 17rem minmax(0, 1fr);
      align-items: start;
    }
    .menu-toggle {
      display: none !important;
    }
    .menu-body {
      display: block !important;
    }
  }
  nav.menu {
    padding: var(--pir-space-1) var(--pir-space-3);
    border-radius: var(--pir-radius);
    background: var(--pir-color-surface);
  }
  .menu-toggle {
    display: flex;
    width: 100%;
    justify-content: space-between;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--pir-color-link);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
    text-align: left;
  }
  .menu-toggle:focus-visible {
    outline: 3px solid transparent;
    background: var(--pir-color-focus);
    color: var(--pir-color-focus-text);
    box-shadow: 0 4px 0 var(--pir-color-focus-text);
  }
  .menu-toggle .chevron {
    display: inline-block;
    transition: transform 0.2s;
  }
  .menu-toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .menu-body {
    display: none;
    margin-top: var(--pir-space-2);
  }
  .menu-body.open {
    display: block;
  }
  main {
    min-width: 0;
    font-size: 1.0625rem;
    padding: var(--pir-space-4) var(--pir-space-3);
    border-radius: var(--pir-radius);
    background: var(--pir-color-surface);
  }
  @media (min-width: 40em) {
    main {
      padding: var(--pir-space-5) var(--pir-space-5);
      font-size: 1.1875rem;
    }
  }
  main:focus {
    outline: none;
  }
  .menu-toggle .count {
    display: none;
  }
  /*
   * Phones (issue 12): the lesson starts within the top 200 px at 360 × 740. The status bar keeps
   * only the saving status (and any banner); the progress strip is moved off screen but still read
   * out, and the lessons-complete count shows on the lesson menu's toggle, one tap from the rest.
   */
  @media (max-width: 39.99em) {
    .statusbar .wrap {
      padding-top: var(--pir-space-1);
      padding-bottom: var(--pir-space-1);
    }
    .statusbar pir-progress {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .layout {
      gap: var(--pir-space-2);
      padding-top: var(--pir-space-2);
    }
    nav.menu {
      padding: 0 var(--pir-space-2);
    }
    .menu-toggle {
      min-height: 2.5rem;
      gap: var(--pir-space-2);
    }
    .menu-toggle .count {
      display: inline;
      margin-left: auto;
      color: var(--pir-color-text-secondary);
      font-size: 0.9375rem;
      font-weight: 400;
      white-space: nowrap;
    }
    main {
      padding: var(--pir-space-3);
    }
  }
  /* The page's error summary sits between the lesson page and the pagination. */
  pir-error-summary {
    margin-top: var(--pir-space-4);
  }
  footer {
    padding: var(--pir-space-4) 0 var(--pir-space-5);
    color: var(--pir-color-text-secondary);
    font-size: 1rem;
  }
  @media print {
    :host {
      background: var(--pir-color-surface);
    }
    .statusbar,
    nav.menu,
    footer,
    .skip-link {
      display: none !important;
    }
    .wrap {
      max-width: none;
      padding: 0;
    }
    .layout,
    .layout--menu {
      display: block;
      padding: 0;
    }
    main {
      padding: 0;
    }
  }
`;
