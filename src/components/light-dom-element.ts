import { LitElement, type CSSResult } from 'lit';

/**
 * Base of the answer controls (choice group, matching, ordering, feedback, error summary): they
 * render in the light DOM, so their native inputs stay in the same tree as the question's form,
 * fieldset, legend, labels and error message, and `aria-describedby`, `label for`, a disabled
 * fieldset, form submission and error-summary links all work as plain HTML. Their styles
 * (`static lightStyles`, scoped by tag name) are added once to the tree they are placed in: the
 * question's shadow root, or the document.
 *
 * The controls declare `static properties` and call `customElements.define` rather than use
 * decorators: every decorated module carries its own copy of the decorator helper in the bundle,
 * and the five together cost 0.3 KB gzipped of a size budget they sit close to.
 */
export class LightDomElement extends LitElement {
  static lightStyles?: CSSResult;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const sheet = (this.constructor as typeof LightDomElement).lightStyles?.styleSheet;
    const root = this.getRootNode();
    if (!sheet || !(root instanceof ShadowRoot || root instanceof Document)) return;
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
