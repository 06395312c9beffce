import type { CollectionSupport } from './collection-support.js';
import type { FieldNode, FormState, FormatDefinition, Locale, SchemaVocabulary, Validator } from './types.js';

export interface FormOptions {
  locale?: Locale;
  /** Custom formats for this form, on top of the global registry (see `registerFormat`). */
  formats?: Record<string, FormatDefinition>;
  /**
   * Validates the submittable data: a precompiled validator, an ajv one (`@dvc-kit/form-engine/ajv`), or
   * `null` for none. When left out, the built-in eval-free validator is used.
   */
  validator?: Validator | null;
  /**
   * Other schema documents by URI, for the schema's references to them (the full `createForm`'s interpreter reads
   * them; a precompiled validator has them built in). A schema that refers to a JSON Schema meta-schema needs
   * `META_SCHEMAS` from `@dvc-kit/form-engine/meta-schemas`, loaded only by the pages that need it.
   */
  schemas?: Readonly<Record<string, unknown>>;
  /** Every field read-only. */
  readOnly?: boolean;
  /**
   * Extension vocabularies to check and expand a raw schema with (e.g. `procedureVocabulary` from
   * `@dvc-kit/procedure` for `x-dvc`). Read by the full `createForm` only: the core takes prepared schemas.
   */
  vocabularies?: readonly SchemaVocabulary[];
  /**
   * Key–value maps and tuples: `mapsAndTuples` from `@dvc-kit/form-engine/collections` (loaded on demand, few schemas
   * need it; `collectionAt` tells). Without it a schema that has one is refused. The package's main entry passes it.
   */
  collections?: CollectionSupport;
}

/**
 * A dossier form: holds the schema, data and interaction state, and returns a new immutable
 * `FormState` after every change. Unchanged nodes keep their identity, so a renderer can skip them.
 */
export interface DossierForm {
  readonly state: FormState;
  /** Set the value at a JSON Pointer; `undefined` removes it. Creates missing parent objects. */
  setValue(pointer: string, value: unknown): FormState;
  /**
   * Set a leaf from what its native control holds, and let the engine convert it: a string for
   * text-like inputs (numbers: text that is not a number is kept as typed and reported), for
   * select/radio the option index as a string ('' = none), a boolean for a checkbox, the selected
   * option indexes for `checkboxes`. Empty input removes the property.
   */
  setInput(pointer: string, raw: string | boolean | readonly number[]): FormState;
  /** Mark a field as touched (the citizen left it after a change): its errors show from now on. */
  touch(pointer: string): FormState;
  addItem(arrayPointer: string): FormState;
  removeItem(arrayPointer: string, index: number): FormState;
  moveItem(arrayPointer: string, from: number, to: number): FormState;
  /**
   * Add a key to a map (`kind: 'map'`), with the default value of the schema the key selects. An empty key, one
   * already there or a declared field's is refused: the data stays, the map's `keyEdit` says why.
   */
  addEntry(mapPointer: string, key: string): FormState;
  /**
   * Rename a key of a map: keeps its value and its place. Refused (the entry's `keyEdit` says why) when `to` is
   * empty or taken, or selects another schema than `from` while there is a value (it would be checked as another kind).
   */
  renameEntry(mapPointer: string, from: string, to: string): FormState;
  removeEntry(mapPointer: string, key: string): FormState;
  /** Choose a branch of an `alternatives` field: keeps the values the branches share. */
  selectAlternative(pointer: string, optionIndex: number): FormState;
  /** Mark the form as submitted: every error shows. Returns the state; check `state.valid`. */
  submit(): FormState;
  setLocale(locale: Locale): FormState;
  setValidator(validator: Validator | null): FormState;
  setReadOnly(readOnly: boolean): FormState;
  /** Replace all data (as a prefill): resets touched and submitted. */
  setData(data: unknown): FormState;
  /** Back to the data the form started with. */
  reset(): FormState;
  /** The node at a pointer in the latest tree. */
  getNode(pointer: string): FieldNode | undefined;
}
