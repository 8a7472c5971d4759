import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { GlossaryEntry } from '../content/course-schema.js';
import { t } from '../content/strings.js';

/**
 * Glossary terms in compiled HTML (`<a class="pir-term" data-term="id">`) become disclosure
 * buttons: selecting one shows its definition right after the word, selecting it again or
 * pressing Escape hides it, and focus stays on the term, so the learner never loses their place.
 * Works on the host's own shadow root only (nested elements have their own controller).
 */
let opened = 0;

export class TermDefinitions implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  readonly #glossary: () => readonly GlossaryEntry[];

  constructor(
    host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    glossary: () => readonly GlossaryEntry[],
  ) {
    this.#host = host;
    this.#glossary = glossary;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.renderRoot.addEventListener('click', this.#onClick as EventListener);
    this.#host.renderRoot.addEventListener('keydown', this.#onKeydown as EventListener);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('click', this.#onClick as EventListener);
    this.#host.renderRoot.removeEventListener('keydown', this.#onKeydown as EventListener);
  }

  /** Marks new terms as collapsed disclosure buttons (their HTML arrives with each render). */
  hostUpdated(): void {
    for (const term of this.#host.renderRoot.querySelectorAll<HTMLAnchorElement>('a.pir-term:not([role])')) {
      if (!this.#entry(term)) continue; // no definition to show: stays a plain link to the glossary
      term.setAttribute('role', 'button');
      term.setAttribute('aria-expanded', 'false');
    }
  }

  #entry(term: Element): GlossaryEntry | undefined {
    const id = term.getAttribute('data-term');
    return this.#glossary().find((g) => g.id === id);
  }

  /** The term link the event started on, if it is in this host's own shadow root. */
  #termOf(event: Event): HTMLAnchorElement | undefined {
    const target = event.composedPath()[0];
    const term =
      target instanceof Element ? target.closest<HTMLAnchorElement>('a.pir-term[role=button]') : null;
    return term && term.getRootNode() === this.#host.renderRoot ? term : undefined;
  }

  #toggle(term: HTMLAnchorElement): void {
    const open = term.getAttribute('aria-expanded') === 'true';
    if (open) return this.#close(term);
    const entry = this.#entry(term);
    if (!entry) return;
    const definition = document.createElement('span');
    definition.className = 'term-definition';
    definition.id = `definition-${entry.id}-${++opened}`;
    const label = document.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = `${t('terms.definitionOf', { term: entry.term })} `;
    definition.append(label, entry.definition);
    term.after(definition);
    term.setAttribute('aria-expanded', 'true');
    term.setAttribute('aria-controls', definition.id);
  }

  #close(term: HTMLAnchorElement): void {
    const id = term.getAttribute('aria-controls');
    if (id) term.parentNode?.querySelector(`#${CSS.escape(id)}`)?.remove();
    term.setAttribute('aria-expanded', 'false');
    term.removeAttribute('aria-controls');
  }

  #onClick = (event: MouseEvent): void => {
    const term = this.#termOf(event);
    if (!term) return;
    event.preventDefault(); // stay on the page: no jump to #glossary-…
    this.#toggle(term);
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const term = this.#termOf(event);
    if (term && event.key === ' ') {
      // A button opens with Space as well as Enter (Enter already clicks the link).
      event.preventDefault();
      this.#toggle(term);
    } else if (term && event.key === 'Escape' && term.getAttribute('aria-expanded') === 'true') {
      event.stopPropagation(); // closes the definition, not a dialog around the page
      this.#close(term);
    }
  };
}

/** Styles for terms and their inline definitions; add to the host's styles. */
export const termStyles = css`
  a.pir-term {
    text-decoration-style: dotted;
    text-decoration-thickness: 2px;
    cursor: help;
  }
  a.pir-term[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  .term-definition {
    display: inline;
    margin: 0 0.25em;
    padding: 0.125em 0.375em;
    border-radius: var(--pir-radius);
    background: var(--pir-color-info-tint);
    color: var(--pir-color-text);
    font-size: 0.9375em;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  @media (forced-colors: active) {
    .term-definition {
      border: 1px solid CanvasText;
    }
  }
`;
