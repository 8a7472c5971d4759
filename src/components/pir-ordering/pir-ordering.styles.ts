import { css } from 'lit';

/** Scoped by tag name: the element renders into the tree it is placed in (see ../light-dom-element.ts). */
export const orderingStyles = css`
  pir-ordering {
    display: block;
  }
  pir-ordering .order-list {
    display: grid;
    gap: var(--pir-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  pir-ordering .order-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--pir-space-2) var(--pir-space-3);
    padding: var(--pir-space-2) var(--pir-space-3);
    border: 1px solid var(--pir-color-border);
    border-radius: var(--pir-radius);
    background: var(--pir-color-surface);
  }
  pir-ordering .order-item.moved {
    border-color: var(--pir-color-brand);
    box-shadow: inset 4px 0 0 var(--pir-color-brand);
  }
  pir-ordering .order-position {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    background: var(--pir-color-brand);
    color: var(--pir-color-text-inverse);
    font-weight: 700;
  }
  pir-ordering .order-text {
    flex: 1 1 10rem;
  }
  pir-ordering .order-buttons {
    display: flex;
    gap: var(--pir-space-2);
  }
  @media (forced-colors: active) {
    pir-ordering .order-item.moved {
      border-width: 3px;
    }
    pir-ordering .order-position {
      border: 1px solid currentColor;
    }
  }
`;
