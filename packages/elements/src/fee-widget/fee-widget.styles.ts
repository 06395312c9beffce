import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { fieldStyles } from '../shared/field.styles.js';

/**
 * The tokens and buttons every dvc element shares (`baseStyles`, `fieldStyles`); here the fee table, the payment
 * panel with its QR code, and the payment status.
 */
export const styles = [
  baseStyles,
  fieldStyles,
  css`
    .base {
      --_dvc-fee-accent: var(--dvc-fee-widget-accent, var(--_dvc-accent));
      --_dvc-fee-qr-size: var(--dvc-fee-widget-qr-size, 14rem);
      display: grid;
      gap: 1rem;
      max-inline-size: 48rem;
    }

    table {
      inline-size: 100%;
      border-collapse: collapse;
    }

    caption {
      padding-block-end: 0.5rem;
      font-weight: 700;
      font-size: 1.125em;
      text-align: start;
    }

    th,
    td {
      padding: 0.5rem 0.5rem 0.5rem 0;
      vertical-align: top;
      text-align: start;
      border-block-end: 1px solid #b1b4b6;
    }

    thead th {
      font-weight: 700;
      border-block-end-width: 2px;
    }

    tbody th {
      font-weight: 400;
    }

    .kind {
      display: block;
      font-size: 0.875em;
      color: var(--_dvc-muted);
    }

    .detail {
      display: block;
    }

    .amount {
      text-align: end;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }

    .row--exemption th,
    .row--exemption td {
      color: var(--_dvc-muted);
    }

    tfoot th,
    tfoot td {
      font-weight: 700;
    }

    .total td.amount {
      font-size: 1.25em;
      color: var(--_dvc-fee-accent);
    }

    .in-words td {
      font-weight: 400;
      font-style: italic;
    }

    .note {
      margin: 0;
      color: var(--_dvc-muted);
    }

    .problem {
      margin: 0;
      padding: 0.75rem 1rem;
      font-weight: 700;
      color: var(--_dvc-error);
      border: 3px solid var(--_dvc-error);
      border-radius: var(--_dvc-radius);
    }

    .pay {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
    }

    .button--primary {
      color: var(--_dvc-accent-contrast);
      background: var(--_dvc-fee-accent);
      border-color: var(--_dvc-fee-accent);
    }

    .panel {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem 1.5rem;
      align-items: flex-start;
    }

    .qr {
      margin: 0;
      padding: 0.5rem;
      background: #fff;
      border: 2px solid var(--_dvc-fee-accent);
      border-radius: var(--_dvc-radius);
    }

    .qr svg {
      display: block;
      inline-size: var(--_dvc-fee-qr-size);
      block-size: var(--_dvc-fee-qr-size);
    }

    .transfer {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25rem 1rem;
      margin: 0;
    }

    .transfer dt {
      color: var(--_dvc-muted);
    }

    .transfer dd {
      margin: 0;
      font-weight: 700;
      overflow-wrap: anywhere;
    }

    .status {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }

    .status p {
      margin: 0;
    }

    .status--paid strong {
      color: #00703c;
    }

    .status--failed strong {
      color: var(--_dvc-error);
    }
  `,
];
