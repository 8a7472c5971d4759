import { css } from 'lit';

/** The styles of `<pir-certificate>`, on screen and in print (tokens only: see src/styles/tokens.ts). */
export const certificateStyles = css`
  :host {
    display: block;
    max-width: var(--pir-measure);
  }
  .certificate {
    margin: var(--pir-space-4) 0;
    padding: var(--pir-space-5) var(--pir-space-4);
    border: 2px solid var(--pir-color-brand);
    outline: 6px solid var(--pir-color-info-tint);
    outline-offset: -10px;
    background: var(--pir-color-surface);
    text-align: center;
  }
  .certificate .kicker {
    margin: 0 0 var(--pir-space-2);
    color: var(--pir-color-text-secondary);
    font-size: 1rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.08em;
  }
  .certificate h2 {
    font-size: clamp(1.375rem, 1.2rem + 1vw, 1.875rem);
    margin-bottom: var(--pir-space-3);
  }
  .certificate .name {
    margin: var(--pir-space-3) 0;
    font-size: clamp(1.5rem, 1.3rem + 1.2vw, 2rem);
    font-weight: 700;
  }
  .certificate .summary {
    --pir-summary-key-width: 9rem;
    --pir-summary-gap: var(--pir-space-3);
    margin: var(--pir-space-4) auto 0;
    max-width: 30rem;
    text-align: left;
  }
  .head {
    margin-bottom: var(--pir-space-3);
  }
  .logo {
    display: block;
    max-width: 12rem;
    max-height: 4rem;
    margin: 0 auto var(--pir-space-2);
  }
  .issuer {
    margin: 0 0 var(--pir-space-1);
    font-size: 1.1875rem;
    font-weight: 700;
  }
  .outcomes {
    margin: var(--pir-space-4) auto 0;
    max-width: 34rem;
    text-align: left;
  }
  .outcomes h3 {
    margin-bottom: var(--pir-space-1);
    font-size: 1.0625rem;
  }
  .outcomes p {
    margin-bottom: var(--pir-space-1);
  }
  .outcomes ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .outcomes li {
    margin-bottom: var(--pir-space-1);
  }
  .ref {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    letter-spacing: 0.05em;
  }
  .reflections {
    margin-top: var(--pir-space-6);
  }
  .reflection {
    margin: 0 0 var(--pir-space-4);
    padding: var(--pir-space-3) var(--pir-space-4);
    border-left: 4px solid var(--pir-color-brand);
    background: var(--pir-color-surface);
    break-inside: avoid;
  }
  .reflection h3 {
    margin-bottom: var(--pir-space-1);
  }
  .reflection .lesson {
    margin-bottom: var(--pir-space-2);
    color: var(--pir-color-text-secondary);
    font-size: 1rem;
  }
  .reflection .text {
    white-space: pre-wrap;
    margin: 0;
  }
  .empty {
    color: var(--pir-color-text-secondary);
    font-style: italic;
  }
  .print-only {
    display: none;
  }
  @media print {
    :host {
      max-width: none;
      font-size: 11pt;
    }
    .print-only {
      display: block;
    }
    .intro {
      display: none;
    }
    .certificate + .reflections {
      break-before: page;
    }
    :host([printing='certificate']) .reflections,
    :host([printing='certificate']) .intro,
    :host([printing='reflections']) .certificate,
    :host([printing='reflections']) .intro {
      display: none;
    }
    /* Fills the A4 page inside its 15 mm margins (267 mm tall), and never breaks across two. */
    .certificate {
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      justify-content: space-between;
      height: 262mm;
      margin: 0;
      padding: 10mm 12mm;
      font-size: 11pt;
      overflow: hidden;
      break-inside: avoid;
      page-break-inside: avoid;
      outline-color: var(--pir-color-info-tint);
    }
    .certificate p,
    .certificate h2 {
      margin-top: 0;
      margin-bottom: 2mm;
    }
    .certificate h2 {
      font-size: 18pt;
    }
    .certificate .name {
      margin: 2mm 0;
      font-size: 20pt;
    }
    .head {
      margin-bottom: 2mm;
    }
    .logo {
      max-height: 14mm;
      margin-bottom: 2mm;
    }
    /* Seven long outcomes and seven rows must share one page with room to spare. */
    .certificate .summary {
      --pir-summary-key-width: 45mm;
      margin-top: 3mm;
      max-width: 150mm;
      font-size: 10.5pt;
    }
    .certificate .summary div {
      padding: 1.2mm 0;
    }
    .outcomes {
      max-width: 160mm;
      margin-top: 3mm;
      font-size: 9.5pt;
      line-height: 1.35;
    }
    .outcomes h3 {
      font-size: 11pt;
    }
    .outcomes li {
      margin-bottom: 0.8mm;
    }
    .reflections {
      margin-top: 0;
    }
    .reflection {
      border-left-color: var(--pir-color-text);
      padding: 0 0 0 4mm;
    }
  }
`;
