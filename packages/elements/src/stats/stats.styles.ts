import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { fieldStyles } from '../shared/field.styles.js';

/**
 * The same tokens and field look as the other dvc elements (`baseStyles`, `fieldStyles`); here the chooser's layout,
 * the key figures, the chart (each series a colour and a pattern: solid, stripes, dots) and the tables.
 */
export const styles = [
  baseStyles,
  fieldStyles,
  css`
    .base {
      --_dvc-early: var(--dvc-stats-early, #00703c);
      --_dvc-on-time: var(--dvc-stats-on-time, #1d70b8);
      --_dvc-late: var(--dvc-stats-late, #b3261e);
      display: grid;
      gap: var(--_dvc-gap);
    }

    h2 {
      margin: 0;
      font-size: 1.375em;
      line-height: 1.25;
    }

    h3 {
      margin: 0 0 0.5rem;
      font-size: 1.125em;
      line-height: 1.3;
    }

    p {
      margin: 0;
    }

    .period,
    .caption,
    .note,
    .hint {
      color: var(--_dvc-muted);
    }

    .chooser {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: end;
    }

    .chooser .input {
      inline-size: auto;
      min-inline-size: 12rem;
    }

    .error-box {
      padding: 1rem;
      border: 4px solid var(--_dvc-error);
    }

    .error-box > * + * {
      margin-block-start: 0.5rem;
    }

    .detail code {
      overflow-wrap: anywhere;
    }

    .headline {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 1rem;
      margin: 0;
    }

    .figure {
      display: flex;
      flex-direction: column;
      padding: 0.75rem 1rem;
      border-inline-start: 4px solid var(--_dvc-accent);
      background: #f3f2f1;
    }

    .figure dt {
      font-weight: 600;
    }

    .figure dd {
      margin: 0;
    }

    /* The value first on screen; label first for a screen reader (dt, then dd). */
    .figure .value {
      order: -1;
      font-size: 2em;
      font-weight: 700;
      line-height: 1.2;
      font-variant-numeric: tabular-nums;
    }

    .chart {
      margin: 0;
    }

    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 0 0 0.5rem;
      padding: 0;
      list-style: none;
    }

    .legend li {
      display: inline-flex;
      gap: 0.375rem;
      align-items: center;
    }

    .swatch {
      border: 1px solid var(--_dvc-text);
    }

    .plot {
      display: block;
      max-inline-size: 100%;
      block-size: auto;
      overflow: visible;
    }

    .plot text {
      font-size: 13px;
      fill: var(--_dvc-text);
    }

    .plot .grid {
      stroke: #d8d8d8;
    }

    .plot .axis {
      stroke: var(--_dvc-text);
    }

    .segment {
      stroke: var(--_dvc-bg);
      stroke-width: 1;
    }

    .segment--early {
      fill: var(--_dvc-early);
    }

    .fill--onTime {
      fill: var(--_dvc-on-time);
    }

    .fill--late {
      fill: var(--_dvc-late);
    }

    .hatch {
      fill: var(--_dvc-bg);
      opacity: 0.7;
    }

    .table-region {
      overflow-x: auto;
      max-inline-size: 100%;
    }

    .table-region:focus-visible {
      outline: 3px solid var(--_dvc-focus);
      outline-offset: 2px;
    }

    table {
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }

    caption {
      margin-block-end: 0.5rem;
      font-size: 1.125em;
      font-weight: 700;
      text-align: start;
    }

    th,
    td {
      padding: 0.375rem 0.75rem;
      border-block-end: 1px solid var(--_dvc-border);
      vertical-align: top;
    }

    th {
      text-align: start;
    }

    thead th {
      font-size: 0.875em;
    }

    td {
      text-align: end;
    }

    tfoot th,
    tfoot td {
      font-weight: 700;
      border-block-end: 0;
      border-block-start: 2px solid var(--_dvc-text);
    }

    @media (forced-colors: active) {
      .segment,
      .swatch {
        forced-color-adjust: none;
      }
    }
  `,
];
