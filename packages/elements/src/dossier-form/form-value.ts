import type { FieldError, FormState } from '@dvc-kit/form-engine/core';
import type { Messages } from '../messages/index.js';
import { summaryText } from './layout.js';

/** What the form reports as its validity: a message ('' when valid) and the field of the first error. */
export interface FormValidity {
  readonly message: string;
  readonly first?: FieldError;
}

/** The form's validity: the schema's problem, the wait, or the first field error (with its field as the anchor). */
export function validityOf(state: FormState | null, broken: boolean, m: Messages): FormValidity {
  if (!state) return { message: broken ? m.schemaErrorTitle : m.loading };
  if (state.valid) return { message: '' };
  const first = state.errors[0];
  return { message: first ? summaryText(first) : m.errorSummaryTitle, first };
}

/**
 * The value the form contributes to a native `<form>`: its submit data as JSON. Serialising a large dossier on every
 * keystroke costs milliseconds, so the value is written once the citizen pauses, and at the latest when the owning
 * form builds its entry list (the `formdata` event, which every submission and `new FormData(form)` fires).
 */
export class FormValue {
  /** Hands the value to the form (ElementInternals.setFormValue). */
  readonly #write: (value: string | null) => void;
  /** The entry's name, or null when the element contributes nothing (no name, or disabled). */
  readonly #entryName: () => string | null;
  #data: unknown = Symbol('none');
  #timer: ReturnType<typeof setTimeout> | undefined;
  #owner: HTMLFormElement | null = null;

  constructor(write: (value: string | null) => void, entryName: () => string | null) {
    this.#write = write;
    this.#entryName = entryName;
  }

  /** The form's state after an update: no value at once while loading or broken, else once the citizen pauses. */
  update(state: FormState | null): void {
    if (!state) {
      this.#data = null;
      this.#flush();
    } else if (state.submitData !== this.#data) {
      this.#data = state.submitData;
      this.#timer ??= setTimeout(() => this.#flush(), 50);
    }
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
    this.#write(value);
    return value;
  }

  readonly #onFormData = (event: FormDataEvent): void => {
    if (this.#timer === undefined) return;
    const value = this.#flush();
    const name = this.#entryName();
    if (name && value !== null) event.formData.set(name, value);
  };
}
