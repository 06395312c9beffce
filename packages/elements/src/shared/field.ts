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
 * A control's inline error (part `field-error`), each message led by a visually hidden "Lỗi:" (`prefix`), as GOV.UK
 * does: one message as a paragraph, a list (several files rejected at once) as a list. Nothing when there is none.
 */
export function renderError(id: string, messages: string | readonly string[], prefix: string): unknown {
  if (typeof messages === 'string') {
    return messages
      ? html`<p class="error" id=${errorId(id)} part="field-error"><span class="visually-hidden">${prefix} </span>${messages}</p>`
      : nothing;
  }
  if (messages.length === 0) return nothing;
  return html`<ul class="error" id=${errorId(id)} part="field-error">
    ${messages.map((message) => html`<li><span class="visually-hidden">${prefix} </span>${message}</li>`)}
  </ul>`;
}

/** The `aria-describedby` of a control: its hint and its error when they show, else undefined (no attribute). */
export function describedBy(id: string, shows: { readonly hint?: boolean; readonly error?: boolean }): string | undefined {
  const ids = [shows.hint ? hintId(id) : '', shows.error ? errorId(id) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Class and parts of a field's wrapper: marked `field--error` and part `field-invalid` while its error shows. */
export function fieldWrapper(invalid: boolean): { class: string; part: string } {
  return invalid ? { class: 'field field--error', part: 'field field-invalid' } : { class: 'field', part: 'field' };
}
