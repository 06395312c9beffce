import type { ReactiveControllerHost } from 'lit';
import {
  collectionAt,
  getIn,
  needsClock,
  parsePointer,
  registerClock,
  type CollectionSupport,
  type DossierForm,
  type FieldError,
  type FormState,
  type Locale,
  type SchemaProblem,
  type Validator,
} from '@dvc-kit/form-engine/core';
import { AsyncStateController } from '../shared/async-state.js';
import { loadCollections, loadedCollections } from './collections-chunk.js';

/**
 * The date-time conversion, loaded once, for the first schema with a date-time or time field (most have none).
 * Loaded or not (a failed download), such fields then show: in Vietnam time, or as the text they hold.
 */
let clockLoad: Promise<unknown> | undefined;
let clockSettled = false;

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function problemsOf(error: unknown): readonly SchemaProblem[] {
  const problems = (error as { problems?: unknown } | null)?.problems;
  if (Array.isArray(problems) && problems.length > 0) return problems as SchemaProblem[];
  return [{ pointer: '', message: messageOf(error) }];
}

/** What making the form takes from the element. */
export interface FormMaker {
  /** The language the form speaks now. */
  locale(): Locale;
  /** Whether the first form still waits for its language's text. */
  waitingForLanguage(): boolean;
  /** The engine form, or work to wait for first (see `DvcDossierForm._createForm`). */
  createForm(schema: unknown, data: unknown, locale: Locale, collections: CollectionSupport | undefined): DossierForm | Promise<unknown>;
  /** The schema could not be used (fires `dvc-error`). */
  failed(problems: readonly SchemaProblem[]): void;
}

/** A schema that is ready while the first form's language is still loading (see `FormModel.load`). */
export interface WaitingSchema {
  readonly schema: unknown;
}

/**
 * What a dossier form holds besides its properties: the engine form and where its making stands, the state it
 * shows, the error summary, the data set from code, and the files the citizen attached.
 */
export class FormModel {
  /**
   * The engine form's making: idle (no schema), loading (the schema or code it needs), waiting (with the schema:
   * the first form is made once its language's text is there, so it never shows in Vietnamese first), failed (the
   * schema's problems) or ready (the form).
   */
  readonly load: AsyncStateController<DossierForm, readonly SchemaProblem[], WaitingSchema>;
  /** The state the form shows (null until ready). */
  state: FormState | null = null;
  /** The errors of the summary, shown after a failed submit. */
  summary: readonly FieldError[] | null = null;
  /** The data last set from code (boxed: it may be undefined). */
  dataFromCode?: { value: unknown };
  /** The locale of the engine form (set with the form). */
  locale?: Locale;
  /** The schema the form was (or is being) made from. */
  schema: unknown;
  /** The files the citizen attached, by field pointer; handed over with dvc-submit. */
  readonly files = new Map<string, File[]>();
  readonly #host: ReactiveControllerHost;
  readonly #maker: FormMaker;

  constructor(host: ReactiveControllerHost, maker: FormMaker) {
    this.#host = host;
    this.#maker = maker;
    this.load = new AsyncStateController(host);
  }

  /** The engine form, once ready. */
  get form(): DossierForm | null {
    return this.load.value ?? null;
  }

  /** A new form state: rendered (as a reactive property would be) when it is another one. */
  commit(next: FormState): FormState {
    if (next !== this.state) {
      this.state = next;
      this.#host.requestUpdate();
    }
    return next;
  }

  /** Starts over for a new schema: what was loading for the old one is dropped. */
  restart(): void {
    this.load.restart();
    this.state = null;
    this.summary = null;
  }

  /** The form for a schema, with the data from code (read now: it may have changed while the schema was loading). */
  make(schema: unknown): void {
    const host = this.#maker;
    this.schema = schema;
    if (!this.form && host.waitingForLanguage()) return this.load.set({ status: 'waiting', waiting: { schema } });
    if (!clockSettled && needsClock(schema)) {
      clockLoad ??= import('@dvc-kit/form-engine/date-time').then(registerClock, () => undefined).then(() => (clockSettled = true));
      return this.makeAfter(() => clockLoad!.then(() => schema));
    }
    const locale = host.locale();
    try {
      // Their templates first, so the form never shows without them.
      if (!loadedCollections() && collectionAt(schema) !== undefined) return this.makeAfter(() => loadCollections().then(() => schema));
      const made = host.createForm(schema, this.dataFromCode?.value, locale, loadedCollections()?.mapsAndTuples);
      if (made instanceof Promise) return this.makeAfter(() => made);
      this.locale = locale;
      this.state = made.state;
      this.load.set({ status: 'ready', value: made });
    } catch (error) {
      this.fail(error);
    }
  }

  /** Waits for `work` (unless another schema came meanwhile), then makes the form from the schema it gives. */
  makeAfter(work: (signal: AbortSignal) => Promise<unknown>): void {
    this.load.step(
      work,
      (schema) => this.make(schema),
      (error) => this.fail(error),
    );
  }

  /**
   * Brings the ready form in step with the element: its language, and the read-only flag and validator when they
   * changed (the keys given).
   */
  follow(locale: Locale, changed: { readOnly?: boolean; validator?: Validator | null }): void {
    const form = this.form;
    if (!form) return;
    let next = form.state;
    if (locale !== this.locale) {
      this.locale = locale;
      next = form.setLocale(locale);
      // The summary lists the same problems, now worded in the new language.
      if (this.summary) this.summary = next.errors;
    }
    if (changed.readOnly !== undefined) next = form.setReadOnly(changed.readOnly);
    if ('validator' in changed) {
      const { validator } = changed;
      // Back to the default validator: a new form (the interpreter comes with the full class), same data; kept as
      // the data from code too, so a precompiled page that refuses the form keeps it for the retry.
      if (!validator) {
        this.dataFromCode = { value: form.state.data };
        return this.make(this.schema);
      }
      try {
        next = form.setValidator(validator);
      } catch (error) {
        // A validator that cannot decide the schema's conditions: say so, and keep the data for the next one.
        this.dataFromCode = { value: form.state.data };
        return this.fail(error);
      }
    }
    this.commit(next);
  }

  /** Fetches the schema at `url`, then makes the form from it; a failure is worded by `describe` (which may wait). */
  makeFromUrl(url: string, describe: (error: unknown) => Promise<string>): void {
    this.makeAfter(async (signal) => {
      try {
        const response = await fetch(url, { signal });
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
        return (await response.json()) as unknown;
      } catch (error) {
        throw new Error(await describe(error));
      }
    });
  }

  /** The schema cannot be used: shows its problems instead of the form. */
  fail(error: unknown): void {
    const problems = problemsOf(error);
    this.state = null;
    this.summary = null;
    this.load.set({ status: 'failed', failure: problems });
    this.#maker.failed(problems);
  }

  /** Files of the upload fields whose values are part of the submitted data (hidden ones are left out). */
  submittedFiles(submitData: unknown): Record<string, File[]> {
    const files: Record<string, File[]> = {};
    for (const [pointer, list] of this.files) {
      if (list.length > 0 && getIn(submitData, parsePointer(pointer)) !== undefined) files[pointer] = list;
    }
    return files;
  }
}
