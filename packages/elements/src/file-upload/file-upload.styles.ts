import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { fieldStyles } from '../shared/field.styles.js';

/**
 * The same tokens and field look as `<dvc-dossier-form>` and `<dvc-address-picker>` (`baseStyles`, `fieldStyles`);
 * here the drop zone and the file list.
 */
export const styles = [
  baseStyles,
  fieldStyles,
  css`
  .base {
    --_dvc-drop-bg: var(--dvc-file-upload-drop-zone-background, #f3f2f1);
    --_dvc-drop-active-bg: var(--dvc-file-upload-drop-zone-active-background, #e8f1fb);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .template {
    display: inline-block;
    margin: 0 0 0.5rem;
    color: var(--_dvc-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .drop-zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    max-inline-size: 36rem;
    padding: 1rem;
    background: var(--_dvc-drop-bg);
    border: 2px dashed var(--_dvc-border);
    border-radius: var(--_dvc-radius);
  }

  .drop-zone--active {
    background: var(--_dvc-drop-active-bg);
    border-style: solid;
    border-color: var(--_dvc-accent);
  }

  .field--error .drop-zone {
    border-color: var(--_dvc-error);
  }

  .drop-text {
    color: var(--_dvc-text);
  }

  .constraints {
    flex-basis: 100%;
    margin: 0;
    color: var(--_dvc-muted);
  }

  /* The native input stays in the page (focusable, announced, opened with Enter or Space); its label is the button. */
  .file-input {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
    opacity: 0;
  }

  .button {
    padding: 0.375rem 0.875rem;
    background: var(--_dvc-bg);
    border-color: var(--_dvc-border);
  }

  .button:hover {
    background: #e8e8e8;
  }

  .file-input:disabled + .button,
  .button:disabled {
    cursor: not-allowed;
    color: var(--_dvc-muted);
    background: #f3f2f1;
  }

  .file-input:focus-visible + .button,
  .template:focus-visible {
    outline: 3px solid var(--_dvc-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_dvc-text);
  }

  .files {
    max-inline-size: 36rem;
    margin: 0.75rem 0 0;
    padding: 0;
    list-style: none;
  }

  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding: 0.5rem 0;
    border-block-end: 1px solid #b1b4b6;
  }

  .file-name {
    flex: 1 1 12rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    font-weight: 600;
  }

  .file-size {
    color: var(--_dvc-muted);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .file-input:focus-visible + .button,
    .template:focus-visible {
      outline-color: Highlight;
    }

    .drop-zone--active {
      border-color: Highlight;
    }
  }
`,
];
