/** Public types of the form engine: plain data in, plain data out. No DOM. */
import type { Dictionaries } from './messages.js';

export type JsonSchema = boolean | JsonSchemaObject;
export interface JsonSchemaObject {
  [keyword: string]: unknown;
}

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text given per locale in the UI vocabulary; a plain string is Vietnamese (and used for English when none is given). */
export type LocalizedText = string | { vi: string; en?: string };

export const WIDGET_KINDS = [
  'text',
  'textarea',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'integer',
  'date',
  'datetime',
  'time',
  'checkbox',
  'radio',
  'select',
  'checkboxes',
  'const',
  'address',
  'file',
  'object',
  'array',
  'tuple',
  'map',
  'alternatives',
  'deferred',
  'unsupported',
] as const;
/**
 * What the element renders for a field.
 * - leaves: `text` … `checkboxes`; `const` is a fixed value shown as text; `address` is an object
 *   `{provinceCode, communeCode, street}` edited as one control (`<dvc-address-picker>`); `file` is an
 *   array of file metadata `{name, size, type}` (a dossier component, `<dvc-file-upload>`).
 * - `object`: a fieldset of `children` (also used for sections: `section` is set).
 * - `array`: a list of `items` with add / remove / move.
 * - `tuple`: `items` position by position (`prefixItems`, each with its own schema and label); the first
 *   `fixedItems` stay, a tail that `items` allows can be added to and removed from.
 * - `map`: an object whose other keys `additionalProperties` (a schema) or `patternProperties` allow: its declared
 *   fields in `children`, then one node per other key in `entries`, whose keys can be added, renamed and removed.
 * - `alternatives`: a `oneOf`/`anyOf` of object shapes; `options` lists them, `children` holds the active one's fields.
 * - `deferred`: a group of a recursive schema that the data does not reach (a person's father's father): the
 *   element offers to open it (`setValue(pointer, {})`), which unfolds one more level.
 * - `unsupported`: a schema the element cannot edit, or an object or array field holding a value of another type;
 *   the value is kept untouched and shown read-only (with its error).
 */
export type WidgetKind = (typeof WIDGET_KINDS)[number];

export interface FieldOption {
  /** The JSON value this option stands for. */
  value: unknown;
  label: string;
}

export interface FieldConstraints {
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** For numbers, `multipleOf`; for `datetime` and `time`, in seconds as HTML's `step`: 1 when the control shows seconds. */
  step?: number;
  minItems?: number;
  maxItems?: number;
}

/** One node of the field tree. Nodes are immutable: a node that did not change keeps its identity between states. */
export interface FieldNode {
  /** JSON Pointer of the value in the data ('' for the root). For a section it is the pointer of the object plus `#section-id`. */
  pointer: string;
  /** A DOM-safe id derived from the pointer, unique within one form. */
  id: string;
  kind: WidgetKind;
  label: string;
  help?: string;
  placeholder?: string;
  inputMode?: string;
  autocomplete?: string;
  /** Rows of a textarea. */
  rows?: number;
  /**
   * For `datetime` and `time`: the value is shown and edited as the text it is, because the native control cannot
   * show it exactly (not a valid RFC 3339 value with an offset, a leap second, a year out of range). Else the
   * control shows it in Vietnam time (see `inputValueOf`).
   */
  rawText?: boolean;
  required: boolean;
  readOnly: boolean;
  /** The current value (undefined when absent). For `object`/`array` the whole sub-value. */
  value: unknown;
  /** Localised messages of every current problem of this value (empty when valid). */
  errors: readonly string[];
  /** Whether the errors should be shown now (touched, prefilled, or the form was submitted). */
  showErrors: boolean;
  options?: readonly FieldOption[];
  /** For `alternatives`: index into `options` of the branch that matches the value, or -1. */
  selectedOption?: number;
  constraints: FieldConstraints;
  /** Fields of an object, a section or the active alternative, in display order; hidden fields are left out. */
  children?: readonly FieldNode[];
  /** Items of an array. */
  items?: readonly FieldNode[];
  /** For an array: whether items can be added / removed now (max/minItems, readOnly). */
  canAdd?: boolean;
  canRemove?: boolean;
  /** For an array: the label of one item, e.g. "Thành viên". */
  itemLabel?: string;
  /** For a tuple: how many leading positions the schema fixes (they cannot be removed). */
  fixedItems?: number;
  /** For a map: a node per key its declared properties do not name, in the data's order (see `entryKey`). */
  entries?: readonly FieldNode[];
  /** For a map: the label of its keys, e.g. "Tên" (`propertyNames.title`). */
  keyLabel?: string;
  /** For a map entry: its key. */
  entryKey?: string;
  /** For a map entry: localised problems of its key (`propertyNames`, a key the schema does not allow). */
  keyErrors?: readonly string[];
  /**
   * A key the citizen typed that was refused (a duplicate, a key that selects another kind of value, an empty
   * one), with why: on an entry after `renameEntry`, on a map after `addEntry`. The data did not change.
   */
  keyEdit?: KeyEdit;
  /** For a section (an `object` node that groups fields of its parent): the section id. */
  section?: string;
  /** For `file`: accepted MIME types, the largest file in bytes, whether several files may be attached, and a template link. */
  file?: { accept: readonly string[]; maxBytes?: number; multiple: boolean; template?: string };
}

/** A refused key: the text the citizen typed, kept as typed, and the localised reason. */
export interface KeyEdit {
  text: string;
  message: string;
}

/** One problem, as the error summary lists it. */
export interface FieldError {
  /** Pointer of the field the message belongs to (the nearest rendered field). */
  pointer: string;
  /** DOM id of that field. */
  id: string;
  /** The field's name in messages: its label, with its group's when another field shares the title. */
  label: string;
  message: string;
  /** The line of the error summary: the message, led by `label` when the message does not name the field. */
  summary: string;
}

export interface FormState {
  root: FieldNode;
  /** All data, including values of fields hidden by a condition (kept so answering back restores them). */
  data: unknown;
  /** The data to submit: hidden fields left out. */
  submitData: unknown;
  valid: boolean;
  /** Every current problem in display order, whether shown or not. */
  errors: readonly FieldError[];
  /** The problems to show now (touched fields, or all after submit). */
  shownErrors: readonly FieldError[];
  submitted: boolean;
  /** Increases on every change; useful as a cheap change key. */
  revision: number;
}

/** A raw validation error in ajv's shape, produced by any validator. */
export interface RawValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * Validates whole data against the form's schema. Implementations: ajv (`@dvc-kit/form-engine/ajv`),
 * a precompiled standalone validator, or any function with this shape.
 */
export interface Validator {
  validate(data: unknown): readonly RawValidationError[];
  /**
   * Messages that come with the validator, by language: `dvc-schema build` bundles the Vietnamese ones into each
   * precompiled validator, so a page that uses only the engine's core still words every error.
   */
  messages?: Dictionaries;
  /**
   * Whether a value matches the prepared schema's condition number `index` (its `x-dvc-conditions` list: each `if`
   * and each object branch of a `oneOf`/`anyOf`). `dvc-schema build` compiles them with the validator, so the
   * engine's core needs no schema matcher; the core requires it when the schema has conditions.
   */
  test?(index: number, value: unknown): boolean;
  /** The `x-dvc-conditions` its tests are numbered by: a form refuses tests numbered by another list. */
  conditions?: readonly string[];
  /**
   * The custom formats it checks, with their wording and normalisation: `dvc-schema build` bundles the ones a procedure
   * uses (e.g. `cccd`), so a page with only the engine's core stores and explains them as the full engine does.
   */
  formats?: Readonly<Record<string, FormatDefinition>>;
}

/** A custom string format, registered by name (e.g. `cccd`). */
export interface FormatDefinition {
  validate: RegExp | ((value: string) => boolean);
  /** Message shown when the value does not match (unless `explain` says more). */
  message?: LocalizedText | { vi: string; en: string };
  /** What exactly is wrong with a value that does not match (a check digit, a birth year in the future); undefined to use `message`. */
  explain?: (value: string) => LocalizedText | undefined;
  /**
   * The value to store for what the citizen typed, e.g. "0912 345 678" → "0912345678". The form stores it, and
   * validators check a value as normalised, so data set in another way is judged the same.
   */
  normalize?: (value: string) => string;
  inputMode?: string;
  placeholder?: string;
  autocomplete?: string;
}

export interface SchemaProblem {
  /** JSON Pointer into the schema. */
  pointer: string;
  message: string;
  keyword?: string;
}

/**
 * An extension vocabulary: a root keyword (such as `x-dvc`, from `@dvc-kit/procedure`) and what it means for the
 * form. The engine knows none but `x-ui`; preparing a schema runs the vocabularies it is given.
 */
export interface SchemaVocabulary {
  /** The keyword it owns, e.g. `x-dvc`. */
  readonly keyword: string;
  /** Every problem of the keyword in this schema (none when the schema does not use it); pointers into the schema. */
  check(schema: unknown): SchemaProblem[];
  /**
   * The schema with what the keyword adds to the form (e.g. upload fields), or the schema itself when nothing.
   * Called only when `check` found no problem; never on a prepared schema.
   */
  expand?(schema: JsonSchemaObject): JsonSchemaObject;
  /** The meta-schema of the keyword's value, for ajv's `addKeyword`; without one ajv takes the keyword as an annotation. */
  readonly metaSchema?: Readonly<Record<string, unknown>>;
}
