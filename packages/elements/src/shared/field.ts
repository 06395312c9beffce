import { html, nothing, type TemplateResult } from 'lit';

/**
 * The scaffold every dvc field shares: label (or legend) with its required mark, hint and error, with the ids
 * `aria-describedby` uses. Ids derive from the control's: `<id>-label`, `<id>-hint`, `<id>-error`, so that
 * label, hint, error and control stay in one shadow root. Styled by `fieldStyles`.
 */

export const labelId = (id: string): string => `${id}-label`;
export const hintId = (id: string): string => `${id}-hint`;
export const errorId = (id: string): string => `${id}-error`;

/** The required mark after a label or legend; hidden from screen readers (the control says `required`). */
export function renderRequiredMark(required: boolean): unknown {
  return required ? html`<span class="required" aria-hidden="true">*</span>` : nothing;
}

/** A control's label with its required mark (part `field-label`). */
export function renderLabel(id: string, text: unknown, required: boolean): TemplateResult {
  return html`<label class="label" id=${labelId(id)} for=${id} part="field-label">${text}${renderRequiredMark(required)}</label>`;
}

/** A control's hint (part `field-hint`); nothing without text. */
export function renderHint(id: string, text: unknown): unknown {
  return text ? html`<div class="hint" id=${hintId(id)} part="field-hint">${text}</div>` : nothing;
}

/**
 * A control's inline error (part `field-error`), led by a visually hidden "Lỗi:" (`prefix`) as GOV.UK does; nothing
 * when `message` is empty.
 */
export function renderError(id: string, message: string, prefix: string): unknown {
  return message
    ? html`<p class="error" id=${errorId(id)} part="field-error"><span class="visually-hidden">${prefix} </span>${message}</p>`
    : nothing;
}


/**
 * The `aria-describedby` of a control: its hint and its error when they show, else undefined (no attribute).
 * Called for every input of a long form on each render: no array.
 */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  if (hint && error) return `${hintId(id)} ${errorId(id)}`;
  return hint ? hintId(id) : error ? errorId(id) : undefined;
}
