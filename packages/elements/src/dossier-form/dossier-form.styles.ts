import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { fieldStyles } from '../shared/field.styles.js';

/**
 * Public tokens are `--dvc-*` custom properties read once on the inner wrapper and copied to private
 * `--_dvc-*` ones, so inner rules never depend on page CSS except through these tokens.
 */
export const styles = [
  baseStyles,
  fieldStyles,
  css`
  .fields,
  .items,
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_dvc-gap);
  }

  /* A leaf field: skipped by layout and paint while off screen (long forms). The padding keeps focus rings
     inside the paint containment that content-visibility brings. */
  .field {
    content-visibility: auto;
    contain-intrinsic-size: auto 5rem;
    margin: -4px;
    padding: 4px;
  }

  /* After .field: a field made of several controls is a group too. */
  .base,
  .frame,
  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .object,
  .array,
  .alternatives,
  .item > .group {
    padding-inline-start: 1rem;
    border-inline-start: 4px solid #b1b4b6;
  }

  .group:focus {
    outline: none;
  }

  .group:focus-visible,
  .error-summary:focus {
    outline: 3px solid var(--_dvc-focus);
  }

  .section-legend {
    margin-block-end: 0.75rem;
  }

  /* The titles of a section, the error summary and the schema error box. */
  h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }

  .section-title {
    font-size: 1.5em;
  }

  .date-part-label {
    display: block;
    margin-block-end: 0.25rem;
  }

  .error-summary a {
    font-weight: 700;
  }

  .input--number,
  .input--integer,
  .input--time {
    max-inline-size: 14rem;
  }

  .date-parts {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }

  .input--day,
  .input--month {
    inline-size: 3.5rem;
  }

  .input--year {
    inline-size: 5rem;
  }

  textarea {
    resize: vertical;
  }

  .choice-input:focus,
  .error-summary a:focus {
    outline: 3px solid var(--_dvc-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_dvc-text);
  }

  .choices {
    gap: 0.5rem;
  }

  .choices--inline {
    flex-flow: row wrap;
    column-gap: 1.5rem;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }

  .choice-input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_dvc-accent);
  }

  .choice-label {
    padding-block-start: 0.0625rem;
  }

  .field--checkbox .hint {
    margin-inline-start: 2rem;
  }

  .const {
    margin: 0;
    white-space: pre-wrap;
    font: inherit;
  }

  .note,
  .empty {
    margin: 0 0 0.25rem;
    color: var(--_dvc-muted);
  }

  .items,
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .items,
  .empty {
    margin-block-end: 1rem;
  }

  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }

  .branch {
    margin-block-start: var(--_dvc-gap);
  }

  /* Secondary buttons (add, remove, move) are the shared .button. */
  .button--primary {
    color: var(--_dvc-accent-contrast);
    background: var(--_dvc-accent);
    border-color: transparent;
    box-shadow: 0 2px 0 #002d18;
  }

  .button--small {
    padding: 0.25rem 0.75rem;
    font-size: 0.9375em;
  }

  .button:disabled {
    opacity: 0.6;
  }

  .actions {
    margin-block-start: calc(var(--_dvc-gap) * 1.5);
  }

  .error-summary,
  .schema-error {
    padding: 1rem;
    border: 5px solid var(--_dvc-error);
  }

  .error-summary {
    margin-block-end: calc(var(--_dvc-gap) * 1.5);
  }

  .error-summary h2 {
    margin-block-end: 0.75rem;
  }

  .error-summary li + li {
    margin-block-start: 0.375rem;
  }

  .error-summary a {
    color: var(--_dvc-error);
    text-decoration: underline;
  }

  /* Also a .base: the private tokens are there. */
  .schema-error {
    color: var(--_dvc-text);
  }

  .schema-error h2 {
    margin-block-end: 0.5rem;
  }

  .schema-error ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }

  .loading {
    margin: 0;
    color: var(--_dvc-muted);
  }

  @media (forced-colors: active) {
    .choice-input:focus {
      outline-color: Highlight;
    }
  }
`,
];
