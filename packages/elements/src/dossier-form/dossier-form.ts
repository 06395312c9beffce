import { html, type PropertyValues, type TemplateResult } from 'lit';
import {
  createForm,
  isPrepared,
  type DossierForm,
  type FormOptions,
  type FormState,
  type FormatDefinition,
  type Locale,
  type Validator,
} from '@dvc-kit/form-engine/core';
import { DvcChangeEvent } from '../events/dvc-change.js';
import { DvcErrorEvent } from '../events/dvc-error.js';
import { DvcSubmitEvent } from '../events/dvc-submit.js';
import { hasLocale, loadMessages, messagesFor, type Messages } from '../messages/index.js';
import { DvcFormControl, type ControlValidity } from '../shared/form-control.js';
import { LocaleController, resolveLocale } from '../shared/locale.js';
import { upgradeProperties } from '../shared/upgrade-properties.js';
import { styles } from './dossier-form.styles.js';
import { FormModel, messageOf } from './form-model.js';
import { FormValue, validityOf } from './form-value.js';
import { FormInteraction } from './interaction.js';
import { LanguageWait } from './language-wait.js';
import { renderFrame, renderLoading, renderProblems } from './layout.js';
import type { FieldContext } from './templates/scaffold.js';

/** Reactive property declarations that several properties share. */
const PROPERTY_ONLY = { attribute: false };
const REFLECTED = { reflect: true };
const REFLECTED_FLAG = { type: Boolean, reflect: true };

/**
 * A complete, validated, accessible dossier form rendered from a JSON Schema, with citizen-friendly messages
 * in Vietnamese or English. Form-associated: inside a native `<form>` it contributes its data (as JSON, under
 * its `name`) and its validity. This class is `<dvc-dossier-form>` as `define/dvc-dossier-form-precompiled.js`
 * registers it: it ships no validator of its own, so the page passes the procedure's precompiled `validator`.
 * `DvcDossierFormFull` (`define/dvc-dossier-form.js`) adds the engine's eval-free interpreter for any schema.
 *
 * @summary A JSON-Schema dossier form.
 *
 * @fires {CustomEvent<{ data: unknown; valid: boolean }>} dvc-change - The citizen changed the data (`DvcChangeEvent`); `data` includes fields hidden by a condition.
 * @fires {CustomEvent<{ data: unknown; files: Record<string, File[]> }>} dvc-submit - The citizen submitted a valid form (`DvcSubmitEvent`, cancelable); `data` leaves hidden fields out, `files` holds the attachments by JSON Pointer.
 * @fires {CustomEvent<{ problems: readonly SchemaProblem[] }>} dvc-error - The schema is broken or could not be loaded (`DvcErrorEvent`).
 *
 * @csspart base - The inner form.
 * @csspart error-summary - The error summary shown after a failed submit.
 * @csspart schema-error - The box listing the problems of a broken schema.
 * @csspart field - The wrapper of one field.
 * @csspart field-invalid - A field wrapper whose error is shown.
 * @csspart field-label - A field's label (or a choice group's legend).
 * @csspart field-hint - A field's help text.
 * @csspart field-error - A field's inline error message.
 * @csspart input - A native input, select or textarea.
 * @csspart fieldset - A group: object, section, list, list item, choices.
 * @csspart legend - The legend of a group.
 * @csspart button - Add, remove and move buttons.
 * @csspart submit - The submit button.
 *
 * @cssprop --dvc-font-family - Font of the whole form.
 * @cssprop --dvc-font-size - Base font size.
 * @cssprop --dvc-color-text - Text colour.
 * @cssprop --dvc-color-muted - Hint text colour.
 * @cssprop --dvc-color-background - Background of inputs.
 * @cssprop --dvc-color-border - Border of inputs.
 * @cssprop --dvc-color-accent - Buttons, links and checked controls.
 * @cssprop --dvc-color-accent-contrast - Text on the accent colour.
 * @cssprop --dvc-color-error - Error messages, the error summary and invalid inputs.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-field-gap - Space between fields.
 * @cssprop --dvc-radius - Corner radius of inputs and buttons.
 *
 * @cssstate user-invalid - Some errors are shown (a field was touched, or the form was submitted).
 * @cssstate invalid - The data is not valid.
 * @cssstate loading - The schema is being loaded.
 * @cssstate broken - The schema could not be used.
 */
export class DvcDossierForm extends DvcFormControl {
  static override styles = styles;
  /**
   * The reactive properties and their attributes, declared without decorators so that the page loads none of
   * Lit's decorator code. Each property is documented where its field is declared below.
   */
  static override properties = {
    schema: PROPERTY_ONLY,
    schemaSrc: { attribute: 'schema-src' },
    lang: REFLECTED,
    readonly: REFLECTED_FLAG,
    disabled: REFLECTED_FLAG,
    name: REFLECTED,
    validator: PROPERTY_ONLY,
    formats: PROPERTY_ONLY,
    noSubmitButton: { type: Boolean, attribute: 'no-submit-button' },
    submitLabel: { attribute: 'submit-label' },
  };
  /**
   * Loads `prepareSchema` for a raw schema (one that `dvc-schema build` did not write), with the x-dvc vocabulary's
   * references checked and its dossier components expanded: a dynamic import, so a page that embeds a built
   * (prepared) procedure never loads the preparing code. A page may serve it another way.
   */
  static loadPrepareSchema: () => Promise<(schema: unknown) => unknown> = () =>
    import('@dvc-kit/procedure/prepare').then((module) => module.prepareSchema);
  /** Loads a language's text (the form's and the engine's messages); a page may serve it another way. */
  static loadLanguage: (locale: Locale) => Promise<void> = loadMessages;
  /**
   * How long a first form waits for its language's text before it shows in Vietnamese (it turns once the text
   * arrives): a slow or stalled download must not leave the citizen before an empty box. One wait per language
   * and page while its download is under way (the default `loadLanguage` downloads each language once): a form
   * created meanwhile waits only what is left.
   */
  static languageWaitMs = 3000;

  /** The JSON Schema of the dossier (draft 2020-12 or draft-07). Takes precedence over `schema-src`. */
  schema?: unknown;

  /** URL of the JSON Schema, fetched when `schema` is not set (attribute `schema-src`). */
  schemaSrc?: string;

  /** `vi` or `en`. When absent: the nearest ancestor's `lang`, then `<html lang>`, else `vi`. */
  override lang = '';

  /** Every field read-only; no submit button. */
  readonly = false;

  /** Every control disabled; the form contributes nothing to a native form. */
  disabled = false;

  /** Name under which the data (JSON) is sent with a native `<form>`. */
  name = '';

  /**
   * A validator to use instead of the engine's built-in eval-free one: a precompiled standalone
   * validator, or `createAjvValidator` from `@dvc-kit/form-engine/ajv`. Pages never load ajv unless they pass it.
   */
  validator?: Validator | null;

  /** Custom string formats for this form, by name (on top of the engine's global registry). */
  formats?: Record<string, FormatDefinition>;

  /** Leave the submit button out (e.g. when a native form or the page provides its own); attribute `no-submit-button`. */
  noSubmitButton = false;

  /** Text of the submit button; defaults to "Nộp hồ sơ" / "Submit" (attribute `submit-label`). */
  submitLabel?: string;

  readonly #localeController = new LocaleController(this);
  readonly #language = new LanguageWait(this);
  readonly #model = new FormModel(this, {
    locale: () => this.#locale,
    waitingForLanguage: () => this.#language.waitingFor(this.#localeController.locale),
    createForm: (schema, data, locale, collections) =>
      this._createForm(schema, data, { locale, formats: this.formats, readOnly: this.readonly, validator: this.validator ?? undefined, collections }),
    failed: (problems) => this.dispatchEvent(new DvcErrorEvent({ problems })),
  });
  readonly #formValue = new FormValue(
    (value) => this._setFormValue(value),
    () => (this.name && !this.#isDisabled ? this.name : null),
  );
  /** The form's UI text, in `#locale` (set by every update before it renders). */
  #messages!: Messages;
  /** True while Lit renders: removing a focused field then fires focusout synchronously. */
  #updating?: boolean;
  readonly #interaction = new FormInteraction({
    root: () => this.renderRoot,
    rendered: () => this.updateComplete,
    form: () => this.#model.form,
    apply: (change) => this.#apply(change),
    commit: (state) => this.#model.commit(state),
    rendering: () => !!this.#updating,
    files: this.#model.files,
  });

  constructor() {
    super();
    upgradeProperties(this, ['data']);
  }

  /** The locale the form speaks: the wanted one once its text is loaded, Vietnamese until then (or if it failed). */
  get #locale(): Locale {
    const wanted = this.#localeController.locale;
    return hasLocale(wanted) ? wanted : 'vi';
  }

  /** Disabled: by its own attribute or by a disabled fieldset or form. */
  get #isDisabled(): boolean {
    return this.disabled || this._formDisabled;
  }

  // ---------------------------------------------------------------- public API

  /**
   * All data, including values of fields currently hidden by a condition (answering back restores them).
   * Setting it replaces the data as a prefill (touched and submitted are reset) and never fires `dvc-change`.
   */
  get data(): unknown {
    const { form, dataFromCode } = this.#model;
    return form ? form.state.data : dataFromCode?.value;
  }

  set data(value: unknown) {
    const model = this.#model;
    model.dataFromCode = { value };
    if (model.form) {
      model.commit(model.form.setData(value));
      model.summary = null;
    }
  }

  /** The data a submit sends: fields hidden by a condition are left out. */
  get submitData(): unknown {
    return this.#model.state?.submitData;
  }

  /** Whether the current data is valid (false while loading or broken). */
  get valid(): boolean {
    return this.#model.state?.valid ?? false;
  }

  /** Resolves once the form is rendered and its validation is ready. `updateComplete` waits for the same. */
  get ready(): Promise<void> {
    return this.updateComplete.then(() => undefined);
  }

  /** Like a native control, but shows the form's own errors: every inline error and the error summary. */
  override reportValidity(): boolean {
    const valid = super.reportValidity();
    // Valid: a summary left from an earlier submit goes.
    if (valid && this.#model.form) void this.#reveal(false);
    return valid;
  }

  /**
   * Submit as the submit button does: when invalid, show the error summary and focus it; when valid, fire
   * `dvc-submit` and, unless it is cancelled, submit the native form the element belongs to.
   * Resolves to whether the data was valid.
   */
  async requestSubmit(): Promise<boolean> {
    const model = this.#model;
    while (model.load.pending) await model.load.pending;
    if (!model.form || this.#isDisabled) return false;
    if (!(await this.#reveal(true))) return false;
    const submitData = model.form.state.submitData;
    const event = new DvcSubmitEvent({ data: submitData, files: model.submittedFiles(submitData) });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.form?.requestSubmit();
    return true;
  }

  // ------------------------------------------------------ form-associated callbacks

  /** @internal */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#formValue.associate(form);
  }

  formResetCallback(): void {
    const model = this.#model;
    if (!model.form) return;
    model.commit(model.form.reset());
    model.summary = null;
  }

  /** @internal */
  formStateRestoreCallback(saved: unknown): void {
    if (typeof saved !== 'string') return;
    try {
      this.data = JSON.parse(saved);
    } catch {
      // A restored value we did not write: keep the current data.
    }
  }

  // ---------------------------------------------------------------- lifecycle

  protected override async getUpdateComplete(): Promise<boolean> {
    // Also wait for the schema and validator, and for an update requested during the last one
    // (e.g. formDisabledCallback after the `disabled` attribute was reflected).
    const { load } = this.#model;
    let result = await super.getUpdateComplete();
    for (let round = 0; (load.pending || this.#language.pending || !result || this.isUpdatePending) && round < 10; round++) {
      await load.pending;
      await this.#language.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang')) {
      this.#localeController.locale = resolveLocale(this);
      this.#language.forgetGivenUp();
    }
    const wanted = this.#localeController.locale;
    const waiting = this.#language.waitingFor(wanted);
    const { loadLanguage, languageWaitMs } = this.constructor as typeof DvcDossierForm;
    if (waiting) this.#language.start(wanted, loadLanguage, languageWaitMs);
    const locale = this.#locale;
    this.#messages = messagesFor(locale);
    const model = this.#model;
    const load = model.load.state;
    // A validator given after the schema was refused for the lack of one: try again.
    const retry = changed.has('validator') && load.status === 'failed';
    if (changed.has('schema') || changed.has('schemaSrc') || changed.has('formats') || retry) return this.#load();
    if (load.status === 'waiting' && !waiting) return this.#model.make(load.waiting.schema);
    model.follow(locale, {
      ...(changed.has('readonly') && { readOnly: this.readonly }),
      ...(changed.has('validator') && { validator: this.validator }),
    });
  }

  protected override update(changed: PropertyValues): void {
    this.#updating = true;
    try {
      super.update(changed);
    } finally {
      this.#updating = false;
    }
  }

  protected override updated(): void {
    const model = this.#model;
    const state = model.state;
    const status = model.load.status;
    this._setStates({
      loading: status === 'loading' || status === 'waiting',
      broken: status === 'failed',
      invalid: !state?.valid,
      'user-invalid': !!state?.shownErrors.length,
    });
    this.#formValue.update(state);
    this._syncValidity();
  }

  /** Invalid while loading or broken; else the first problem, anchored at its field. */
  protected override _currentValidity(): ControlValidity | null {
    const model = this.#model;
    const { message, first } = validityOf(model.state, model.load.status === 'failed', this.#messages ?? messagesFor(this.#locale));
    return message ? { flags: { customError: true }, message, anchor: first?.id } : null;
  }

  // ---------------------------------------------------------------- making the form

  /**
   * The engine form for a schema, or work to wait for first: then it is asked again with the schema that work
   * gives. This class is the precompiled page's: it needs the page's `validator` (it ships no interpreter), and
   * prepares a raw schema with code loaded only then. `DvcDossierFormFull` brings the full engine instead.
   * @internal
   */
  protected _createForm(schema: unknown, data: unknown, options: FormOptions): DossierForm | Promise<unknown> {
    if (!this.validator) throw new Error(this.#messages.needsValidator);
    if (isPrepared(schema)) return createForm(schema, data, options);
    return (this.constructor as typeof DvcDossierForm).loadPrepareSchema().then((prepareSchema) => prepareSchema(schema));
  }

  #load(): void {
    const model = this.#model;
    model.restart();
    const { schema, schemaSrc: url } = this;
    if (schema !== undefined && schema !== null) model.make(schema);
    else if (url) {
      model.makeFromUrl(url, async (error) => {
        // Worded in the form's language: wait for it if it is loading.
        await this.#language.pending;
        return this.#messages.fetchFailed(url, messageOf(error));
      });
    }
  }

  // ---------------------------------------------------------------- behaviour

  /** Mark the form submitted; when invalid, show the summary (and focus it). Resolves to validity. */
  async #reveal(focusSummary: boolean): Promise<boolean> {
    const model = this.#model;
    if (!model.form) return false;
    const state = model.commit(model.form.submit());
    model.summary = state.valid ? null : state.errors;
    if (state.valid) return true;
    await this.updateComplete;
    if (focusSummary) this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    return false;
  }

  /** A citizen's native submit failed: show the summary and focus it (the browser's bubble while loading). */
  protected override _revealInvalid(takeFocus: boolean): boolean {
    if (!this.#model.form) return false;
    void this.#reveal(takeFocus);
    return true;
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    void this.requestSubmit();
  }

  #apply(change: (form: DossierForm) => FormState): void {
    const form = this.#model.form;
    if (!form || this.#isDisabled) return;
    const { data, valid } = this.#model.commit(change(form));
    this.dispatchEvent(new DvcChangeEvent({ data, valid }));
  }

  // ---------------------------------------------------------------- rendering

  /** What the field templates take from the element (its listeners keep their identity from render to render). */
  readonly #context: Omit<FieldContext, 'messages' | 'locale'> = {
    onPickerChange: this.#interaction.onPickerChange,
    apply: (change) => this.#apply(change),
    rendered: () => this.updateComplete.then(() => this.renderRoot as ShadowRoot),
    requestUpdate: () => this.requestUpdate(),
  };

  protected override render(): TemplateResult {
    const m = this.#messages;
    const model = this.#model;
    const { state } = model.load;
    if (state.status === 'failed') return renderProblems(m, state.failure);
    if (!model.state) return renderLoading(m, state.status !== 'idle');
    const context = { ...this.#context, messages: m, locale: model.locale };
    const interaction = this.#interaction;
    return html`<form
      class="base"
      part="base"
      novalidate
      @submit=${this.#onSubmit}
      @input=${interaction.onInput}
      @change=${interaction.onChange}
      @focusout=${interaction.onFocusOut}
      @click=${interaction.onClick}
      @pointerdown=${interaction.onPointerDown}
      @paste=${interaction.onPaste}
    >
      ${renderFrame(context, model.state.root, {
        summary: model.summary,
        disabled: this.#isDisabled,
        submitLabel: this.noSubmitButton || this.readonly ? null : this.submitLabel || m.submit,
      })}
    </form>`;
  }
}
