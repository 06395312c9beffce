import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { fieldStyles } from '../shared/field.styles.js';

/**
 * The same tokens and field look as `<dvc-dossier-form>` (`baseStyles`, `fieldStyles`); here the combobox and its
 * popup.
 */
export const styles = [
  baseStyles,
  fieldStyles,
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

  /* The commune's hint is a live region, there while empty. */
  .hint:empty {
    display: none;
  }

  .combo {
    position: relative;
    max-inline-size: 36rem;
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

  .input:disabled {
    cursor: not-allowed;
    background-color: #f3f2f1;
    color: var(--_dvc-muted);
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

  /* The retry button, inside the commune's hint. */
  .button {
    margin-inline-start: 0.5rem;
    padding: 0.125rem 0.75rem;
  }

  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`,
];
