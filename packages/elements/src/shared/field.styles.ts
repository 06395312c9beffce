import { css } from 'lit';

/**
 * The look of the field scaffold (`shared/field.ts`) and of the controls every dvc form element draws the same
 * way: label, legend, required mark, hint, error, the invalid field's bar, text inputs, buttons and the focus ring.
 * Reads the private `--_dvc-*` tokens that `baseStyles` sets on `.base`; an element adds its own rules after it.
 */
export const fieldStyles = css`
  .field {
    min-inline-size: 0;
  }

  .label,
  .legend {
    display: block;
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 700;
  }

  /* A group's legend (an address, an object): a little larger than a field's label. */
  .legend {
    margin-block-end: 0.5rem;
    font-size: 1.125em;
  }

  .required {
    margin-inline-start: 0.25em;
    color: var(--_dvc-error);
  }

  .hint {
    margin: 0 0 0.375rem;
    color: var(--_dvc-muted);
  }

  .error {
    margin: 0 0 0.375rem;
    padding: 0;
    list-style: none;
    font-weight: 700;
    color: var(--_dvc-error);
  }

  /* Two classes: wins over an element's own .field padding. */
  .field.field--error {
    border-inline-start: 4px solid var(--_dvc-error);
    padding-inline-start: 0.75rem;
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

  .input[aria-invalid='true'] {
    border-color: var(--_dvc-error);
  }

  .input[readonly] {
    background-color: #f3f2f1;
  }

  .button {
    display: inline-block;
    margin: 0;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    color: var(--_dvc-text);
    background: #f3f2f1;
    border: 2px solid #b1b4b6;
    border-radius: var(--_dvc-radius);
    cursor: pointer;
  }

  .button:disabled {
    cursor: not-allowed;
  }

  :is(.input, .button):focus {
    outline: 3px solid var(--_dvc-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_dvc-text);
  }

  @media (forced-colors: active) {
    :is(.input, .button):focus {
      outline-color: Highlight;
    }
  }
`;
