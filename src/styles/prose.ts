import { css } from 'lit';

/** Typography for trusted course HTML (text blocks, scenarios, callouts, rationales). */
export const prose = css`
  .prose {
    max-width: var(--pir-measure);
  }
  .prose h2 {
    margin-top: var(--pir-space-5);
  }
  .prose h3 {
    margin-top: var(--pir-space-4);
  }
  .prose > :first-child {
    margin-top: 0;
  }
  .prose ul,
  .prose ol {
    padding-left: 1.5rem;
  }
  .prose li {
    margin-bottom: var(--pir-space-2);
  }
  .prose blockquote {
    margin: var(--pir-space-4) 0;
    padding: var(--pir-space-2) var(--pir-space-4);
    border-left: 8px solid var(--pir-color-border-strong);
  }
  .prose table {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: var(--pir-space-4);
    display: block;
    overflow-x: auto;
  }
  .prose th,
  .prose td {
    padding: var(--pir-space-2);
    border-bottom: 1px solid var(--pir-color-border);
    text-align: left;
    vertical-align: top;
  }
  .prose img {
    max-width: 100%;
    height: auto;
  }
  .prose code {
    overflow-wrap: anywhere;
  }
`;
