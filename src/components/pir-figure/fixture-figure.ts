/**
 * The fixture figure compiled: tools/content/fixtures/serve-return.svg after the sanitiser, as in
 * the lesson of the compiler tests (a compiler test checks they stay equal).
 */
import type { FigureBlock } from '../../content/course-schema.js';

export const fixtureFigure: FigureBlock = {
  type: 'figure',
  src: 'assets/serve-return.svg',
  alt: 'Baby and adult, with arrows from each to the other',
  caption: 'Serve and return',
  longDescHtml: '<p>The baby signals (the serve) and the adult answers (the return), again and again.</p>',
  svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 120"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="currentColor"/></marker></defs><circle cx="60" cy="60" r="40" fill="var(--pir-color-info-tint)" stroke="currentColor" stroke-width="2"/><circle cx="260" cy="60" r="40" fill="var(--pir-color-tip-tint)" stroke="var(--pir-color-brand)" stroke-width="2"/><path d="M105 45 Q160 15 215 45" fill="none" stroke="currentColor" stroke-width="2" marker-end="url(#arrow)"/><path d="M215 75 Q160 105 105 75" fill="none" style="stroke: var(--pir-color-brand); stroke-width: 2" marker-end="url(#arrow)"/><text x="60" y="65" text-anchor="middle" fill="currentColor" font-size="14">Baby</text><text x="260" y="65" text-anchor="middle" fill="currentColor" font-size="14">Adult</text><text x="160" y="20" text-anchor="middle" fill="currentColor" font-size="12">serve</text><text x="160" y="112" text-anchor="middle" fill="currentColor" font-size="12">return</text></svg>',
};
