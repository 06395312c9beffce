import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { fieldStyles } from '../shared/field.styles.js';

/**
 * The same tokens and field look as the other dvc elements (`baseStyles`, `fieldStyles`); here the lookup form's
 * layout, the error summary, the dossier's details, the badge and the timeline.
 */
export const styles = [
  baseStyles,
  fieldStyles,
  css`
    .base {
      --_dvc-success: var(--dvc-status-tracker-success, #00703c);
      --_dvc-warning: var(--dvc-status-tracker-warning, #8a5a00);
      display: grid;
      gap: var(--_dvc-gap);
    }

    h2 {
      margin: 0 0 0.75rem;
      font-size: 1.375em;
      line-height: 1.25;
    }

    h3 {
      margin: 0 0 0.5rem;
      font-size: 1.125em;
      line-height: 1.3;
    }

    p {
      margin: 0 0 0.5rem;
    }

    .lookup {
      display: grid;
      gap: 1rem;
      justify-items: start;
    }

    .lookup .field {
      justify-self: stretch;
    }

    .input--short {
      max-inline-size: 20rem;
    }

    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 0;
      padding: 0;
      border: 0;
    }

    .kind {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
    }

    .kind input {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0;
    }

    .button--primary {
      color: var(--_dvc-accent-contrast);
      background: var(--_dvc-accent);
      border-color: var(--_dvc-accent);
    }

    .error-summary,
    .notice {
      padding: 1rem;
      border: 5px solid var(--_dvc-error);
    }

    .error-summary:focus {
      outline: 3px solid var(--_dvc-focus);
    }

    .error-summary ul {
      margin: 0 0 0.5rem;
      padding-inline-start: 1.25rem;
    }

    .error-summary a {
      font-weight: 700;
      color: var(--_dvc-error);
    }

    .status,
    .muted {
      color: var(--_dvc-muted);
    }

    .dossier {
      display: grid;
      gap: 1rem;
    }

    .dossier h2:focus {
      outline: 3px solid var(--_dvc-focus);
      outline-offset: 2px;
    }

    .details {
      display: grid;
      gap: 0.5rem;
      margin: 0;
    }

    .details > div {
      display: grid;
      grid-template-columns: minmax(8rem, 14rem) 1fr;
      gap: 0 1rem;
    }

    dt {
      font-weight: 700;
    }

    dd {
      margin: 0;
    }

    .state-detail {
      display: block;
    }

    /* The badge says its meaning in words; the colour only repeats it. */
    .badge {
      display: inline-block;
      margin-inline-start: 0.5rem;
      padding: 0 0.5rem;
      font-weight: 700;
      border: 2px solid currentColor;
      border-radius: var(--_dvc-radius);
    }

    .badge--early,
    .badge--on-time,
    .badge--in-time {
      color: var(--_dvc-success);
    }

    .badge--late,
    .badge--overdue {
      color: var(--_dvc-error);
    }

    .box {
      padding: 1rem;
      border-inline-start: 5px solid var(--_dvc-border);
      background: #f3f2f1;
    }

    .box--notice {
      border-inline-start-color: var(--_dvc-warning);
    }

    .box ul {
      margin: 0 0 0.5rem;
      padding-inline-start: 1.25rem;
    }

    a {
      color: var(--_dvc-accent);
      text-underline-offset: 0.15em;
    }

    a:focus {
      outline: 3px solid var(--_dvc-focus);
      background: var(--_dvc-focus);
      color: var(--_dvc-text);
    }

    .timeline {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .event {
      display: grid;
      gap: 0.125rem;
      padding: 0 0 0.75rem 1.25rem;
      border-inline-start: 3px solid var(--_dvc-accent);
    }

    .event time {
      color: var(--_dvc-muted);
    }

    @media (forced-colors: active) {
      .badge {
        border-color: CanvasText;
      }
    }
  `,
];
