import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

/**
 * The same tokens as `<dvc-dossier-form>`: public `--dvc-*` custom properties read once on the fieldset and
 * copied to private `--_dvc-*` ones, so inner rules depend on the page only through these tokens.
 */
export const styles = [
  baseStyles,
  css`
  .base {
    --_dvc-listbox-height: var(--dvc-address-picker-listbox-max-height, 16rem);
    display: flex;
    flex-direction: column;
    gap: var(--_dvc-gap);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .legend {
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 700;
    font-size: 1.125em;
  }

  .field {
    min-inline-size: 0;
  }

  .label {
    display: block;
    margin-block-end: 0.25rem;
    font-weight: 700;
  }

  .required {
    margin-inline-start: 0.25em;
    color: var(--_dvc-error);
  }

  .hint {
    margin-block-end: 0.375rem;
    color: var(--_dvc-muted);
  }

  .hint:empty {
    display: none;
  }

  .error {
    margin: 0 0 0.375rem;
    font-weight: 700;
    color: var(--_dvc-error);
  }

  .field--error {
    border-inline-start: 4px solid var(--_dvc-error);
    padding-inline-start: 0.75rem;
  }

  .combo {
    position: relative;
    max-inline-size: 36rem;
  }

  .input {
    display: block;
    inline-size: 100%;
    max-inline-size: 36rem;
    min-block-size: 2.5rem;
    margin: 0;
    padding: 0.375rem 0.5rem;
    font: inherit;
    color: var(--_dvc-text);
    background: var(--_dvc-bg);
    border: 2px solid var(--_dvc-border);
    border-radius: var(--_dvc-radius);
  }

  .input[role='combobox'] {
    padding-inline-end: 2rem;
    /* A chevron that says "this opens a list"; drawn with the text colour so it follows forced colours. */
    background-image: linear-gradient(45deg, transparent 50%, var(--_dvc-text) 50%),
      linear-gradient(135deg, var(--_dvc-text) 50%, transparent 50%);
    background-position: calc(100% - 1rem) 50%, calc(100% - 0.625rem) 50%;
    background-size: 0.375rem 0.375rem;
    background-repeat: no-repeat;
  }

  .input[aria-invalid='true'] {
    border-color: var(--_dvc-error);
  }

  .input[readonly] {
    background-color: #f3f2f1;
  }

  .input:disabled {
    cursor: not-allowed;
    background-color: #f3f2f1;
    color: var(--_dvc-muted);
  }

  .input:focus,
  .button:focus {
    outline: 3px solid var(--_dvc-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_dvc-text);
  }

  .popup {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    inset-block-start: 100%;
    margin: 0.125rem 0 0;
    background: var(--_dvc-bg);
    border: 2px solid var(--_dvc-border);
    border-radius: var(--_dvc-radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }

  .listbox {
    max-block-size: var(--_dvc-listbox-height);
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    overscroll-behavior: contain;
  }

  .option {
    padding: 0.375rem 0.5rem;
    cursor: pointer;
  }

  .option:hover {
    background: #f3f2f1;
  }

  .option[aria-selected='true'] {
    color: var(--_dvc-accent-contrast);
    background: var(--_dvc-accent);
  }

  .popup-note {
    margin: 0;
    padding: 0.375rem 0.5rem;
    color: var(--_dvc-muted);
  }

  .button {
    display: inline-block;
    margin: 0 0 0 0.5rem;
    padding: 0.125rem 0.75rem;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    color: var(--_dvc-text);
    background: #f3f2f1;
    border: 2px solid #b1b4b6;
    border-radius: var(--_dvc-radius);
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .input:focus,
    .button:focus {
      outline-color: Highlight;
    }

    .option[aria-selected='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`,
];
