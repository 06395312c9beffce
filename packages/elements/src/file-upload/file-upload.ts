import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// Its own entry, not core: only a page with uploads loads it (core's modules go into the page up front).
import { isSafeUrl } from '@dvc-kit/form-engine/safe-url';
import { repeat } from 'lit/directives/repeat.js';
import { DvcChangeEvent } from '../events/dvc-change.js';
import { DvcFormControl, type ControlValidity } from '../shared/form-control.js';
import { upgradeProperties } from '../shared/upgrade-properties.js';
import { errorId, hintId, renderHint, renderRequiredMark } from '../shared/field.js';
import { FILE_MESSAGES, type FileMessages } from './messages.js';
import { LocaleController, resolveLocale } from '../shared/locale.js';
import { styles } from './file-upload.styles.js';
import {
  DEFAULT_MAX_BYTES,
  acceptAttribute,
  acceptLabels,
  fileMeta,
  formatBytes,
  sameFile,
  sortFiles,
  toFileMetaList,
  type FileMeta,
  type Rejection,
} from './internal/file-rules.js';

export type { FileMeta, Rejection };

/** One attached file: its metadata, and the `File` when the citizen chose it in this session (not for a prefill). */
type Entry = { readonly key: number; readonly meta: FileMeta; readonly file: File | null };

let nextKey = 1;

/** Id of the native file input: its hint is `input-hint`, its error `input-error`. */
const INPUT_ID = 'input';

function sameMeta(a: FileMeta, b: FileMeta): boolean {
  return sameFile(a, b) && a.type === b.type;
}


/**
 * The upload control of one dossier component (thành phần hồ sơ): a native file input styled as a button, and a
 * drop zone around it for drag-and-drop. Type and size of each file are checked before it is attached; rejected
 * files get a message each and are not attached. Form-associated: inside a native `<form>` it sends each chosen
 * `File` under its `name`.
 *
 * @summary Attach the files of one dossier component.
 *
 * @fires {CustomEvent<{ data: FileMeta[]; valid: boolean }>} dvc-change - The citizen attached, replaced or removed files (`DvcChangeEvent`).
 *
 * @csspart base - The fieldset grouping the control.
 * @csspart legend - The legend: the component's name.
 * @csspart field-hint - The help text.
 * @csspart template-link - The link to the form template ("Tải mẫu đơn").
 * @csspart field-error - The list of inline errors (rejected files, a missing required file).
 * @csspart drop-zone - The area that takes dropped files; holds the choose button.
 * @csspart choose-button - The visible button (the label of the native file input).
 * @csspart constraints - Accepted types and the size limit.
 * @csspart file-list - The list of attached files.
 * @csspart file - One attached file.
 * @csspart file-name - A file's name.
 * @csspart file-size - A file's size.
 * @csspart remove-button - The button that removes one file.
 *
 * @cssprop --dvc-font-family - Font.
 * @cssprop --dvc-font-size - Base font size.
 * @cssprop --dvc-color-text - Text colour.
 * @cssprop --dvc-color-muted - Hint and size text colour.
 * @cssprop --dvc-color-background - Background of the buttons.
 * @cssprop --dvc-color-border - Border of the buttons and the drop zone.
 * @cssprop --dvc-color-accent - The template link, and the drop zone border while files are dragged over it.
 * @cssprop --dvc-color-error - Error messages.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-radius - Corner radius of the buttons and the drop zone.
 * @cssprop --dvc-file-upload-drop-zone-background - Background of the drop zone.
 * @cssprop --dvc-file-upload-drop-zone-active-background - Background of the drop zone while files are dragged over it.
 *
 * @cssstate invalid - The value is not valid (required and no file).
 * @cssstate user-invalid - An error is shown.
 * @cssstate dragging - Files are being dragged over the drop zone.
 * @cssstate has-files - At least one file is attached.
 */
export class DvcFileUpload extends DvcFormControl {
  static override styles = styles;
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /**
   * The reactive properties and their attributes, declared without decorators so that the chunk loads none of
   * Lit's decorator code. Each property is documented where its field is declared below.
   */
  static override properties = {
    lang: { reflect: true },
    label: {},
    hint: {},
    accept: { type: Array },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    multiple: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    name: { reflect: true },
    template: {},
    errorMessage: { attribute: 'error-message' },
    _entries: { state: true },
    _rejections: { state: true },
    _announcement: { state: true },
    _touched: { state: true },
    _submitted: { state: true },
    _dragging: { state: true },
  };

  /** `vi` or `en`. When absent: the nearest ancestor's `lang`, then `<html lang>`, else `vi`. */
  override lang = '';

  /** The dossier component's name, shown as the legend; "Tệp đính kèm" / "Attachment" by default. */
  label?: string;

  /** Help text under the legend. */
  hint?: string;

  /** Accepted MIME types and/or extensions (`['.pdf', 'image/jpeg']`); every type when empty. */
  accept: string[] = [];

  /** Largest size of one file, in bytes; 10 MB by default. 0 or less: no limit (attribute `max-bytes`). */
  maxBytes = DEFAULT_MAX_BYTES;

  /** Several files may be attached; otherwise a new file replaces the old one. */
  multiple = false;

  /** At least one file must be attached. */
  required = false;

  /** Nothing can be attached or removed; nothing is sent with a native form. */
  disabled = false;

  /** The files are listed; none can be attached or removed. Never invalid. */
  readonly = false;

  /** Name under which each chosen `File` is sent with a native `<form>`. */
  name = '';

  /**
   * URL of a form template to download and fill in ("Tải mẫu đơn"). Only an http(s) or relative URL becomes a link
   * (`isSafeUrl`); any other (`javascript:`, `data:`, …) shows no link, as a schema's links are not to be trusted.
   */
  template?: string;

  /**
   * An error from the page or a host form (`<dvc-dossier-form>` hands over its check of the dossier component):
   * listed after rejected files, in place of the upload's own "missing file" message, and read with the file input,
   * which is marked invalid. While set, the upload is invalid (`customError`) unless its own check already fails.
   * Empty: none (attribute `error-message`).
   */
  errorMessage = '';

  // Internal reactive state (declared in `properties`).
  private _entries: readonly Entry[] = [];
  private _rejections: readonly Rejection[] = [];
  private _announcement = '';
  private _touched = false;
  private _submitted = false;
  private _dragging = false;

  readonly #localeController = new LocaleController(this);
  #messages: FileMessages = FILE_MESSAGES.vi;
  /** The value set by code: what a form reset restores. */
  #defaultEntries: readonly Entry[] = [];
  #dragDepth = 0;
  /** Where focus goes after the update (a remove button by key, or the input). */
  #focusAfterUpdate: number | 'input' | null = null;

  constructor() {
    super();
    upgradeProperties(this, ['value']);
  }

  // ---------------------------------------------------------------- public API

  /**
   * Metadata `{name, size, type, lastModified}` of every attached file, in order. Setting it is a prefill: the
   * files show as already attached (without a `File`), errors are reset, no event fires, and a form reset
   * restores it.
   */
  get value(): FileMeta[] {
    return this._entries.map((entry) => ({ ...entry.meta }));
  }

  set value(value: readonly FileMeta[] | null | undefined) {
    const metas = toFileMetaList(value);
    // The same list again (a host form echoing back what the citizen chose) changes nothing and keeps the Files.
    const current = this._entries;
    if (metas.length === current.length && metas.every((meta, i) => sameMeta(meta, current[i]!.meta))) return;
    // A file the citizen chose keeps its File when the host sets a list that still names it.
    const entries = metas.map((meta) => {
      const chosen = current.find((entry) => entry.file && sameMeta(meta, entry.meta));
      return { key: chosen?.key ?? nextKey++, meta, file: chosen?.file ?? null };
    });
    this._entries = entries;
    this.#defaultEntries = entries;
    this._rejections = [];
    this._announcement = '';
    this._touched = false;
    this._submitted = false;
  }

  /** The `File` objects the citizen chose in this session, in the order of their `value` entries. */
  get files(): File[] {
    return this._entries.flatMap((entry) => (entry.file ? [entry.file] : []));
  }

  /** Whether the current value is valid. */
  get valid(): boolean {
    return !this.#isMissing();
  }

  // ------------------------------------------------------ form-associated callbacks

  /** @internal */
  formResetCallback(): void {
    this._entries = this.#defaultEntries;
    this._rejections = [];
    this._announcement = '';
    this._touched = false;
    this._submitted = false;
  }

  /** @internal */
  formStateRestoreCallback(saved: unknown): void {
    // The state saved is the FormData of the chosen files (history navigation, autofill).
    if (!(saved instanceof FormData)) return;
    const files = [...saved.values()].filter((v): v is File => v instanceof File);
    this._entries = files.map((file) => ({ key: nextKey++, meta: fileMeta(file), file }));
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang')) this.#localeController.locale = resolveLocale(this);
    this.#messages = FILE_MESSAGES[this.#localeController.locale];
  }

  protected override updated(): void {
    this.#syncInternals();
    const target = this.#focusAfterUpdate;
    this.#focusAfterUpdate = null;
    if (target === 'input') this.#input()?.focus();
    else if (target !== null) this.renderRoot.querySelector<HTMLElement>(`[data-key="${target}"]`)?.focus();
  }

  // ---------------------------------------------------------------- validity

  get #inert(): boolean {
    return this.disabled || this._formDisabled || this.readonly;
  }

  #input(): HTMLInputElement | null {
    return (this.shadowRoot?.getElementById(INPUT_ID) as HTMLInputElement | null) ?? null;
  }

  #isMissing(): boolean {
    return this.required && !this.readonly && this._entries.length === 0;
  }

  #missingText(): string {
    return this.label ? this.#messages.fileMissing(this.label) : this.#messages.fileMissingAny;
  }

  #locale(): 'vi' | 'en' {
    return this.#localeController.locale;
  }

  protected override _currentValidity(): ControlValidity | null {
    if (this.#isMissing()) return { flags: { valueMissing: true }, message: this.#missingText(), anchor: INPUT_ID };
    return this.errorMessage ? { flags: { customError: true }, message: this.errorMessage, anchor: INPUT_ID } : null;
  }

  /** `focus()` goes to the file input (not to the template link before it). */
  protected override _focusTarget(): HTMLElement | null {
    return this.#input();
  }

  #syncInternals(): void {
    const files = this.files;
    let formValue: FormData | null = null;
    if (files.length && this.name) {
      formValue = new FormData();
      for (const file of files) formValue.append(this.name, file);
    }
    this._setFormValue(formValue);
    this._syncValidity();
    this._setStates({
      invalid: this.#isMissing(),
      'user-invalid': this.#errors().length > 0,
      dragging: this._dragging,
      'has-files': this._entries.length > 0,
    });
  }

  /** Show the error; focus the input when asked. */
  async #reveal(focus: boolean): Promise<void> {
    this._submitted = true;
    await this.updateComplete;
    if (focus) this.#input()?.focus();
  }

  /** A citizen's native submit failed: show the errors, focusing the file input when asked to. */
  protected override _revealInvalid(takeFocus: boolean): boolean {
    void this.#reveal(takeFocus);
    return true;
  }

  /** The inline errors shown: each rejected file, then the error given by the host, else the missing file once touched or reported. */
  #errors(): string[] {
    const m = this.#messages;
    const locale = this.#locale();
    const types = acceptLabels(this.accept).join(', ');
    const max = formatBytes(this.maxBytes, locale);
    const errors = this._rejections.map((r) => {
      switch (r.reason) {
        case 'type':
          return m.fileWrongType(r.name, types);
        case 'size':
          return m.fileTooLarge(r.name, max);
        case 'empty':
          return m.fileEmpty(r.name);
        case 'single':
          return m.fileOnlyOne(r.name);
      }
    });
    // The host's error says what is missing its own way (a form's required component): never both.
    if (this.errorMessage) errors.push(this.errorMessage);
    else if (this.#isMissing() && (this._touched || this._submitted)) errors.push(this.#missingText());
    return errors;
  }

  // ---------------------------------------------------------------- behaviour

  /** Attach files the citizen chose or dropped: check them, keep the good ones, say what happened. */
  #take(chosen: readonly File[]): void {
    if (this.#inert || chosen.length === 0) return;
    const { accepted, rejected } = sortFiles(chosen, { accept: this.accept, maxBytes: this.maxBytes, multiple: this.multiple });
    this._rejections = rejected;
    this._touched = true;
    const m = this.#messages;
    const added: Entry[] = accepted.map((file) => ({ key: nextKey++, meta: fileMeta(file), file }));
    const messages: string[] = [];
    if (added.length > 0) {
      if (this.multiple) {
        // A file chosen again replaces its earlier copy, in place.
        const kept = this._entries.filter((e) => !added.some((a) => sameFile(a.meta, e.meta)));
        this._entries = [...kept, ...added];
      } else {
        this._entries = added;
      }
      messages.push(m.fileAdded(added.map((e) => e.meta.name).join(', ')));
    }
    messages.push(...this.#errors().slice(0, rejected.length));
    this.#announce(messages.join(' '));
    if (added.length > 0) this.#emitChange();
  }

  #remove(key: number): void {
    if (this.#inert) return;
    const index = this._entries.findIndex((e) => e.key === key);
    const entry = this._entries[index];
    if (!entry) return;
    const next = this._entries.filter((e) => e.key !== key);
    this._entries = next;
    this._rejections = [];
    this._touched = true;
    // Focus the next file's remove button, else the previous one's, else the file input.
    const neighbour = next[index] ?? next[index - 1];
    this.#focusAfterUpdate = neighbour ? neighbour.key : 'input';
    this.#announce(this.#messages.fileRemoved(entry.meta.name));
    this.#emitChange();
  }

  /** Say `text` in the live region; the same text twice is still announced. */
  #announce(text: string): void {
    this._announcement = text && text === this._announcement ? `${text}\u00a0` : text;
  }

  #emitChange(): void {
    this.dispatchEvent(new DvcChangeEvent({ data: this.value, valid: this.valid }));
  }

  #onChange(event: Event): void {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    // Clear the native input: the list below is the value, and choosing the same file again fires `change`.
    input.value = '';
    this.#take(chosen);
  }

  #hasFiles(event: DragEvent): boolean {
    const types = event.dataTransfer?.types;
    return !!types && [...types].includes('Files');
  }

  #onDragEnter(event: DragEvent): void {
    if (this.#inert || !this.#hasFiles(event)) return;
    event.preventDefault();
    this.#dragDepth++;
    this._dragging = true;
  }

  #onDragOver(event: DragEvent): void {
    if (!this.#hasFiles(event)) return;
    // Without preventDefault the browser would open the dropped file instead.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = this.#inert ? 'none' : 'copy';
  }

  #onDragLeave(): void {
    this.#dragDepth = Math.max(0, this.#dragDepth - 1);
    if (this.#dragDepth === 0) this._dragging = false;
  }

  #onDrop(event: DragEvent): void {
    if (!this.#hasFiles(event)) return;
    event.preventDefault();
    this.#dragDepth = 0;
    this._dragging = false;
    this.#take([...(event.dataTransfer?.files ?? [])]);
  }

  #onRemoveClick(event: MouseEvent): void {
    this.#remove(Number((event.currentTarget as HTMLElement).dataset.key));
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const m = this.#messages;
    const errors = this.#errors();
    const disabled = this.disabled || this._formDisabled;
    const legend = this.label || m.fileLegend;
    // The whole fieldset takes drops (the drop zone shows where): a file dropped just beside the zone must not make
    // the browser open it in place of the half-filled dossier.
    return html`<fieldset
      class=${errors.length ? 'base field field--error' : 'base field'}
      part="base"
      ?disabled=${disabled}
      @dragenter=${this.#onDragEnter}
      @dragover=${this.#onDragOver}
      @dragleave=${this.#onDragLeave}
      @drop=${this.#onDrop}
    >
      <legend class="label" id="legend" part="legend">${legend}${renderRequiredMark(this.required && !this.readonly)}</legend>
      ${renderHint(INPUT_ID, this.hint)}
      ${isSafeUrl(this.template)
        ? html`<a class="template" part="template-link" href=${this.template} download
            >${m.fileTemplate}<span class="visually-hidden"> (${legend})</span></a
          >`
        : nothing}
      ${errors.length
        ? html`<ul class="error" id=${errorId(INPUT_ID)} part="field-error">
            ${errors.map((e) => html`<li><span class="visually-hidden">${m.errorPrefix} </span>${e}</li>`)}
          </ul>`
        : nothing}
      ${this.readonly ? nothing : this.#renderDropZone(errors.length > 0, disabled)} ${this.#renderList(disabled)}
      <div class="visually-hidden" role="status">${this._announcement}</div>
    </fieldset>`;
  }

  #renderDropZone(invalid: boolean, disabled: boolean): TemplateResult {
    const m = this.#messages;
    const types = acceptLabels(this.accept).join(', ');
    const describedBy = [this.hint ? hintId(INPUT_ID) : '', 'constraints', invalid ? errorId(INPUT_ID) : ''].filter(Boolean).join(' ');
    return html`<div class=${this._dragging ? 'drop-zone drop-zone--active' : 'drop-zone'} part="drop-zone">
      <input
        id=${INPUT_ID}
        class="file-input"
        type="file"
        accept=${ifDefined(acceptAttribute(this.accept) || undefined)}
        aria-labelledby="legend choose"
        aria-describedby=${describedBy}
        aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        ?multiple=${this.multiple}
        ?required=${this.required && this._entries.length === 0}
        ?disabled=${disabled}
        @change=${this.#onChange}
      />
      <label class="button" id="choose" for=${INPUT_ID} part="choose-button">${m.fileChoose(this.multiple)}</label>
      <span class="drop-text">${m.fileDropHint}</span>
      <p class="constraints" id="constraints" part="constraints">${m.fileConstraints(types, formatBytes(this.maxBytes, this.#locale()))}</p>
    </div>`;
  }

  #renderList(disabled: boolean): unknown {
    if (this._entries.length === 0) return nothing;
    const m = this.#messages;
    const locale = this.#locale();
    return html`<ul class="files" part="file-list" aria-label=${m.fileListLabel}>
      ${repeat(
        this._entries,
        (entry) => entry.key,
        (entry) => html`<li class="file" part="file">
          <span class="file-name" part="file-name">${entry.meta.name}</span>
          <span class="file-size" part="file-size">${formatBytes(entry.meta.size, locale)}</span>
          ${this.readonly
            ? nothing
            : html`<button
                type="button"
                class="button"
                part="remove-button"
                data-key=${entry.key}
                aria-label=${m.fileRemove(entry.meta.name)}
                ?disabled=${disabled}
                @click=${this.#onRemoveClick}
              >
                ${m.remove}
              </button>`}
        </li>`,
      )}
    </ul>`;
  }
}
