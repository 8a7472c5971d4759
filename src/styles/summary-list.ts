import { css } from 'lit';

/**
 * A summary list (`<dl class="summary">` of `<div><dt><dd></div>` rows), as in the GOV.UK and
 * NHS.UK design systems: key and value side by side, stacking on narrow screens. Components may
 * tune `--pir-summary-key-width` and `--pir-summary-gap`.
 */
export const summaryList = css`
  .summary {
    margin: var(--pir-space-4) 0;
    padding: 0;
    border-top: 1px solid var(--pir-color-border);
  }
  .summary div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--pir-summary-gap, var(--pir-space-4));
    padding: var(--pir-space-2) 0;
    border-bottom: 1px solid var(--pir-color-border);
  }
  .summary dt {
    flex: 1 1 var(--pir-summary-key-width, 12rem);
    font-weight: 700;
  }
  .summary dd {
    flex: 2 1 var(--pir-summary-key-width, 12rem);
    margin: 0;
  }
`;
