/**
 * The value the form contributes to a native `<form>`: its submit data as JSON. Serialising a large dossier on every
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

  constructor(internals: ElementInternals, entryName: () => string | null) {
    this.#internals = internals;
    this.#entryName = entryName;
  }

  /** New submit data: written once the citizen pauses. */
  set(data: unknown): void {
    if (data === this.#data) return;
    this.#data = data;
    this.#timer ??= setTimeout(() => this.#flush(), 50);
  }

  /** No value (loading or broken), at once. */
  clear(): void {
    this.#data = null;
    this.#flush();
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
