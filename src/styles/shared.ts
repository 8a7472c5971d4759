import { css } from 'lit';
import { installTokens } from './tokens.js';

// The tokens live on the document, declared once; an element shown on its own still finds them.
if (typeof document !== 'undefined') installTokens(document);

/**
 * Shared element styles every component adopts: type scale, links, buttons, focus, visually
 * hidden text, status tags and reduced motion. Focus is a yellow fill with a dark underline
 * (always visible, on light and dark backgrounds), as in the NHS.UK and GOV.UK design systems.
 * Colours come only from the `--pir-*` tokens (see tokens.ts), which an ancestor can override.
 */
export const shared = [
  css`
    :host {
      font-family: var(--pir-font);
      color: var(--pir-color-text);
      line-height: 1.5;
      overflow-wrap: break-word;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    h1,
    h2,
    h3 {
      line-height: 1.25;
      margin: 0 0 var(--pir-space-3);
      font-weight: 700;
    }
    h1 {
      font-size: clamp(1.625rem, 1.3rem + 1.6vw, 2.25rem);
    }
    h2 {
      font-size: clamp(1.25rem, 1.1rem + 0.8vw, 1.5rem);
    }
    h3 {
      font-size: 1.1875rem;
    }
    p,
    ul,
    ol {
      margin: 0 0 var(--pir-space-3);
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    a {
      color: var(--pir-color-link);
      text-decoration-thickness: max(1px, 0.0625rem);
      text-underline-offset: 0.1em;
    }
    a:visited {
      color: var(--pir-color-link-visited);
    }
    a:hover {
      text-decoration-thickness: 3px;
    }
    a:focus-visible {
      outline: 3px solid transparent;
      color: var(--pir-color-focus-text);
      background-color: var(--pir-color-focus);
      box-shadow:
        0 -2px var(--pir-color-focus),
        0 4px var(--pir-color-focus-text);
      text-decoration: none;
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--pir-space-2);
      min-height: 2.75rem;
      min-width: 2.75rem;
      margin: 0;
      padding: 0.5rem 1.25rem;
      border: 2px solid transparent;
      border-radius: var(--pir-radius);
      background: var(--pir-color-success);
      box-shadow: 0 4px 0 var(--pir-color-success-dark);
      color: var(--pir-color-text-inverse);
      font: inherit;
      font-weight: 600;
      line-height: 1.25;
      text-align: center;
      text-decoration: none;
      cursor: pointer;
      margin-bottom: 4px;
    }
    .button:hover {
      background: var(--pir-color-success-hover);
    }
    .button:active {
      transform: translateY(2px);
      box-shadow: 0 2px 0 var(--pir-color-success-dark);
    }
    .button--secondary {
      background: var(--pir-color-surface);
      color: var(--pir-color-brand);
      border-color: var(--pir-color-brand);
      box-shadow: 0 4px 0 var(--pir-color-brand);
    }
    .button--secondary:hover {
      background: var(--pir-color-info-tint);
    }
    .button--warning {
      background: var(--pir-color-error);
      box-shadow: 0 4px 0 var(--pir-color-error-dark);
    }
    .button--warning:hover {
      background: var(--pir-color-error-hover);
    }
    .button--small {
      min-height: 2.25rem;
      padding: 0.25rem 0.75rem;
      font-size: 1rem;
    }
    .button:disabled {
      opacity: 0.55;
      cursor: not-allowed;
      transform: none;
    }
    .button:focus-visible,
    .link-button:focus-visible {
      outline: 3px solid transparent;
      background: var(--pir-color-focus);
      color: var(--pir-color-focus-text);
      border-color: var(--pir-color-focus);
      box-shadow: 0 4px 0 var(--pir-color-focus-text);
    }
    .link-button {
      display: inline;
      min-height: 1.5rem;
      padding: 0;
      border: 0;
      background: none;
      color: var(--pir-color-link);
      font: inherit;
      text-decoration: underline;
      text-underline-offset: 0.1em;
      cursor: pointer;
    }
    .button-group {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--pir-space-3);
      margin: var(--pir-space-4) 0 var(--pir-space-3);
    }
    /* A small uppercase label above a block: "Scenario", "Check your understanding", "Reflect". */
    .label-caps {
      display: block;
      color: var(--pir-color-text-secondary);
      font-size: 1rem;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      margin: 0 !important;
      padding: 0 !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
      border: 0 !important;
    }
    .lede {
      font-size: 1.1875rem;
    }
    .caption {
      color: var(--pir-color-text-secondary);
      font-size: 1rem;
    }
    /*
     * A status tag, as in GOV.UK Frontend 5: tinted, borderless, regular weight and square, so it
     * reads as a label and never as a (disabled) button. Forced colours draw a thin outline.
     */
    .tag {
      display: inline-block;
      max-width: 100%;
      padding: 0.0625rem 0.5rem 0.125rem;
      font-size: 0.9375rem;
      font-weight: 400;
      line-height: 1.4;
      overflow-wrap: break-word;
    }
    .tag--grey {
      color: var(--pir-color-text);
      background: var(--pir-color-neutral-tint);
    }
    .tag--blue {
      color: var(--pir-color-brand-dark);
      background: var(--pir-color-info-tint);
    }
    .tag--green {
      color: var(--pir-color-success-dark);
      background: var(--pir-color-success-tint);
    }
    .tag--red {
      color: var(--pir-color-error-dark);
      background: var(--pir-color-error-tint);
    }
    .tag--yellow {
      color: var(--pir-color-text);
      background: var(--pir-color-warning-tint);
    }
    .inset {
      margin: var(--pir-space-4) 0;
      padding: var(--pir-space-3) var(--pir-space-4);
      border-left: 8px solid var(--pir-color-border-strong);
      background: var(--pir-color-surface);
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }
    @media (forced-colors: active) {
      .tag {
        outline: 1px solid currentColor;
      }
    }
    @media print {
      .no-print {
        display: none !important;
      }
    }
  `,
];
