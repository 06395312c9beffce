/**
 * Labelled fields and the error summary of the console's forms, the GOV.UK way: each field's label, hint and error
 * linked by id; after a failed submit a summary (an inner `role="alert"`) takes focus and links each error to its
 * field; inline errors start with a visually hidden "Lỗi:". A control is found by its `data-pointer`, the JSON
 * Pointer of its value in the request, so the server's per-field errors land on the same fields as the page's own.
 */
import type { FieldError } from './actions.js';
import { h, uniqueId } from './dom.js';
import type { ConsoleText } from './text.js';

export type { FieldError };

interface FieldOptions {
  label: string;
  pointer: string;
  hint?: string;
  required?: boolean;
  /** Required in some cases only, as the hint says: neither "(bắt buộc)" nor "(không bắt buộc)". */
  conditional?: boolean;
  text: ConsoleText;
}

function labelWithMark(options: FieldOptions): (Node | string)[] {
  if (options.conditional) return [options.label];
  return [options.label, ' ', h('span', { class: 'field-mark' }, options.required ? options.text.required : options.text.optional)];
}

function hintOf(options: FieldOptions, id: string): HTMLElement | undefined {
  return options.hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, options.hint) : undefined;
}

/** A text-like input (or a `<select>`/`<textarea>` given as `control`) with its label and hint. */
export function field(
  options: FieldOptions & { control?: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement; type?: string; autocomplete?: string; name?: string },
): { wrapper: HTMLElement; control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement } {
  const id = uniqueId('field');
  const control = options.control ?? h('input', { type: options.type ?? 'text', autocomplete: options.autocomplete });
  control.id = id;
  control.name = options.name ?? options.pointer;
  control.dataset.pointer = options.pointer;
  if (options.required) control.setAttribute('aria-required', 'true');
  const hint = hintOf(options, id);
  if (hint) control.setAttribute('aria-describedby', hint.id);
  const wrapper = h('div', { class: 'field' }, h('label', { for: id }, ...labelWithMark(options)), hint, control);
  return { wrapper, control };
}

/** Radio buttons in a fieldset: the fieldset carries the pointer, the first radio takes focus from the summary. */
export function radioGroup(options: FieldOptions & { choices: readonly { value: string; label: string }[] }): HTMLFieldSetElement {
  const id = uniqueId('group');
  const hint = hintOf(options, id);
  const fieldset = h('fieldset', { class: 'field', id, 'data-pointer': options.pointer, 'aria-describedby': hint?.id }, h('legend', {}, ...labelWithMark(options)), hint);
  for (const choice of options.choices) {
    const radioId = uniqueId('radio');
    fieldset.append(
      h('div', { class: 'radio' }, h('input', { type: 'radio', id: radioId, name: options.pointer, value: choice.value }), h('label', { for: radioId }, choice.label)),
    );
  }
  return fieldset;
}

/** The place of a form's error summary: first in the form, empty and out of the way until errors come. */
export function errorSummarySlot(): HTMLElement {
  return h('div', { class: 'error-summary', tabindex: '-1', hidden: true });
}

/** The control of a pointer, or the first one inside it (the server may point at `/items/0` for its name and note). */
function controlFor(form: HTMLElement, pointer: string): HTMLElement | undefined {
  const controls = [...form.querySelectorAll<HTMLElement>('[data-pointer]')];
  return controls.find((element) => element.dataset.pointer === pointer) ?? controls.find((element) => element.dataset.pointer?.startsWith(`${pointer}/`));
}

function focusTarget(control: HTMLElement): HTMLElement {
  return control instanceof HTMLFieldSetElement ? (control.querySelector<HTMLElement>('input, select, textarea') ?? control) : control;
}

/** Removes every error mark and empties the summary. */
export function clearErrors(form: HTMLElement): void {
  for (const error of form.querySelectorAll('.field-error')) error.remove();
  for (const element of form.querySelectorAll<HTMLElement>('[data-pointer]')) {
    element.removeAttribute('aria-invalid');
    element.closest('.field')?.classList.remove('field--error');
    const described = (element.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '' && !id.endsWith('-error'));
    if (described.length > 0) element.setAttribute('aria-describedby', described.join(' '));
    else element.removeAttribute('aria-describedby');
  }
  const summary = form.querySelector<HTMLElement>('.error-summary');
  if (summary) {
    summary.replaceChildren();
    summary.hidden = true;
  }
}

/**
 * Marks the fields in error and fills the summary (errors with no field of their own, such as the server's 409, are
 * listed without a link); the summary takes focus.
 */
export function showErrors(form: HTMLElement, errors: readonly FieldError[], text: ConsoleText): void {
  clearErrors(form);
  const summary = form.querySelector<HTMLElement>('.error-summary');
  const items: HTMLElement[] = [];
  const marked = new Set<HTMLElement>();
  for (const error of errors) {
    const control = error.pointer === '' ? undefined : controlFor(form, error.pointer);
    if (!control) {
      items.push(h('li', {}, error.message));
      continue;
    }
    const target = focusTarget(control);
    const link = h('a', { href: `#${target.id}` }, error.message);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      target.focus();
      (control.closest('.field')?.querySelector('label, legend') ?? control).scrollIntoView({ block: 'center' });
    });
    items.push(h('li', {}, link));
    if (marked.has(control)) continue;
    marked.add(control);
    const errorId = `${control.id}-error`;
    const inline = h('p', { class: 'field-error', id: errorId }, h('span', { class: 'visually-hidden' }, `${text.errorPrefix} `), error.message);
    const wrapper = control instanceof HTMLFieldSetElement ? control : control.closest('.field');
    wrapper?.classList.add('field--error');
    if (control instanceof HTMLFieldSetElement) control.querySelector('legend')?.after(inline);
    else control.before(inline);
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
  }
  if (!summary) return;
  const headingId = uniqueId('summary');
  summary.replaceChildren(
    h('div', { role: 'alert', 'aria-labelledby': headingId }, h('h3', { class: 'error-summary-title', id: headingId }, text.errorSummary), h('ul', { class: 'error-summary-list' }, items)),
  );
  summary.hidden = false;
  summary.focus();
}
