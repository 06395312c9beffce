import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  collectionAt,
  createForm,
  deepEqual,
  composeDate,
  getIn,
  isPrepared,
  needsClock,
  registerClock,
  wrongDateParts,
  type DatePart,
  parsePointer,
  type DossierForm,
  type FieldError,
  type FieldNode,
  type FormState,
  type Locale,
  type FormatDefinition,
  type SchemaProblem,
  type Validator,
} from '@dvc-kit/form-engine/core';
import type { createForm as createFullForm } from '@dvc-kit/form-engine';
import { DvcChangeEvent } from '../events/dvc-change.js';
import { DvcFormControl } from '../shared/form-control.js';
import { upgradeProperties } from '../shared/upgrade-properties.js';
import { fieldList } from '../shared/field-list.js';
import type { AddressValue, DvcAddressPicker } from '../address-picker/address-picker.js';
import { DvcErrorEvent } from '../events/dvc-error.js';
import { DvcSubmitEvent } from '../events/dvc-submit.js';
import { hasLocale, loadMessages, messagesFor, type Messages } from '../messages/index.js';
import { LocaleController, resolveLocale } from '../shared/locale.js';
import { styles } from './dossier-form.styles.js';
import { attrs, type AttrMap } from './internal/attrs.js';
import { inputValue, rememberTyped } from './internal/input-value.js';
import { TEXT_KINDS, displayValue } from './internal/values.js';
import type * as Collections from './collections.js';

/** Maps and tuples (the engine's support and their templates), loaded when a schema first has one (few do). */
let collections: typeof Collections | undefined;
let collectionsLoading: Promise<void> | undefined;
function loadCollections(): Promise<void> {
  return (collectionsLoading ??= import('./collections.js').then((module) => void (collections = module)));
}

/**
 * The `type` of an `<input>` for the text-like kinds whose type is not their own name (`text`, `email`, `url`,
 * `tel`, `password` and `time` are). Numbers are typed as text (GOV.UK's advice): no spinner, no
 * locale-dependent parsing, a decimal comma works.
 */
const INPUT_TYPES: Readonly<Record<string, string>> = { number: 'text', integer: 'text', datetime: 'datetime-local' };


/** Reactive property declarations that several properties share. */
const PROPERTY_ONLY = { attribute: false };
const REFLECTED = { reflect: true };
const REFLECTED_FLAG = { type: Boolean, reflect: true };

const FOCUSABLE = ':is(input,select,textarea,button):not([disabled])';

/** A selector's test that attribute `name` is `value`. */
const attrEquals = (name: string, value: string): string => `[${name}="${CSS.escape(value)}"]`;

type Problem = SchemaProblem;


function problemsOf(error: unknown): readonly Problem[] {
  const problems = (error as { problems?: unknown } | null)?.problems;
  if (Array.isArray(problems) && problems.length > 0) return problems as Problem[];
  return [{ pointer: '', message: messageOf(error) }];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The text of one error summary link: the message, led by the field's label when the message does not name it. */
function summaryText(error: FieldError): string {
  if (!error.label || error.message.toLowerCase().includes(error.label.toLowerCase())) return error.message;
  return `${error.label}: ${error.message}`;
}


// ------------------------------------------------------------ rendering helpers (no state of the element)

/** Whether a field's error shows. */
function invalid(node: FieldNode): boolean {
  return node.showErrors && node.errors.length > 0;
}

/** The ids of the hint (when there is one) and of the error (when it shows). */
function describedBy(node: FieldNode, hint = node.help): string | undefined {
  const hintId = hint ? `${node.id}-hint` : '';
  const errorId = invalid(node) ? `${node.id}-error` : '';
  return hintId && errorId ? `${hintId} ${errorId}` : hintId || errorId || undefined;
}

function renderHint(node: FieldNode, text = node.help): unknown {
  return text ? html`<div class="hint" id="${node.id}-hint" part="field-hint">${text}</div>` : nothing;
}

/** A checkbox or radio button (`control`, its attributes) and its label. */
function renderChoice(control: AttrMap, label: unknown, labelPart?: string): TemplateResult {
  return html`<div class="choice">
    <input class="choice-input" part="input" ${attrs(control)} />
    <label class="choice-label" for=${control.id as string} part=${labelPart ?? nothing}>${label}</label>
  </div>`;
}

function renderRequired(node: FieldNode): unknown {
  return node.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing;
}

/** The parts of a field's wrapper: `field`, `field-invalid` while its error shows, `fieldset` for a group. */
function fieldParts(node: FieldNode, group = false): string {
  return `field${invalid(node) ? ' field-invalid' : ''}${group ? ' fieldset' : ''}`;
}

/** Class and parts of a field's wrapper; a single control's wrapper is marked while its error shows. */
function fieldAttrs(node: FieldNode, extraClass = '', group = false): AttrMap {
  return {
    class: `field${extraClass}${invalid(node) && !group ? ' field--error' : ''}`,
    part: fieldParts(node, group),
  };
}

/** The attributes of a field's control (`more` adds to them or leaves some out with `undefined`). */
function controlAttrs(node: FieldNode, more: AttrMap): AttrMap {
  return {
    id: node.id,
    'data-pointer': node.pointer,
    'data-kind': node.kind,
    required: node.required,
    'aria-invalid': invalid(node) ? 'true' : undefined,
    'aria-describedby': describedBy(node),
    ...more,
  };
}

/**
 * The date-time conversion, loaded once, for the first schema with a date-time or time field (most have none).
 * Loaded or not (a failed download), such fields then show: in Vietnam time, or as the text they hold.
 */
let clockLoad: Promise<unknown> | undefined;
let clockSettled = false;

/** When the wait for a language's text ends, while its download is under way (shared by the forms of a page). */
const languageWaitEnds = new Map<Locale, number>();

/**
 * A complete, validated, accessible dossier form rendered from a JSON Schema, with citizen-friendly messages
 * in Vietnamese or English. Form-associated: inside a native `<form>` it contributes its data (as JSON, under
 * its `name`) and its validity.
 *
 * @summary A JSON-Schema dossier form.
 *
 * @fires dvc-change - The citizen changed the data; detail `{data, valid}`.
 * @fires dvc-submit - The citizen submitted a valid form; detail `{data}` leaves hidden fields out.
 * @fires dvc-error - The schema is broken or could not be loaded; detail `{problems}`.
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
   * The full engine's `createForm`, which validates with the eval-free interpreter when no `validator` is
   * given. Set only by `define/dvc-dossier-form.js`; `define/dvc-dossier-form-precompiled.js` leaves it out,
   * so its pages ship no interpreter and need a precompiled `validator`.
   */
  static createDefaultForm?: typeof createFullForm;
  /**
   * Loads `prepareSchema` for a raw schema on a page without the full engine. Set by
   * `define/dvc-dossier-form-precompiled.js` as a dynamic import, so a page that embeds a built (prepared)
   * procedure never loads the preparing code.
   */
  static loadPrepareSchema?: () => Promise<(schema: unknown) => unknown>;
  /**
   * Loads the custom formats a schema uses that the page has not registered, before the full engine's form is made;
   * null when there are none to load. Set by `define/dvc-dossier-form.js` for the Vietnamese formats (`cccd`, …).
   */
  static loadFormats?: (schema: unknown) => Promise<void> | null;
  /**
   * Loads the other schema documents a schema refers to, or returns undefined when it needs none. Set by
   * `define/dvc-dossier-form.js` for the JSON Schema meta-schemas, so only pages whose schema names one load them.
   */
  static loadReferencedSchemas?: (schema: unknown) => Promise<Readonly<Record<string, unknown>>> | undefined;
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

  // What the form shows. Not reactive properties (their names would stay in the code): a change renders again
  // through `#commitState`, or in an update (`willUpdate`), or after a schema came (`#await`).
  #state?: FormState | null;
  #problems?: readonly Problem[] | null;
  #loading?: boolean;
  #summary?: readonly FieldError[] | null;

  /** A new form state: rendered (as a reactive property would be) when it is another one. */
  #commitState(next: FormState): FormState {
    if (next !== this.#state) {
      this.#state = next;
      this.requestUpdate();
    }
    return next;
  }

  readonly #localeController = new LocaleController(this);
  /** The form's UI text, in `#locale` (set by every update before it renders). */
  #messages!: Messages;
  /** The locale the form speaks: the wanted one once its text is loaded, Vietnamese until then (or if it failed). */
  get #locale(): Locale {
    const wanted = this.#localeController.locale;
    return hasLocale(wanted) ? wanted : 'vi';
  }
  #localeLoading?: Promise<void> | null;
  /**
   * A schema ready (given, fetched or prepared) while the first form's language is still loading: the form is
   * created once the text is there, so it never shows in Vietnamese first.
   */
  #waitingSchema?: { schema: unknown } | null;
  /**
   * A language no longer waited for: its text failed to download (not tried again by this form) or took longer than
   * `languageWaitMs` (the form shows in Vietnamese until it arrives).
   */
  #localeGivenUp?: Locale | null;
  #form?: DossierForm | null;
  /** The locale of the form's engine (set with the form). */
  #formLocale?: Locale;
  #generation = 0;
  #pending?: Promise<void> | null;
  /** The data last set from code (boxed: it may be undefined). */
  #dataFromCode?: { value: unknown };
  #lastFormValue: unknown = Symbol('none');
  #validityKey?: string;
  #schemaInUse: unknown;
  /** The documents `loadReferencedSchemas` loaded (kept for later schemas: the module is loaded once anyway). */
  #referencedSchemas?: Readonly<Record<string, unknown>>;
  /** True while Lit renders: removing a focused field then fires focusout synchronously. */
  #updating?: boolean;

  constructor() {
    super();
    upgradeProperties(this, ['data']);
  }

  // ---------------------------------------------------------------- public API

  /**
   * All data, including values of fields currently hidden by a condition (answering back restores them).
   * Setting it replaces the data as a prefill (touched and submitted are reset) and never fires `dvc-change`.
   */
  get data(): unknown {
    return this.#form ? this.#form.state.data : this.#dataFromCode?.value;
  }

  set data(value: unknown) {
    this.#dataFromCode = { value };
    if (this.#form) {
      this.#commitState(this.#form.setData(value));
      this.#summary = null;
    }
  }

  /** The data a submit sends: fields hidden by a condition are left out. */
  get submitData(): unknown {
    return this.#state?.submitData;
  }

  /** Whether the current data is valid (false while loading or broken). */
  get valid(): boolean {
    return this.#state?.valid ?? false;
  }

  /** Resolves once the form is rendered and its validation is ready. `updateComplete` waits for the same. */
  get ready(): Promise<void> {
    return this.updateComplete.then(() => undefined);
  }

  /** Like a native control, but shows the form's own errors: every inline error and the error summary. */
  override reportValidity(): boolean {
    if (!this.#form) return this.checkValidity();
    void this.#reveal(true);
    return this.#form.state.valid;
  }

  /**
   * Submit as the submit button does: when invalid, show the error summary and focus it; when valid, fire
   * `dvc-submit` and, unless it is cancelled, submit the native form the element belongs to.
   * Resolves to whether the data was valid.
   */
  async requestSubmit(): Promise<boolean> {
    await this.#settled();
    if (!this.#form || this.#isDisabled) return false;
    if (!(await this.#reveal(true))) return false;
    const submitData = this.#form.state.submitData;
    const event = new DvcSubmitEvent({ data: submitData, files: this.#submittedFiles(submitData) });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.form?.requestSubmit();
    return true;
  }

  // ------------------------------------------------------ form-associated callbacks

  /** @internal */
  /**
   * Serialising a large dossier on every keystroke costs milliseconds, so the form value is written
   * once the citizen pauses, and at the latest when the owning form builds its entry list (the
   * `formdata` event, which every submission and `new FormData(form)` fires).
   */
  #formValueTimer: ReturnType<typeof setTimeout> | undefined;
  #formOwner?: HTMLFormElement | null;

  #scheduleFormValue(): void {
    this.#formValueTimer ??= setTimeout(() => this.#flushFormValue(), 50);
  }

  #flushFormValue(): string | null {
    clearTimeout(this.#formValueTimer);
    this.#formValueTimer = undefined;
    const data = this.#lastFormValue;
    const value = data === undefined || data === null || typeof data === 'symbol' ? null : JSON.stringify(data);
    this._internals.setFormValue(value);
    return value;
  }

  readonly #onFormData = (event: FormDataEvent): void => {
    if (this.#formValueTimer === undefined) return;
    const value = this.#flushFormValue();
    if (this.name && !this.#isDisabled && value !== null) event.formData.set(this.name, value);
  };

  /** @internal */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#formOwner?.removeEventListener('formdata', this.#onFormData);
    this.#formOwner = form;
    form?.addEventListener('formdata', this.#onFormData);
  }

  formResetCallback(): void {
    if (!this.#form) return;
    this.#commitState(this.#form.reset());
    this.#summary = null;
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
    let result = await super.getUpdateComplete();
    for (let round = 0; (this.#pending || this.#localeLoading || !result || this.isUpdatePending) && round < 10; round++) {
      await this.#pending;
      await this.#localeLoading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang')) {
      this.#localeController.locale = resolveLocale(this);
      this.#localeGivenUp = null; // a language chosen again is tried again (and waited for, what is left of the wait)
    }
    const wanted = this.#localeController.locale;
    const waiting = this.#waitingForLanguage();
    if (waiting) this.#loadLocale(wanted);
    const locale = this.#locale;
    this.#messages = messagesFor(locale);
    // A validator given after the schema was refused for the lack of one: try again.
    const retry = changed.has('validator') && !!this.#problems;
    if (changed.has('schema') || changed.has('schemaSrc') || changed.has('formats') || retry) {
      this.#load();
      return;
    }
    if (this.#waitingSchema && !waiting) {
      const { schema } = this.#waitingSchema;
      this.#waitingSchema = null;
      this.#create(schema);
      return;
    }
    const form = this.#form;
    if (!form) return;
    let next = form.state;
    if (locale !== this.#formLocale) {
      this.#formLocale = locale;
      next = form.setLocale(locale);
      // The summary lists the same problems, now worded in the new language.
      if (this.#summary) this.#summary = next.errors;
    }
    if (changed.has('readonly')) next = form.setReadOnly(this.readonly);
    if (changed.has('validator')) {
      // Back to the default validator: a new form (the interpreter comes with the full createForm), same data;
      // kept as the data from code too, so a precompiled page that refuses the form keeps it for the retry.
      if (!this.validator) {
        this.#dataFromCode = { value: form.state.data };
        this.#create(this.#schemaInUse);
        return;
      }
      try {
        next = form.setValidator(this.validator);
      } catch (error) {
        // A validator that cannot decide the schema's conditions: say so, and keep the data for the next one.
        this.#dataFromCode = { value: form.state.data };
        this.#fail(error);
        return;
      }
    }
    this.#commitState(next);
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
    this.#syncInternals();
  }

  // ---------------------------------------------------------------- loading

  /** Whether the wanted language's text is still to come (not once given up: then the form is Vietnamese). */
  #waitingForLanguage(): boolean {
    const wanted = this.#localeController.locale;
    return !hasLocale(wanted) && this.#localeGivenUp !== wanted;
  }

  /** Loads a language's text once; the form keeps speaking Vietnamese until it is there (or if it fails). */
  #loadLocale(locale: Locale): void {
    if (this.#localeLoading) return;
    const { loadLanguage, languageWaitMs } = this.constructor as typeof DvcDossierForm;
    // One wait per download: a form created while another waits, or after its wait ran out, waits only what is left.
    const now = Date.now();
    let waitEnds = languageWaitEnds.get(locale);
    if (waitEnds === undefined) languageWaitEnds.set(locale, (waitEnds = now + languageWaitMs));
    // Waited for until the text is there or it is late; a late text still turns the form when it arrives.
    this.#localeLoading = new Promise<void>((done) => {
      const timer = setTimeout(() => {
        this.#localeGivenUp = locale;
        done();
      }, waitEnds - now);
      const loaded = () => {
        languageWaitEnds.delete(locale);
        clearTimeout(timer);
        // Not there after loading (a failed download): stay in Vietnamese, and do not try again and again.
        if (!hasLocale(locale)) this.#localeGivenUp = locale;
        this.requestUpdate();
        done();
      };
      // Called in a promise: a page's loader that throws (or returns no promise) counts as a failed download.
      Promise.resolve()
        .then(() => loadLanguage(locale))
        .then(loaded, loaded);
    }).then(() => {
      this.#localeLoading = null;
      this.requestUpdate();
    });
  }

  #load(): void {
    this.#generation++;
    this.#form = null;
    this.#state = null;
    this.#problems = null;
    this.#summary = null;
    this.#loading = false;
    this.#pending = null;
    this.#waitingSchema = null;
    const schema = this.schema;
    if (schema !== undefined && schema !== null) {
      this.#create(schema);
    } else if (this.schemaSrc) {
      const url = this.schemaSrc;
      this.#loading = true;
      this.#await(
        fetch(url)
          .then((response) => {
            if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
            return response.json();
          })
          .catch(async (error: unknown) => {
            // Worded in the form's language: wait for it if it is loading.
            if (this.#localeLoading) await this.#localeLoading;
            throw new Error(this.#messages.fetchFailed(url, messageOf(error)));
          }),
      );
    }
  }

  /** The form for a schema, with the data from code (read now: it may have changed while the schema was loading). */
  #create(schema: unknown): DossierForm | null {
    this.#schemaInUse = schema;
    if (!this.#form && this.#waitingForLanguage()) {
      this.#waitingSchema = { schema };
      this.#loading = true;
      return null;
    }
    this.#loading = false;
    if (!clockSettled && needsClock(schema)) {
      clockLoad ??= import('@dvc-kit/form-engine/date-time').then(registerClock, () => undefined).then(() => (clockSettled = true));
      this.#await(clockLoad.then(() => schema));
      return null;
    }
    const data = this.#dataFromCode?.value;
    const locale = this.#locale;
    const { createDefaultForm, loadPrepareSchema, loadFormats, loadReferencedSchemas } = this.constructor as typeof DvcDossierForm;
    try {
      // No validator (undefined): the full engine's own, the eval-free interpreter.
      const options = {
        locale,
        formats: this.formats,
        readOnly: this.readonly,
        validator: this.validator ?? undefined,
        collections: collections?.mapsAndTuples,
        schemas: this.#referencedSchemas,
      };
      let form: DossierForm;
      if (!collections && collectionAt(schema) !== undefined) {
        // Their templates first, so the form never shows without them.
        this.#await(loadCollections().then(() => schema));
        return null;
      }
      const formatsLoading = createDefaultForm ? loadFormats?.(schema) : null;
      if (formatsLoading) {
        this.#loading = true;
        this.#await(formatsLoading.then(() => schema));
        return null;
      }
      const referenced = createDefaultForm && !this.#referencedSchemas ? loadReferencedSchemas?.(schema) : undefined;
      if (referenced) {
        this.#loading = true;
        this.#await(referenced.then((schemas) => ((this.#referencedSchemas = schemas), schema)));
        return null;
      }
      if (createDefaultForm) {
        // The full engine prepares a raw schema itself (and checks the x-dvc meta-schema too).
        form = createDefaultForm(schema, data, options);
      } else if (!this.validator) {
        throw new Error(this.#messages.needsValidator);
      } else if (!isPrepared(schema) && loadPrepareSchema) {
        this.#await(loadPrepareSchema().then((prepareSchema) => prepareSchema(schema)));
        return null;
      } else {
        form = createForm(schema, data, options);
      }
      this.#form = form;
      this.#formLocale = locale;
      this.#state = form.state;
      return form;
    } catch (error) {
      this.#fail(error);
      return null;
    }
  }

  /**
   * The form for the schema that `work` gives (downloaded, or prepared on a page without the full engine: a raw
   * schema that `dvc-schema build` did not write), or the problem it met; unless another schema came meanwhile.
   */
  #await(work: Promise<unknown>): void {
    const generation = this.#generation;
    const settle = (then: () => void) => {
      if (generation !== this.#generation) return;
      this.#loading = false;
      this.#pending = null;
      then();
      this.requestUpdate();
    };
    this.#pending = work.then(
      (schema) => settle(() => this.#create(schema)),
      (error: unknown) => settle(() => this.#fail(error)),
    );
  }

  #fail(error: unknown): void {
    const problems = problemsOf(error);
    this.#form = null;
    this.#state = null;
    this.#summary = null;
    this.#problems = problems;
    this.dispatchEvent(new DvcErrorEvent({ problems }));
  }

  /** Wait until the schema and validator are ready. */
  async #settled(): Promise<void> {
    while (this.#pending) await this.#pending;
  }

  // ---------------------------------------------------------------- internals sync

  #syncInternals(): void {
    const s = this.#state;
    const m = this.#messages;
    const states = { loading: !!this.#loading, broken: !!this.#problems, invalid: !s?.valid, 'user-invalid': !!s?.shownErrors.length };
    for (const name in states) this._setState(name, states[name as keyof typeof states]);
    if (!s) {
      // Loading or broken: no value, at once.
      this.#lastFormValue = null;
      this.#flushFormValue();
    } else if (s.submitData !== this.#lastFormValue) {
      this.#lastFormValue = s.submitData;
      this.#scheduleFormValue();
    }
    const first = s && !s.valid ? s.errors[0] : undefined;
    const message = !s
      ? this.#problems
        ? m.schemaErrorTitle
        : m.loading
      : s.valid
        ? ''
        : first
          ? summaryText(first)
          : m.errorSummaryTitle;
    // Set again only when it changed: finding the first problem's field costs a query.
    const key = first ? `${first.id}\n${first.message}` : message;
    if (key !== this.#validityKey) {
      this.#validityKey = key;
      const anchor = first && this.#query(`#${CSS.escape(first.id)}`);
      this._internals.setValidity(message ? { customError: true } : {}, message, anchor ?? undefined);
    }
  }

  // ---------------------------------------------------------------- behaviour

  /** Mark the form submitted; when invalid, show the summary (and focus it). Resolves to validity. */
  async #reveal(focusSummary: boolean): Promise<boolean> {
    const form = this.#form;
    if (!form) return false;
    const state = this.#commitState(form.submit());
    if (state.valid) {
      this.#summary = null;
      return true;
    }
    this.#summary = state.errors;
    await this.updateComplete;
    if (focusSummary) this.#query('.error-summary')?.focus();
    return false;
  }

  /** A citizen's native submit failed: show the summary and focus it (the browser's bubble while loading). */
  protected override _revealInvalid(takeFocus: boolean): boolean {
    if (!this.#form) return false;
    void this.#reveal(takeFocus);
    return true;
  }

  #apply(change: (form: DossierForm) => FormState): void {
    const form = this.#form;
    if (!form || this.#isDisabled) return;
    const { data, valid } = this.#commitState(change(form));
    this.dispatchEvent(new DvcChangeEvent({ data, valid }));
  }

  #onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const { kind, pointer, part: datePart } = target.dataset ?? {};
    if (!kind || pointer === undefined || !TEXT_KINDS.has(kind)) return;
    // One of a date's three parts: the value is made of all three.
    const inputs = datePart ? this.#inputsOf(pointer, '[data-part]') : [target];
    const text = (name: DatePart) => inputs.find((input) => input.dataset.part === name)?.value ?? '';
    this.#apply((form) => {
      const next = form.setInput(pointer, datePart ? composeDate(text('day'), text('month'), text('year')) : target.value);
      for (const input of inputs) rememberTyped(input, form.getNode(pointer)?.value);
      return next;
    });
  }

  #onChange(event: Event): void {
    const target = event.target as HTMLInputElement;
    const { kind, pointer, index } = target.dataset ?? {};
    if (pointer === undefined) return;
    if (kind === 'alternatives') {
      this.#apply((form) => form.selectAlternative(pointer, Number(index)));
      return;
    }
    let value: string | boolean | number[];
    switch (kind) {
      case 'checkbox':
        value = target.checked;
        break;
      case 'radio':
        value = index ?? '';
        break;
      case 'select':
        value = target.value;
        break;
      case 'checkboxes':
        value = this.#inputsOf(pointer, '[data-kind="checkboxes"]').flatMap((box) => (box.checked ? [Number(box.dataset.index)] : []));
        break;
      default:
        return; // text-like kinds are read on input
    }
    this.#apply((form) => form.setInput(pointer, value));
  }

  #onFocusOut(event: FocusEvent): void {
    const target = event.target as HTMLElement;
    const pointer = target.dataset?.pointer;
    if (!this.#form || pointer === undefined || !target.dataset.kind) return;
    // Moving between the options of one group is not leaving the field; nor is pressing a date part's label
    // (focus moves to its input only when the press ends).
    if ((event.relatedTarget as HTMLElement | null)?.dataset?.pointer === pointer) return;
    if (!event.relatedTarget && this.#pressedDate === pointer) return;
    const touch = () => {
      const next = this.#form?.touch(pointer);
      if (next) this.#commitState(next);
    };
    // A field removed while focused (its condition stopped holding) blurs in the middle of rendering.
    if (this.#updating) queueMicrotask(touch);
    else touch();
  }

  /** Disabled: by its own attribute or by a disabled fieldset or form. */
  get #isDisabled(): boolean {
    return this.disabled || this._formDisabled;
  }

  /** The date field a pointer is pressed in (see `#onFocusOut`). */
  #pressedDate?: string | null;

  #onPointerDown(event: PointerEvent): void {
    const group = (event.target as Element).closest<HTMLElement>('[data-date-of]');
    this.#pressedDate = group?.dataset.dateOf ?? null;
    if (this.#pressedDate !== null) {
      // Cleared once the press has ended and the label's click has moved the focus.
      addEventListener('pointerup', () => setTimeout(() => (this.#pressedDate = null)), { once: true });
    }
  }

  /** A whole date pasted into one part ("27/03/2007", "27.3.2007", "27 3 2007") fills the three. */
  #onPaste(event: ClipboardEvent): void {
    const target = event.target as HTMLInputElement;
    if (!target.dataset?.part) return;
    const match = /^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})\s*$/.exec(event.clipboardData?.getData('text') ?? '');
    if (!match) return;
    event.preventDefault();
    const values: Record<string, string> = { day: match[1]!, month: match[2]!, year: match[3]! };
    for (const input of this.#inputsOf(target.dataset.pointer!, '[data-part]')) input.value = values[input.dataset.part!] ?? '';
    target.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /** The inputs of one field that has several (checkboxes, a date's parts), picked by `filter`. */
  #inputsOf(pointer: string, filter: string): HTMLInputElement[] {
    return this.#queryAll<HTMLInputElement>(`input${filter}${attrEquals('data-pointer', pointer)}`);
  }

  #query(selector: string): HTMLElement | null {
    return this.renderRoot.querySelector(selector);
  }

  #queryAll<E extends Element = HTMLElement>(selector: string, root: ParentNode = this.renderRoot): E[] {
    return [...root.querySelectorAll<E>(selector)];
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    void this.requestSubmit();
  }

  #onClick(event: Event): void {
    const target = (event.target as Element).closest<HTMLElement>('button[data-action], a[data-target]');
    if (!target) return;
    if (target.localName === 'a') {
      event.preventDefault();
      this.#focusField(target.dataset.target!);
      return;
    }
    const { pointer, action } = target.dataset as { pointer: string; action: 'add' | 'remove' | 'up' | 'down' | 'open' };
    if (action === 'open') {
      this.#apply((form) => form.setValue(pointer, {}));
      void this.#focusOpened(target.dataset.group!);
      return;
    }
    const index = Number(target.dataset.index);
    // Where a moved item goes; for a removal, the index removed (an addition ignores it).
    const destination = action === 'up' ? index - 1 : action === 'down' ? index + 1 : index;
    this.#apply((form) => {
      if (action === 'add') return form.addItem(pointer);
      if (action === 'remove') return form.removeItem(pointer, index);
      return form.moveItem(pointer, index, destination);
    });
    void this.#focusInList(pointer, action, destination);
  }

  /** After opening a deferred group: its first control, else the group itself (the node keeps its id). */
  async #focusOpened(id: string): Promise<void> {
    await this.updateComplete;
    const group = this.#query(`#${CSS.escape(id)}`);
    (group?.querySelector<HTMLElement>(FOCUSABLE) ?? group)?.focus();
  }

  /**
   * After adding: the new item's first control. After removing: the item now in its place, else the one before,
   * else the add button. After moving: the same button on the moved item, so pressing again keeps moving it; at
   * the end, the other one.
   */
  async #focusInList(arrayPointer: string, action: string, index: number): Promise<void> {
    await this.updateComplete;
    const items = this.#queryAll(`li${attrEquals('data-item-of', arrayPointer)}`);
    let target: HTMLElement | null | undefined;
    if (action === 'up' || action === 'down') {
      const buttons = items[index] ? this.#queryAll(':scope > .item-actions > button', items[index]) : [];
      const other = action === 'up' ? 'down' : 'up';
      target = buttons.find((b) => b.dataset.action === action) ?? buttons.find((b) => b.dataset.action === other);
    } else {
      const item = action === 'add' ? items[items.length - 1] : (items[index] ?? items[index - 1]);
      target =
        item?.querySelector<HTMLElement>(FOCUSABLE) ??
        this.#query(`button[data-action="add"]${attrEquals('data-pointer', arrayPointer)}`) ??
        this.#query(`fieldset${attrEquals('data-array', arrayPointer)}`);
    }
    target?.focus();
  }

  /** Focus a field from the error summary and scroll its label or legend into view (as GOV.UK does). */
  #focusField(id: string): void {
    let field = this.#query(`#${CSS.escape(id)}`);
    if (!field) return;
    // A date: the first part to correct.
    if (field.dataset.part) field = field.closest('[data-date-of]')?.querySelector<HTMLElement>('input[aria-invalid="true"]') ?? field;
    field.focus({ preventScroll: true });
    // A group's legend: the field's own (a fieldset) or that of its group (an option, a date's part); else its label.
    const group = field.localName === 'fieldset' ? field : field.closest('.choices, .date-parts') && field.closest('fieldset');
    const label = group ? group.querySelector(':scope > legend') : this.#query(`label${attrEquals('for', id)}`);
    (label ?? field).scrollIntoView({ block: 'start' });
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const m = this.#messages;
    if (this.#problems) return this.#renderProblems(this.#problems);
    const s = this.#state;
    if (!s) {
      return html`<div class="base" part="base">
        <p class="loading" role="status">${this.#loading ? m.loading : nothing}</p>
      </div>`;
    }
    const root = s.root;
    return html`<form
      class="base"
      part="base"
      novalidate
      @submit=${this.#onSubmit}
      @input=${this.#onInput}
      @change=${this.#onChange}
      @focusout=${this.#onFocusOut}
      @click=${this.#onClick}
      @pointerdown=${this.#onPointerDown}
      @paste=${this.#onPaste}
    >
      ${this.#summary && this.#summary.length ? this.#renderSummary(this.#summary) : nothing}
      <fieldset class="frame" ?disabled=${this.#isDisabled}>
        ${root.kind === 'object' && !root.section
          ? html`${renderHint(root)}${this.#renderError(root)}
              <div class="fields">${this.#renderChildren(root.children)}</div>`
          : html`<div class="fields">${this.#renderChildren([root])}</div>`}
        ${this.noSubmitButton || this.readonly
          ? nothing
          : html`<div class="actions">
              <button type="submit" class="button button--primary" part="button submit">
                ${this.submitLabel || m.submit}
              </button>
            </div>`}
      </fieldset>
    </form>`;
  }

  #renderProblems(problems: readonly Problem[]): TemplateResult {
    const m = this.#messages;
    return html`<div class="base schema-error" part="base schema-error" role="alert">
      <h2>${m.schemaErrorTitle}</h2>
      <p>${m.schemaErrorIntro}</p>
      <ul>
        ${problems.map(
          (p) => html`<li><code>${p.pointer || '#'}</code> ${p.message}</li>`,
        )}
      </ul>
    </div>`;
  }

  #renderSummary(errors: readonly FieldError[]): TemplateResult {
    return html`<div class="error-summary" part="error-summary" tabindex="-1">
      <div role="alert">
        <h2>${this.#messages.errorSummaryTitle}</h2>
        <ul>
          ${errors.map(
            (e) => html`<li><a href="#${e.id}" data-target=${e.id}>${summaryText(e)}</a></li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  #renderChildren(children: readonly FieldNode[] | undefined): unknown {
    // Keyed by pointer, so a field that appears or disappears does not shift the DOM (and focus) of the
    // others; on a keystroke only the changed field is visited.
    return children?.length ? fieldList(children, (node) => this.#renderField(node), this.#messages) : nothing;
  }

  #renderField(node: FieldNode): TemplateResult {
    switch (node.kind) {
      case 'checkbox':
        return this.#renderCheckbox(node);
      case 'radio':
      case 'checkboxes':
      case 'alternatives':
        return this.#renderChoices(node);
      case 'select':
        return this.#renderSelect(node);
      case 'date':
        return this.#renderDate(node);
      case 'const':
      case 'unsupported':
        return this.#renderConst(node);
      case 'object':
        return this.#renderObject(node);
      case 'array':
        return this.#renderArray(node);
      case 'deferred':
        return this.#renderDeferred(node);
      case 'map':
      case 'tuple':
        return this.#renderCollection(node);
      case 'address':
      case 'file':
        return this.#renderPicker(node);
      default:
        return this.#renderTextInput(node);
    }
  }

  #renderError(node: FieldNode): unknown {
    if (!invalid(node)) return nothing;
    return html`<p class="error" id="${node.id}-error" part="field-error">
      <span class="visually-hidden">${this.#messages.errorPrefix} </span>${node.errors.join(' ')}
    </p>`;
  }

  /**
   * The scaffold of a field with one control (text, textarea, select): the label with its required mark, the
   * hint and the error, then the control.
   */
  #renderLabelled(node: FieldNode, control: TemplateResult): TemplateResult {
    return html`<div ${attrs(fieldAttrs(node))}>
      <label class="label" for=${node.id} part="field-label">${node.label}${renderRequired(node)}</label>
      ${renderHint(node)}${this.#renderError(node)}${control}
    </div>`;
  }

  /**
   * The scaffold of a field made of several controls (choices, a date's parts) or of a list: a fieldset
   * described by its hint and error, led by its legend with the required mark, the hint and the error.
   */
  #renderGroup(
    node: FieldNode,
    wrapper: AttrMap,
    body: unknown,
    legendPart = 'legend field-label',
    hint = node.help,
  ): TemplateResult {
    return html`<fieldset ${attrs({ ...wrapper, 'aria-describedby': describedBy(node, hint) })}>
      <legend class="legend" part=${legendPart}>${node.label}${renderRequired(node)}</legend>
      ${renderHint(node, hint)}${this.#renderError(node)}${body}
    </fieldset>`;
  }

  #renderTextInput(node: FieldNode): TemplateResult {
    const kind = node.kind;
    const multiline = kind === 'textarea';
    // One attribute directive per input: this is the hot path of long forms.
    const control = attrs(
      controlAttrs(node, {
        class: `input input--${kind}`,
        // A date-time or time the native control cannot show exactly is edited as its text.
        type: multiline ? undefined : node.rawText ? 'text' : (INPUT_TYPES[kind] ?? kind),
        rows: multiline ? String(node.rows ?? 4) : undefined,
        // 1: a date-time or time control shows seconds (the value has some).
        step: kind === 'datetime' || kind === 'time' ? node.constraints.step?.toString() : undefined,
        inputmode: node.inputMode,
        placeholder: node.placeholder,
        autocomplete: node.autocomplete,
        readonly: node.readOnly,
        '.value': inputValue(node),
      }),
    );
    if (multiline) return this.#renderLabelled(node, html`<textarea part="input" ${control}></textarea>`);
    // The scaffold written out: a single-line input is the hot path of long forms, one template each.
    return html`<div ${attrs(fieldAttrs(node))}>
      <label class="label" for=${node.id} part="field-label">${node.label}${renderRequired(node)}</label>
      ${renderHint(node)}${this.#renderError(node)}<input part="input" ${control} />
    </div>`;
  }

  #renderSelect(node: FieldNode): TemplateResult {
    const selected = node.selectedOption ?? -1;
    return this.#renderLabelled(
      node,
      html`<select class="input" part="input" ${attrs(controlAttrs(node, { disabled: node.readOnly }))}>
        <option value="" ${attrs({ '.selected': selected < 0 })}>${this.#messages.choose}</option>
        ${(node.options ?? []).map(
          (option, i) => html`<option ${attrs({ value: `${i}`, '.selected': i === selected })}>${option.label}</option>`,
        )}
      </select>`,
    );
  }

  #renderCheckbox(node: FieldNode): TemplateResult {
    // The error first and the hint last, as GOV.UK lays out a single checkbox.
    return html`<div ${attrs(fieldAttrs(node, ' field--checkbox'))}>
      ${this.#renderError(node)}
      ${renderChoice(
        controlAttrs(node, { type: 'checkbox', required: false, disabled: node.readOnly, '.checked': node.value === true }),
        html`${node.label}${renderRequired(node)}`,
        'field-label',
      )}
      ${renderHint(node)}
    </div>`;
  }

  /**
   * Radio buttons (`radio`) or checkboxes (`checkboxes`) in a fieldset; for `alternatives`, radio buttons that
   * choose a branch, whose fields follow.
   */
  #renderChoices(node: FieldNode): TemplateResult {
    const { id, kind, value } = node;
    const branches = kind === 'alternatives';
    const radio = kind !== 'checkboxes';
    const options = node.options ?? [];
    return this.#renderGroup(
      node,
      // A branch's wrapper is a group of fields, not one field.
      branches ? { class: 'group alternatives', part: 'fieldset' } : fieldAttrs(node, ' group', true),
      html`<div class="choices${radio && !branches && options.length <= 2 ? ' choices--inline' : ''}">
          ${options.map((option, i) =>
            renderChoice(
              controlAttrs(node, {
                type: radio ? 'radio' : 'checkbox',
                id: i === 0 ? id : `${id}-${i}`,
                name: branches ? `${id}-branch` : radio ? id : undefined,
                'data-index': `${i}`,
                required: radio && node.required,
                disabled: node.readOnly,
                'aria-describedby': undefined,
                '.checked': radio
                  ? i === node.selectedOption
                  : Array.isArray(value) && value.some((v) => deepEqual(v, option.value)),
              }),
              option.label,
            ),
          )}
        </div>
        ${branches && node.children?.length
          ? html`<div class="fields branch">${this.#renderChildren(node.children)}</div>`
          : nothing}`,
    );
  }

  /**
   * A date as three text inputs, day, month and year, in the order Vietnamese writes it (GOV.UK's date input):
   * the same on every browser whatever its locale, and quick for a date of birth decades ago.
   */
  #renderDate(node: FieldNode): TemplateResult {
    const m = this.#messages;
    const shown = invalid(node);
    const birthday = node.autocomplete === 'bday';
    // Only the parts to correct are marked (all three when the value has another shape).
    const wrong = shown ? wrongDateParts(node.value) : [];
    const part = (name: DatePart, label: string, id: string) =>
      html`<div class="date-part">
        <label class="date-part-label" for=${id}>${label}</label>
        <input
          class="input input--${name}"
          part="input"
          type="text"
          inputmode="numeric"
          data-part=${name}
          ${attrs(
            controlAttrs(node, {
              id,
              autocomplete: birthday ? `bday-${name}` : 'off',
              maxlength: name === 'year' ? '4' : '2',
              readonly: node.readOnly,
              'aria-invalid': shown && (wrong.length === 0 || wrong.includes(name)) ? 'true' : undefined,
              'aria-describedby': undefined,
              '.value': inputValue(node, name),
            }),
          )}
        />
      </div>`;
    return this.#renderGroup(
      node,
      { ...fieldAttrs(node, ' group', true), 'data-date-of': node.pointer },
      html`<div class="date-parts">
        ${part('day', m.dateDay, node.id)}${part('month', m.dateMonth, `${node.id}-month`)}${part('year', m.dateYear, `${node.id}-year`)}
      </div>`,
      undefined,
      node.help ? `${node.help} ${m.dateExample}` : m.dateExample,
    );
  }

  /** A fixed value shown as text (`const`), or a value the form cannot edit and keeps as it is (`unsupported`). */
  #renderConst(node: FieldNode): TemplateResult {
    const m = this.#messages;
    const id = node.id;
    const value = displayValue(node.value, m.yes, m.no);
    const fixed = node.kind === 'const';
    return html`<div class="field" part=${fieldParts(node)}>
      <div class="label" id=${fixed ? `${id}-label` : nothing} part="field-label">${node.label}</div>
      ${renderHint(node)}${this.#renderError(node)}
      ${fixed
        ? html`<p class="const" id=${id} tabindex="-1" aria-labelledby="${id}-label ${id}">${value}</p>`
        : html`<p class="note" id=${id} tabindex="-1">${m.unsupported}</p>
            ${node.value === undefined ? nothing : html`<pre class="const">${value}</pre>`}`}
    </div>`;
  }

  /** An address or attachments: an element of their own, which shows the label (and the upload, the hint). */
  #renderPicker(node: FieldNode): TemplateResult {
    const upload = node.kind === 'file';
    const common = attrs(
      controlAttrs(node, {
        label: node.label,
        lang: this.#formLocale,
        readonly: node.readOnly,
        'aria-invalid': undefined,
        'aria-describedby': undefined,
      }),
    );
    let picker: TemplateResult;
    if (upload) {
      // Registers <dvc-file-upload> on first use, so forms without attachments never load it.
      void import('../define/dvc-file-upload.js');
      const file = node.file ?? { accept: [], multiple: true };
      picker = html`<dvc-file-upload
        ${common}
        .value=${(node.value as unknown[] | undefined) ?? []}
        .accept=${file.accept}
        .maxBytes=${file.maxBytes ?? 10 * 1024 * 1024}
        .multiple=${file.multiple}
        .template=${file.template}
        .hint=${node.help}
        @dvc-change=${this.#onPickerChange}
      ></dvc-file-upload>`;
    } else {
      // Registers <dvc-address-picker> on first use, so forms without an address never load it.
      void import('../define/dvc-address-picker.js');
      picker = html`<dvc-address-picker
        ${common}
        .value=${node.value as AddressValue | undefined}
        @dvc-change=${this.#onPickerChange}
      ></dvc-address-picker>`;
    }
    return html`<div class="field" part=${fieldParts(node)}>
      ${picker}${upload ? nothing : renderHint(node)}${this.#renderError(node)}
    </div>`;
  }

  /** The files the citizen attached, by field pointer; handed over with dvc-submit. */
  readonly #files = new Map<string, File[]>();

  #onPickerChange(event: DvcChangeEvent): void {
    // The field's own event stops here; the form reports the change of the whole dossier instead.
    event.stopPropagation();
    const picker = event.currentTarget as HTMLElement & { files?: readonly File[] };
    const pointer = picker.dataset.pointer!;
    const files = picker.dataset.kind === 'file';
    if (files) this.#files.set(pointer, [...(picker.files ?? [])]);
    const data = event.detail.data as unknown[] & AddressValue;
    // The files' metadata (none: no value); of an address, the parts the citizen changed (the rest stays as it was).
    this.#apply((form) =>
      form.setValue(pointer, files ? (data.length > 0 ? data : undefined) : (picker.constructor as typeof DvcAddressPicker).editedValue(form.getNode(pointer)?.value, data)),
    );
  }

  /** Files of the upload fields whose values are part of the submitted data (hidden ones are left out). */
  #submittedFiles(submitData: unknown): Record<string, File[]> {
    const files: Record<string, File[]> = {};
    for (const [pointer, list] of this.#files) {
      if (list.length > 0 && getIn(submitData, parsePointer(pointer)) !== undefined) files[pointer] = list;
    }
    return files;
  }

  #renderObject(node: FieldNode): TemplateResult {
    const section = Boolean(node.section);
    return html`<fieldset
      class="group ${section ? 'section' : 'object'}"
      part="fieldset"
      id=${node.id}
      tabindex="-1"
      aria-describedby=${describedBy(node) ?? nothing}
    >
      ${node.label
        ? html`<legend class="legend${section ? ' section-legend' : ''}" part="legend">
            ${section ? html`<h2 class="section-title">${node.label}</h2>` : node.label}
          </legend>`
        : nothing}
      ${renderHint(node)}${this.#renderError(node)}
      <div class="fields">${this.#renderChildren(node.children)}</div>
    </fieldset>`;
  }

  /** A group of a recursive schema below the data (a father's father): opened on request, one level at a time. */
  #renderDeferred(node: FieldNode): TemplateResult {
    return this.#renderGroup(
      node,
      { class: 'group deferred', part: 'fieldset', id: node.id, tabindex: '-1' },
      node.readOnly
        ? html`<p class="empty">${this.#messages.noItems}</p>`
        : html`<button type="button" class="button button--secondary" part="button" data-action="open" data-pointer=${node.pointer} data-group=${node.id}>
            ${this.#messages.openGroup(node.label)}
          </button>`,
      'legend',
    );
  }

  /** What the templates of maps and tuples use of the element. */
  readonly #collectionHost: Collections.CollectionHost = {
    messages: () => this.#messages,
    locale: () => this.#formLocale ?? 'vi',
    renderField: (node) => this.#renderField(node),
    renderGroup: (node, wrapper, body) => this.#renderGroup(node, wrapper, body, 'legend'),
    renderChildren: (children) => this.#renderChildren(children),
    apply: (change) => this.#apply(change),
    rendered: () => this.updateComplete.then(() => this.renderRoot as ShadowRoot),
  };

  #renderCollection(node: FieldNode): TemplateResult {
    if (collections) return node.kind === 'map' ? collections.renderMap(this.#collectionHost, node) : collections.renderTuple(this.#collectionHost, node);
    // Not reached in practice: the templates load before a form whose schema has maps or tuples.
    void loadCollections().then(() => this.requestUpdate());
    return html`<p class="loading" role="status">${this.#messages.loading}</p>`;
  }

  #renderArray(node: FieldNode): TemplateResult {
    const m = this.#messages;
    const items = node.items ?? [];
    const count = items.length;
    const itemLabel = node.itemLabel || m.defaultItemLabel;
    const canMove = !node.readOnly;
    return this.#renderGroup(
      node,
      { class: 'group array', part: 'fieldset', id: node.id, 'data-array': node.pointer, tabindex: '-1' },
      html`${count
        ? html`<ol class="items">
            ${fieldList(
              items,
              (item, i) => this.#renderItem(node, item, i, itemLabel),
              // An item is rendered again when its node changed, or anything else it shows (its buttons).
              `${this.#formLocale} ${count} ${node.canRemove} ${canMove} ${itemLabel}`,
            )}
          </ol>`
        : html`<p class="empty">${m.noItems}</p>`}
        ${node.canAdd
          ? html`<button
              type="button"
              class="button button--secondary"
              part="button"
              data-action="add"
              data-pointer=${node.pointer}
            >
              ${m.addItem(itemLabel)}
            </button>`
          : nothing}`,
      'legend',
    );
  }

  #renderItem(array: FieldNode, item: FieldNode, index: number, itemLabel: string): TemplateResult {
    const m = this.#messages;
    const arrayPointer = array.pointer;
    const count = array.items!.length;
    const canRemove = array.canRemove;
    const canMove = !array.readOnly;
    const name = m.itemName(itemLabel, index + 1);
    const button = (action: string, text: string) =>
      html`<button
        type="button"
        class="button button--secondary button--small"
        part="button"
        data-action=${action}
        data-pointer=${arrayPointer}
        data-index=${index}
      >
        ${text}<span class="visually-hidden"> ${name}</span>
      </button>`;
    return html`<li class="item" data-item-of=${arrayPointer}>
      ${this.#renderField(item.label === name ? item : { ...item, label: name })}
      ${canRemove || (canMove && count > 1)
        ? html`<div class="item-actions">
            ${canMove && index > 0 ? button('up', m.moveUp) : nothing}
            ${canMove && index < count - 1 ? button('down', m.moveDown) : nothing}
            ${canRemove ? button('remove', m.remove) : nothing}
          </div>`
        : nothing}
    </li>`;
  }
}
