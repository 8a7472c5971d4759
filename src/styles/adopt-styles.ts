import type { CSSResult } from 'lit';

/**
 * Adds `styles` to the tree `el` lives in (its shadow root, or the document), once per tree.
 *
 * The answer controls (choice group, matching, ordering, feedback, error summary) render in the
 * light DOM, so that their native inputs stay in the same tree as the question's form, fieldset,
 * legend, labels and error message: `aria-describedby`, `label for`, a disabled fieldset, form
 * submission and error-summary links all keep working as plain HTML. Their styles therefore go
 * to the tree they are placed in, scoped by the element's tag name.
 */
export function adoptStyles(el: Element, styles: CSSResult): void {
  const root = el.getRootNode();
  const sheet = styles.styleSheet;
  if (!sheet || !(root instanceof ShadowRoot || root instanceof Document)) return;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
