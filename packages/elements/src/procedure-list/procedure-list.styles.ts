import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { fieldStyles } from '../shared/field.styles.js';

/**
 * The same tokens and field look as the other dvc elements (`baseStyles`, `fieldStyles`); here the search form's
 * layout, the list of procedures with their facts, and the boxes for no result and a failed load.
 */
export const styles = [
  baseStyles,
  fieldStyles,
  css`
    .base {
      --_dvc-list-gap: var(--dvc-procedure-list-gap, 1.25rem);
      display: grid;
      gap: 1rem;
    }

    p {
      margin: 0 0 0.5rem;
    }

    .search {
      display: grid;
      gap: 1rem;
      justify-items: start;
    }

    .search > .field,
    .filters {
      justify-self: stretch;
    }

    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 1rem;
    }

    .select {
      max-inline-size: 100%;
    }

    .count {
      margin: 0;
      font-weight: 700;
    }

    .count:empty {
      display: none;
    }

    .status {
      color: var(--_dvc-muted);
    }

    .list {
      display: grid;
      gap: var(--_dvc-list-gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .item {
      padding-block-start: var(--_dvc-list-gap);
      border-block-start: 1px solid var(--_dvc-border);
    }

    .item-heading {
      margin: 0 0 0.5rem;
      font-size: 1.125em;
      font-weight: 700;
      line-height: 1.3;
    }

    a {
      color: var(--_dvc-accent);
      text-underline-offset: 0.15em;
    }

    a:hover {
      text-decoration-thickness: 0.15em;
    }

    a:focus {
      outline: 3px solid var(--_dvc-focus);
      background: var(--_dvc-focus);
      color: var(--_dvc-text);
      text-decoration: none;
      box-shadow: 0 4px var(--_dvc-text);
    }

    .facts {
      display: grid;
      gap: 0.125rem;
      margin: 0;
      color: var(--_dvc-muted);
    }

    .facts > div {
      display: grid;
      grid-template-columns: minmax(8rem, 12rem) 1fr;
      gap: 0 1rem;
    }

    dt {
      font-weight: 600;
    }

    dd {
      margin: 0;
      color: var(--_dvc-text);
    }

    .no-result,
    .notice {
      padding: 1rem;
      border-inline-start: 5px solid var(--_dvc-border);
      background: #f3f2f1;
    }

    .no-result-title,
    .error-title {
      font-weight: 700;
      font-size: 1.125em;
    }

    .error {
      padding: 1rem;
      border: 5px solid var(--_dvc-error);
    }

    .details {
      margin-block-end: 0.75rem;
    }

    .details summary {
      cursor: pointer;
      color: var(--_dvc-accent);
    }

    .details ul {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.25rem;
    }

    /* A thin pulse while the catalogue loads, only for those who do not ask for less motion. */
    @media (prefers-reduced-motion: no-preference) {
      .status {
        animation: dvc-pulse 1.2s ease-in-out infinite alternate;
      }

      .button {
        transition: background-color 0.15s ease-out;
      }
    }

    @keyframes dvc-pulse {
      from {
        opacity: 1;
      }
      to {
        opacity: 0.55;
      }
    }

    @media (max-width: 30rem) {
      .facts > div {
        grid-template-columns: 1fr;
      }
    }

    @media (forced-colors: active) {
      a:focus {
        outline-color: Highlight;
      }
    }
  `,
];
