import type { FormState } from '@dvc-kit/form-engine/core';
import type { Messages } from '../messages/index.js';
import { summaryText } from './layout.js';

/**
 * The value and validity the form reports to a native `<form>`: its submit data as JSON, and the first problem (the
 * schema's, the wait, or the first field error with its field as the anchor). Serialising a large dossier on every
 * keystroke costs milliseconds, so the value is written once the citizen pauses, and at the latest when the owning
 * form builds its entry list (the `formdata` event, which every submission and `new FormData(form)` fires).
 */
export class FormValue {
  readonly #internals: ElementInternals;
  /** The entry's name, or null when the element contributes nothing (no name, or disabled). */
  readonly #entryName: () => string | null;
  #data: unknown = Symbol('none');
  #timer: ReturnType<typeof setTimeout> | undefined;
  #owner: HTMLFormElement | null = null;
  #validityKey?: string;

  constructor(internals: ElementInternals, entryName: () => string | null) {
    this.#internals = internals;
    this.#entryName = entryName;
  }

  /** Reports the form's state after an update: no state while loading or broken (then `broken` says which). */
  sync(state: FormState | null, broken: boolean, m: Messages, root: ParentNode): void {
    if (!state) {
      // Loading or broken: no value, at once.
      this.#data = null;
      this.#flush();
    } else if (state.submitData !== this.#data) {
      // New submit data: written once the citizen pauses.
      this.#data = state.submitData;
      this.#timer ??= setTimeout(() => this.#flush(), 50);
    }
    const first = state && !state.valid ? state.errors[0] : undefined;
    const message = !state ? (broken ? m.schemaErrorTitle : m.loading) : state.valid ? '' : first ? summaryText(first) : m.errorSummaryTitle;
    // Set again only when it changed: finding the first problem's field costs a query.
    const key = first ? `${first.id}\n${first.message}` : message;
    if (key === this.#validityKey) return;
    this.#validityKey = key;
    const anchor = first && root.querySelector<HTMLElement>(`#${CSS.escape(first.id)}`);
    this.#internals.setValidity(message ? { customError: true } : {}, message, anchor ?? undefined);
  }

  /** The native form the element now belongs to (from formAssociatedCallback). */
  associate(form: HTMLFormElement | null): void {
    this.#owner?.removeEventListener('formdata', this.#onFormData);
    this.#owner = form;
    form?.addEventListener('formdata', this.#onFormData);
  }

  #flush(): string | null {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const data = this.#data;
    const value = data === undefined || data === null || typeof data === 'symbol' ? null : JSON.stringify(data);
    this.#internals.setFormValue(value);
    return value;
  }

  readonly #onFormData = (event: FormDataEvent): void => {
    if (this.#timer === undefined) return;
    const value = this.#flush();
    const name = this.#entryName();
    if (name && value !== null) event.formData.set(name, value);
  };
}
