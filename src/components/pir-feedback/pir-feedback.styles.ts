import { css } from 'lit';

/** Scoped by tag name: the element renders into the tree it is placed in (see ../light-dom-element.ts). */
export const feedbackStyles = css`
  pir-feedback {
    display: block;
  }
  pir-feedback .feedback {
    margin: var(--pir-space-4) 0 0;
    padding: var(--pir-space-3) var(--pir-space-3) var(--pir-space-3) var(--pir-space-4);
    border-left: 8px solid var(--pir-color-error);
    background: var(--pir-color-surface);
  }
  pir-feedback .feedback--correct {
    border-left-color: var(--pir-color-success);
  }
  pir-feedback .verdict {
    display: flex;
    align-items: center;
    gap: var(--pir-space-2);
    font-size: 1.25rem;
    font-weight: 700;
    margin: 0 0 var(--pir-space-2);
  }
  pir-feedback .verdict:focus {
    outline: none;
  }
  pir-feedback .mark {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    background: var(--pir-color-error);
    color: var(--pir-color-text-inverse);
    font-size: 1rem;
  }
  pir-feedback .feedback--correct .mark {
    background: var(--pir-color-success);
  }
  pir-feedback .sub {
    font-weight: 700;
    margin: var(--pir-space-3) 0 var(--pir-space-1);
  }
  pir-feedback .feedback > :last-child,
  pir-feedback .feedback > :last-child > :last-child {
    margin-bottom: 0;
  }
  pir-feedback .references {
    padding-left: 1.25rem;
    font-size: 1rem;
  }
  @media (forced-colors: active) {
    pir-feedback .mark {
      border: 1px solid currentColor;
    }
  }
`;
