/**
 * The dossier form: schema + data + interaction state → an immutable field tree.
 *
 * Why it stays fast on large forms: every node is memoised by pointer. A node is rebuilt only when
 * its resolved schema, value, required flag or shown errors changed (data updates share untouched
 * branches, so identity comparison is enough), so one keystroke rebuilds the path from the root to
 * the field plus the few nodes whose errors changed. The validator runs once per change on the
 * submittable data, whose pruning is memoised the same way.
 */
import type { DossierForm, FormOptions } from './api.js';
import { dateMistake } from './date-parts.js';
import { registeredClock } from './clock.js';
import { deepEqual } from './json-values.js';
import { registeredFormats } from './formats.js';
import { formatMessage, formatWord } from './messages.js';
import type { WordKey } from './messages.js';
import { MAX_DATA_DEPTH } from './limits.js';
import {
  getIn,
  isPlainObject,
  joinPointer,
  parentPointer,
  parsePointer,
  pointerToId,
  pointerWithAncestors,
  setIn,
  setOwn,
} from './pointer.js';
import { SchemaContext, SchemaError, conditionalsOf, isObjectBranch, mergeSchemas } from './schema.js';
import { CONDITIONS } from './prepared.js';
import { localized, titleOf, uiOf } from './schema-text.js';
import { collectionAt, isMap, isTuple, type FormCollections, type FormInternals } from './collection-support.js';
import type {
  FieldError,
  FieldNode,
  FieldOption,
  FormState,
  FormatDefinition,
  JsonSchema,
  JsonSchemaObject,
  Locale,
  LocalizedText,
  RawValidationError,
  Validator,
  WidgetKind,
} from './types.js';

/** Internal bookkeeping kept on each node under a symbol, so it stays out of JSON and enumeration. */
const META = Symbol('dvc-node-meta');
type NodeWithMeta = FieldNode & { [META]?: NodeMeta };
function metaOf(node: FieldNode): NodeMeta {
  return (node as NodeWithMeta)[META]!;
}

interface NodeMeta {
  schema: JsonSchemaObject;
  value: unknown;
  required: boolean;
  readOnly: boolean;
  epoch: number;
  /** The node's value with hidden fields left out (identical to `value` when nothing is hidden). */
  pruned: unknown;
  /** For objects: the layout used and the field nodes in its order (before grouping into sections). */
  layout?: ObjectLayout;
  fields?: FieldNode[];
}

interface BuiltNode {
  node: FieldNode;
  pruned: unknown;
  fields?: FieldNode[];
  layout?: ObjectLayout;
}

interface ObjectLayout {
  properties: Record<string, JsonSchema>;
  required: Set<string>;
  order: string[];
  /** `order` less the discriminator of alternatives (which the branch chooser stands for). */
  fieldKeys: string[];
  sections: boolean;
  /** Properties declared only in branches that do not apply now. */
  hidden: Set<string>;
  alternatives?: { options: FieldOption[]; selected: number; discriminator?: string };
}

const NO_ERRORS: readonly string[] = Object.freeze([]);
/** Stands for a recursive part of a schema below the data: a `deferred` node, unfolded when the citizen opens it. */
const RECURSION_STOP: JsonSchemaObject = Object.freeze({}) as JsonSchemaObject;
/**
 * How many groups without data the form unfolds below one another before it defers the rest. Recursion is
 * caught by origin (see `SchemaContext.originOf`); this bounds the rest: a schema that reaches itself through
 * `allOf`, or a chain of distinct definitions, each referenced twice, that would unfold 2^depth groups.
 */
const MAX_EMPTY_DEPTH = 12;
/** Stands for data nested deeper than MAX_DATA_DEPTH: kept untouched, shown read-only. */
const TOO_DEEP: JsonSchemaObject = Object.freeze({}) as JsonSchemaObject;
const ID_PREFIX = 'dvc-field';

/** Tests a prepared schema's conditions by index (a `Validator.test` of a validator built from that schema). */
export type ConditionTest = (index: number, value: unknown) => boolean;

/**
 * A form for a prepared schema (see `prepareSchema`): the public `createForm` of each entry point
 * prepares or checks the schema and picks the validator, then calls this. Conditions are decided by the
 * validator's `test` (every validator built from the schema has one), else by `fallbackTest`: the full engine's
 * interpreter, for a form without a validator or with one that cannot test them.
 */
export function openForm(schema: JsonSchemaObject, data: unknown, options: FormOptions, fallbackTest?: ConditionTest): DossierForm {
  return new Form(schema, data, options, fallbackTest);
}

class Form implements DossierForm {
  readonly #context: SchemaContext;
  readonly #formats: Record<string, FormatDefinition>;
  readonly #ownFormats: Readonly<Record<string, FormatDefinition>> | undefined;
  #locale: Locale;
  #validator: Validator | null;
  #readOnly: boolean;
  #data: unknown;
  #initialData: unknown;
  #submitted = false;
  #epoch = 0;
  #revision = 0;
  #prefilled = new Set<string>();
  readonly #dirty = new Set<string>();
  readonly #touched = new Set<string>();
  readonly #chosenAlternatives = new Map<string, number>();
  /**
   * The value each pointer's control last produced. While a field holds it, its control keeps its shape (see
   * `#shapeControl`): a textarea whose line break was deleted stays a textarea, a date-time typed as text stays text.
   */
  readonly #typed = new Map<string, unknown>();
  readonly #nodes = new Map<string, FieldNode>();
  /** Pointers whose nodes must be rebuilt in the current pass (a changed pointer and its ancestors). */
  #stale = new Set<string>();
  #errorMessages = new Map<string, readonly string[]>();
  #rawErrors: readonly RawValidationError[] = [];
  #errorLists: { errors: readonly FieldError[]; shown: readonly FieldError[] } = { errors: [], shown: [] };
  /** The name each field with an error has in messages and the summary (see `#messageLabel`), by pointer. */
  #errorLabels = new Map<string, string>();
  state!: FormState;

  /** The schema's conditions (see CONDITIONS), and the index of each condition subschema in that list. */
  readonly #conditions: readonly string[];
  readonly #conditionIndex = new Map<unknown, number>();
  /** Whether the validator's tests decide the conditions (it has them, numbered by the same list). */
  #tests = false;

  readonly #fallbackTest?: ConditionTest;
  /** Key–value maps and tuples, when the page loaded them (`options.collections`). */
  readonly #collections?: FormCollections;

  constructor(schema: JsonSchemaObject, data: unknown, options: FormOptions, fallbackTest?: ConditionTest) {
    this.#fallbackTest = fallbackTest;
    this.#context = new SchemaContext(schema, options.schemas);
    if (options.collections) this.#collections = options.collections(this.#internals());
    else {
      // Rendered without them, a map would lose its rows and a tuple its positions: say what to load instead.
      const at = collectionAt(schema);
      if (at !== undefined) {
        throw new SchemaError([{ pointer: at, message: 'A key–value map or tuple needs their support: pass mapsAndTuples from @dvc-kit/form-engine/collections as options.collections.' }]);
      }
    }
    // A reference that does not resolve is refused at once, at its pointer, never halfway through the citizen's typing.
    const unresolved = this.#context.unresolvedRefs();
    if (unresolved.length > 0) throw new SchemaError(unresolved);
    const conditions = schema[CONDITIONS];
    this.#conditions = Array.isArray(conditions) ? (conditions as string[]) : [];
    this.#conditions.forEach((pointer, i) => {
      const condition = typeof pointer === 'string' && pointer.startsWith('/') ? getIn(schema, parsePointer(pointer)) : undefined;
      // A hand-edited list: say which entry, rather than fail on it later or decide its condition wrongly.
      if (typeof condition !== 'object' && typeof condition !== 'boolean') {
        throw new SchemaError([{ pointer: `/${CONDITIONS}/${i}`, message: `${JSON.stringify(pointer)} does not point at a subschema. Build the schema again with dvc-schema build.` }]);
      }
      this.#conditionIndex.set(condition, i);
    });
    this.#formats = registeredFormats();
    this.#ownFormats = options.formats;
    this.#locale = options.locale ?? 'vi';
    this.#validator = this.#testing(options.validator ?? null);
    this.#readOnly = options.readOnly ?? false;
    this.#data = data === undefined ? this.#defaultValue(schema) : data;
    this.#initialData = this.#data;
    if (data !== undefined) collectPrefilled(data, this.#prefilled);
    this.state = this.#recompute(true);
  }

  // ---- public API -------------------------------------------------------------------------

  setValue(pointer: string, value: unknown): FormState {
    const next = setIn(this.#collections?.padTuple(pointer) ?? this.#data, parsePointer(pointer), value);
    if (next === this.#data) return this.state;
    this.#data = next;
    this.#dirty.add(pointer);
    return (this.state = this.#recompute(false));
  }

  /** Set a field from what its native control holds (string, boolean or selected option indexes). */
  setInput(pointer: string, raw: string | boolean | readonly number[]): FormState {
    const node = this.#nodes.get(pointer);
    if (!node) return this.setValue(pointer, raw);
    const parentKind = this.#nodes.get(parentPointer(pointer))?.kind;
    const inArray = parentKind === 'array' || parentKind === 'tuple';
    const schema = metaOf(node).schema;
    const value = parseInput(node, schema, raw, inArray);
    // Stored as the format writes it ("0912 345 678" → "0912345678"); the format keeps what it cannot read as typed.
    const normalize = typeof value === 'string' && typeof schema.format === 'string' ? this.#format(schema.format)?.normalize : undefined;
    const stored = normalize ? normalize(value as string) : value;
    this.#typed.set(pointer, stored);
    return this.setValue(pointer, stored);
  }

  /** A format's definition: the form's own, else the validator's (what it checks), else the global registry's. */
  #format(name: string): FormatDefinition | undefined {
    for (const formats of [this.#ownFormats, this.#validator?.formats, this.#formats]) {
      if (formats && Object.hasOwn(formats, name)) return formats[name];
    }
    return undefined;
  }

  touch(pointer: string): FormState {
    if (!this.#dirty.has(pointer) || this.#touched.has(pointer)) return this.state;
    this.#touched.add(pointer);
    this.#stale = new Set(pointerWithAncestors(pointer));
    return (this.state = this.#recompute(false, true));
  }

  addItem(arrayPointer: string): FormState {
    const current = getIn(this.#data, parsePointer(arrayPointer));
    const node = this.#nodes.get(arrayPointer);
    const schema = node ? metaOf(node).schema : {};
    const list = Array.isArray(current) ? current : [];
    const itemSchema = this.#collections?.itemSchema(schema, list.length) ?? (schema.items as JsonSchema);
    const item = this.#defaultValue(this.#context.resolve(itemSchema), true);
    return this.setValue(arrayPointer, [...list, item]);
  }

  // Maps: see `FormCollections`.
  addEntry(mapPointer: string, key: string): FormState {
    return this.#collections?.addEntry(mapPointer, key) ?? this.state;
  }

  renameEntry(mapPointer: string, from: string, to: string): FormState {
    return this.#collections?.renameEntry(mapPointer, from, to) ?? this.state;
  }

  removeEntry(mapPointer: string, key: string): FormState {
    return this.#collections?.removeEntry(mapPointer, key) ?? this.state;
  }

  /** The form's interface words, in its language (see `formatWord`). */
  readonly #words: Words = {
    locale: () => this.#locale,
    word: (key, params = {}) => formatWord(key, this.#locale, this.#validator?.messages, params, NEUTRAL_WORDS[key](params)),
  };

  /** What the map and tuple support needs of the form. */
  #internals(): FormInternals {
    return {
      context: this.#context,
      locale: () => this.#locale,
      word: this.#words.word,
      data: () => this.#data,
      state: () => this.state,
      node: (pointer) => this.#nodes.get(pointer),
      schemaOf: (node) => metaOf(node).schema,
      prunedOf: (node) => metaOf(node).pruned,
      declares: (node, key) => declares(metaOf(node).layout!, key),
      build: (...args) => this.#build(...args),
      childPointer: (parent, token) => this.#childPointer(parent, token),
      defaultValue: (schema) => this.#defaultValue(this.#context.resolve(schema), true),
      setValue: (pointer, value) => this.setValue(pointer, value),
      edited: (pointer) => {
        this.#dirty.add(pointer);
        this.#touched.add(pointer);
      },
      refresh: (pointer) => {
        this.#stale = new Set(pointerWithAncestors(pointer));
        return (this.state = this.#recompute(false, true));
      },
      errors: (pointer) => this.#errorMessages.get(pointer),
      message: (keyword, label, params) => formatMessage(keyword, { label, kind: 'text', params, locale: this.#locale }, this.#validator?.messages),
    };
  }

  removeItem(arrayPointer: string, index: number): FormState {
    const current = getIn(this.#data, parsePointer(arrayPointer));
    if (!Array.isArray(current)) return this.state;
    return this.setValue(arrayPointer, current.filter((_, i) => i !== index));
  }

  moveItem(arrayPointer: string, from: number, to: number): FormState {
    const current = getIn(this.#data, parsePointer(arrayPointer));
    if (!Array.isArray(current) || to < 0 || to >= current.length || from === to) return this.state;
    const copy = current.slice();
    const [moved] = copy.splice(from, 1);
    copy.splice(to, 0, moved);
    return this.setValue(arrayPointer, copy);
  }

  selectAlternative(pointer: string, optionIndex: number): FormState {
    const node = this.#nodes.get(pointer);
    const layout = node && this.#layoutOf(metaOf(node).schema, node.value, pointer);
    const alternatives = layout?.alternatives;
    if (!alternatives) return this.state;
    if (alternatives.discriminator) {
      const option = alternatives.options[optionIndex];
      return this.setValue(joinPointer(pointer, alternatives.discriminator), option?.value);
    }
    this.#chosenAlternatives.set(pointer, optionIndex);
    this.#dirty.add(pointer);
    this.#stale = new Set(pointerWithAncestors(pointer));
    return (this.state = this.#recompute(false, true));
  }

  submit(): FormState {
    this.#submitted = true;
    return (this.state = this.#recompute(true));
  }

  setLocale(locale: Locale): FormState {
    if (locale === this.#locale) return this.state;
    this.#locale = locale;
    return (this.state = this.#recompute(true));
  }

  setValidator(validator: Validator | null): FormState {
    this.#validator = this.#testing(validator);
    return (this.state = this.#recompute(true));
  }

  setReadOnly(readOnly: boolean): FormState {
    if (readOnly === this.#readOnly) return this.state;
    this.#readOnly = readOnly;
    return (this.state = this.#recompute(true));
  }

  setData(data: unknown): FormState {
    this.#data = data === undefined ? this.#defaultValue(this.#context.root) : data;
    this.#initialData = this.#data;
    this.#prefilled = new Set();
    if (data !== undefined) collectPrefilled(data, this.#prefilled);
    this.#dirty.clear();
    this.#touched.clear();
    this.#chosenAlternatives.clear();
    this.#typed.clear();
    this.#collections?.reset();
    this.#submitted = false;
    return (this.state = this.#recompute(true));
  }

  /** Back to the data the form started with (or was last given with `setData`). */
  reset(): FormState {
    return this.setData(this.#initialData);
  }

  /** The node at a pointer in the current tree, if any. */
  getNode(pointer: string): FieldNode | undefined {
    return this.#nodes.get(pointer);
  }

  /**
   * The validator, unless the form has conditions, no fallback tests (the core) and the validator cannot test them: it has
   * no `test`, or its tests are numbered by another list (built from another version of the schema).
   */
  #testing(validator: Validator | null): Validator | null {
    const own = validator?.conditions;
    const tests = typeof validator?.test === 'function' && (!own || (own.length === this.#conditions.length && own.every((p, i) => p === this.#conditions[i])));
    if (tests || this.#fallbackTest || this.#conditions.length === 0) {
      this.#tests = tests;
      return validator;
    }
    throw new SchemaError([
      {
        pointer: '',
        message: own
          ? 'The validator was built from another version of this schema (its conditions differ). Use the validator that dvc-schema build writes next to this schema.json.'
          : 'The schema has conditions (if, or alternatives) and the validator cannot test them (no "test"). Use the validator that dvc-schema build writes next to this schema.json.',
      },
    ]);
  }

  /** Whether a value matches a condition subschema (an `if`, or an alternative's branch). */
  #holds(condition: JsonSchema, value: unknown): boolean {
    if (typeof condition === 'boolean') return condition;
    const index = this.#conditionIndex.get(condition);
    if (index === undefined) return false;
    if (this.#tests) return this.#validator!.test!(index, value);
    return this.#fallbackTest ? this.#fallbackTest(index, value) : false;
  }

  // ---- recomputation ----------------------------------------------------------------------

  /**
   * Pass 1 rebuilds what the data change touched (structure, visibility, pruned data), then the
   * validator runs on the pruned data; pass 2 rebuilds only the nodes whose messages changed.
   */
  #recompute(everything: boolean, keepStale = false): FormState {
    if (everything) {
      this.#epoch++;
      this.#stale = new Set();
    } else if (!keepStale) {
      this.#stale = new Set();
    }
    let root = this.#buildRoot();
    const submitData = metaOf(root).pruned;

    const previousMessages = this.#errorMessages;
    this.#rawErrors = this.#validator ? this.#validator.validate(submitData) : [];
    this.#errorMessages = this.#mapErrors(this.#rawErrors, root);
    const changed = changedPointers(previousMessages, this.#errorMessages);
    if (changed.length > 0) {
      this.#stale = new Set();
      for (const pointer of changed) for (const p of pointerWithAncestors(pointer)) this.#stale.add(p);
      root = this.#buildRoot();
    }
    if (everything || changed.length > 0 || keepStale || this.state === undefined) {
      this.#errorLists = collectErrors(root, this.#errorLabels, (label, message) => formatWord('summary', this.#locale, this.#validator?.messages, { message }, message.includes(label) ? message : `${label}: ${message}`, label));
    }
    this.#stale = new Set();
    return {
      root,
      data: this.#data,
      submitData,
      valid: this.#rawErrors.length === 0,
      errors: this.#errorLists.errors,
      shownErrors: this.#errorLists.shown,
      submitted: this.#submitted,
      revision: ++this.#revision,
    };
  }

  #buildRoot(): FieldNode {
    return this.#build(this.#context.root, '', this.#data, false, this.#readOnly, (schema) => rootLabel(schema, this.#words));
  }

  /** `label` is computed only when the node is rebuilt: it depends on the schema, key and locale, all covered by the memo check. */
  /** Origins of the schemas being built (see `SchemaContext.originOf`), to stop a recursive schema where the data stops. */
  readonly #building: JsonSchemaObject[] = [];
  /** How many of them are built without data. */
  #emptyDepth = 0;

  #build(rawSchema: JsonSchema, pointer: string, value: unknown, required: boolean, parentReadOnly: boolean, label: (schema: JsonSchemaObject) => string): FieldNode {
    let schema = this.#unwrapNullable(this.#context.resolve(rawSchema));
    const origin = this.#context.originOf(schema);
    // A schema that contains itself (a tree) is unfolded only as deep as the data goes.
    if (value === undefined && (this.#emptyDepth >= MAX_EMPTY_DEPTH || this.#building.includes(origin))) schema = RECURSION_STOP;
    // Data nested beyond the limit is kept as it is, shown as a value the form cannot edit.
    else if (this.#building.length > MAX_DATA_DEPTH) schema = TOO_DEEP;
    const readOnly = parentReadOnly || schema.readOnly === true;
    const previous = this.#nodes.get(pointer);
    if (previous && !this.#stale.has(pointer)) {
      const m = metaOf(previous);
      if (m.schema === schema && m.value === value && m.required === required && m.readOnly === readOnly && m.epoch === this.#epoch) {
        return previous;
      }
    }
    const empty = value === undefined ? 1 : 0;
    this.#building.push(origin);
    this.#emptyDepth += empty;
    let node: BuiltNode;
    try {
      node = this.#createNode(schema, pointer, value, required, readOnly, label(schema === RECURSION_STOP || schema === TOO_DEEP ? this.#context.resolve(rawSchema) : schema));
    } finally {
      this.#building.pop();
      this.#emptyDepth -= empty;
    }
    this.#nodes.set(pointer, node.node);
    (node.node as NodeWithMeta)[META] = { schema, value, required, readOnly, epoch: this.#epoch, pruned: node.pruned, ...(node.fields ? { fields: node.fields, layout: node.layout } : {}) };
    return node.node;
  }

  readonly #unwrapped = new WeakMap<JsonSchemaObject, JsonSchemaObject>();

  /** `anyOf: [X, {type: null}]` (a nullable field) renders as X. */
  #unwrapNullable(schema: JsonSchemaObject): JsonSchemaObject {
    if (schema.type !== undefined || !(schema.oneOf || schema.anyOf)) return schema;
    const cached = this.#unwrapped.get(schema);
    if (cached) return cached;
    const list = (schema.oneOf ?? schema.anyOf) as JsonSchema[];
    const branches = nonNullBranches(this.#context, schema) ?? [];
    let result = schema;
    if (Array.isArray(list) && branches.length === 1 && list.length === 2 && constOf(branches[0]!) === undefined) {
      const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
      result = mergeSchemas(rest, branches[0]!);
    }
    this.#unwrapped.set(schema, result);
    return result;
  }

  #createNode(
    schema: JsonSchemaObject,
    pointer: string,
    value: unknown,
    required: boolean,
    readOnly: boolean,
    label: string,
  ): BuiltNode {
    if (schema === TOO_DEEP || schema === RECURSION_STOP) {
      // Data too deep is kept as it is and shown read-only; a recursive group below the data opens on request.
      const tooDeep = schema === TOO_DEEP;
      const errors = this.#errorMessages.get(pointer) ?? NO_ERRORS;
      const node: FieldNode = { pointer, id: pointerToId(ID_PREFIX, pointer), kind: tooDeep ? 'unsupported' : 'deferred', label, required, readOnly: tooDeep || readOnly, value, errors, showErrors: tooDeep || this.#submitted, constraints: {} };
      return { node, pruned: value };
    }
    const ui = uiOf(schema);
    const locale = this.#locale;
    const options = optionsOf(this.#context, schema, this.#words);
    const type = objectBranches(this.#context, schema) ? 'object' : typeOf(schema, value, options);
    const format = typeof schema.format === 'string' ? schema.format : undefined;
    const formatDefinition = format ? this.#format(format) : undefined;
    // A list or an object holding something else (a prefill of another shape): editing a part would replace it.
    const misfit = value != null && ((type === 'object' && !isPlainObject(value)) || (type === 'array' && !Array.isArray(value)));
    const layoutSchema = type === 'object' && ui?.widget !== 'address' && !misfit ? this.#layoutOf(schema, value, pointer) : undefined;
    const kind = misfit ? 'unsupported' : widgetOf(schema, type, options, layoutSchema);
    const base: FieldNode = {
      pointer,
      id: pointerToId(ID_PREFIX, pointer),
      kind,
      label,
      required,
      readOnly,
      value,
      errors: this.#errorMessages.get(pointer) ?? NO_ERRORS,
      showErrors: this.#submitted || this.#touched.has(pointer) || this.#prefilled.has(pointer),
      constraints: constraintsOf(schema, type),
    };
    const help = helpOf(schema, locale);
    if (help) base.help = help;
    const placeholder = placeholderOf(schema, formatDefinition, this.#words);
    if (placeholder) base.placeholder = placeholder;
    const inputMode = (ui?.inputMode as string | undefined) ?? formatDefinition?.inputMode ?? defaultInputMode(kind);
    if (inputMode) base.inputMode = inputMode;
    const autocomplete = (ui?.autocomplete as string | undefined) ?? formatDefinition?.autocomplete;
    if (autocomplete) base.autocomplete = autocomplete;
    if (typeof ui?.rows === 'number') base.rows = ui.rows;
    this.#collections?.describeEntry(base);
    this.#shapeControl(base);

    if (layoutSchema) return this.#createObjectNode(base, schema, layoutSchema, value);
    if (kind === 'file') base.file = fileConstraints(this.#context, schema);
    if (kind === 'array') return this.#createArrayNode(base, schema, value);
    // The form refuses a schema with a tuple without collections (see `collectionAt`).
    if (kind === 'tuple') return { node: base, pruned: this.#collections?.tupleNode(base, schema, value) ?? value };
    if (options) {
      base.options = options;
      if (kind === 'checkboxes') base.selectedOption = -1;
      else base.selectedOption = options.findIndex((o) => deepEqual(o.value, value));
    }
    if (kind === 'checkboxes') {
      base.options = optionsOf(this.#context, this.#context.resolve(schema.items as JsonSchema), this.#words) ?? [];
    }
    if (kind === 'const' && value === undefined && 'const' in schema) base.value = schema.const;
    return { node: base, pruned: value };
  }

  /**
   * Gives a leaf the control that shows it without losing any of it: a string with a line break gets a textarea (a
   * single-line input drops line breaks); a date-time or time the native control cannot show exactly is shown as
   * its text, else in Vietnam time, with seconds when it has some. While the field holds what its control last
   * produced, the control keeps its shape, so it does not change under the citizen's fingers.
   */
  #shapeControl(node: FieldNode): void {
    const { kind, pointer, value } = node;
    const kept = this.#typed.has(pointer) && this.#typed.get(pointer) === value ? this.#nodes.get(pointer) : undefined;
    if (SINGLE_LINE_KINDS.has(kind)) {
      if ((typeof value === 'string' && /[\n\r]/.test(value)) || kept?.kind === 'textarea') node.kind = 'textarea';
    } else if (kind === 'datetime' || kind === 'time') {
      let rawText = kept?.rawText;
      let showsSeconds = kept?.constraints.step === 1;
      if (kept?.kind !== kind) {
        // Without the clock (not loaded) every date-time is text: nothing converted, nothing shifted.
        const reading = registeredClock?.readClock(kind, value) ?? null;
        rawText = !registeredClock || (reading === null && value != null && value !== '');
        showsSeconds = reading?.showsSeconds === true;
      }
      if (rawText) node.rawText = true;
      if (showsSeconds) node.constraints.step = 1;
    }
  }

  #createObjectNode(base: FieldNode, schema: JsonSchemaObject, layout: ObjectLayout, value: unknown): BuiltNode {
    const object = isPlainObject(value) ? value : undefined;
    // Fast path for a keystroke: same layout as last time and no errors to refresh, so only the
    // children whose value changed are visited; the others are taken over as they are.
    const previous = this.#nodes.get(base.pointer);
    const previousMeta = previous ? metaOf(previous) : undefined;
    const reusable =
      previousMeta?.layout === layout && previousMeta.epoch === this.#epoch && previousMeta.readOnly === base.readOnly && this.#stale.size === 0;
    const previousObject = reusable && isPlainObject(previousMeta!.value) ? previousMeta!.value : undefined;
    const fields: FieldNode[] = [];
    const byKey = layout.sections ? new Map<string, FieldNode>() : undefined;
    // Not an object (null, a wrong type, absent): nothing to prune, the validator judges it as it is.
    let pruned = (object ?? value) as Record<string, unknown> | undefined;
    let prunedChanged = false;
    /** Copies the object on the first child whose pruned value differs, then records each such child. */
    const prune = (key: string, childValue: unknown, child?: FieldNode) => {
      const childPruned = child ? metaOf(child).pruned : undefined;
      if (child && childPruned === childValue) return;
      if (!prunedChanged) pruned = { ...object };
      prunedChanged = true;
      if (childPruned === undefined) delete pruned![key];
      else setOwn(pruned!, key, childPruned);
    };
    const keys = layout.fieldKeys;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const childValue = ownValue(object, key);
      let child: FieldNode;
      if (reusable && ownValue(previousObject, key) === childValue) {
        child = previousMeta!.fields![i]!;
      } else {
        child = this.#build(layout.properties[key]!, this.#childPointer(base.pointer, key), childValue, layout.required.has(key), base.readOnly, (s) => propertyLabel(s, key, this.#locale));
      }
      fields.push(child);
      byKey?.set(key, child);
      prune(key, childValue, child);
    }
    // Hidden fields are left out.
    if (object) for (const key of layout.hidden) if (Object.hasOwn(object, key)) prune(key, object[key]);
    // The form refuses a schema with a map without collections (see `collectionAt`).
    if (!layout.alternatives && isMap(schema)) this.#collections?.mapNode(base, schema, object, (key) => declares(layout, key), prune);
    base.children = byKey ? this.#sectionsOf(schema, base.pointer, fields, byKey) : fields;
    if (layout.alternatives) {
      base.kind = 'alternatives';
      base.options = layout.alternatives.options;
      base.selectedOption = layout.alternatives.selected;
    }
    return { node: base, pruned, fields, layout };
  }

  /** Groups an object's fields into sections when `x-ui.sections` says so (section nodes are memoised too). */
  #sectionsOf(schema: JsonSchemaObject, pointer: string, children: FieldNode[], byKey: Map<string, FieldNode>): FieldNode[] {
    const sections = uiOf(schema)?.sections as { id: string; title: LocalizedText; description?: LocalizedText; fields: string[] }[] | undefined;
    if (!sections) return children;
    const placed = new Set<FieldNode>();
    const result: FieldNode[] = [];
    for (const section of sections) {
      const members = section.fields.map((key) => byKey.get(key)).filter((n): n is FieldNode => n !== undefined);
      members.forEach((n) => placed.add(n));
      if (members.length === 0) continue;
      const sectionPointer = `${pointer}#${section.id}`;
      const previous = this.#nodes.get(sectionPointer);
      const label = localized(section.title, this.#locale);
      const help = section.description ? localized(section.description, this.#locale) : undefined;
      if (previous && previous.label === label && sameNodes(previous.children!, members)) {
        result.push(previous);
        continue;
      }
      const node: FieldNode = {
        pointer: sectionPointer,
        id: pointerToId(`${ID_PREFIX}-section`, `${pointer}/${section.id}`),
        kind: 'object',
        label,
        required: false,
        readOnly: false,
        value: undefined,
        errors: NO_ERRORS,
        showErrors: false,
        constraints: {},
        children: members,
        section: section.id,
      };
      if (help) node.help = help;
      this.#nodes.set(sectionPointer, node);
      result.push(node);
    }
    for (const child of children) if (!placed.has(child)) result.push(child);
    return result;
  }

  #createArrayNode(base: FieldNode, schema: JsonSchemaObject, value: unknown): BuiltNode {
    const list = Array.isArray(value) ? value : [];
    const itemSchema = (schema.items ?? true) as JsonSchema;
    const ui = uiOf(schema);
    const resolvedItem = this.#context.resolve(itemSchema);
    const itemLabel =
      (this.#locale === 'en' ? ((ui?.en as Record<string, string> | undefined)?.itemLabel ?? undefined) : undefined) ??
      (ui?.itemLabel ? localized(ui.itemLabel as LocalizedText, this.#locale) : undefined) ??
      (typeof resolvedItem.title === 'string' ? resolvedItem.title : this.#words.word('item'));
    const items: FieldNode[] = [];
    let pruned: unknown[] | undefined;
    list.forEach((itemValue, index) => {
      // Items are never optional (they exist), but a "required" mark on each would only confuse.
      const item = this.#build(itemSchema, this.#childPointer(base.pointer, index), itemValue, false, base.readOnly, () => `${itemLabel} ${index + 1}`);
      items.push(item);
      const itemPruned = metaOf(item).pruned;
      if (itemPruned !== itemValue) {
        pruned ??= list.slice();
        pruned[index] = itemPruned;
      }
    });
    base.items = items;
    base.itemLabel = itemLabel;
    const count = list.length;
    base.canAdd = !base.readOnly && (typeof schema.maxItems !== 'number' || count < schema.maxItems);
    base.canRemove = !base.readOnly && (typeof schema.minItems !== 'number' || count > schema.minItems);
    return { node: base, pruned: pruned ?? value };
  }

  readonly #childPointers = new Map<string, Map<string | number, string>>();

  #childPointer(parent: string, token: string | number): string {
    let children = this.#childPointers.get(parent);
    if (!children) this.#childPointers.set(parent, (children = new Map()));
    let pointer = children.get(token);
    if (pointer === undefined) children.set(token, (pointer = joinPointer(parent, token)));
    return pointer;
  }

  /** Layouts of objects without conditional parts never change: computed once per schema. */
  readonly #staticLayouts = new WeakMap<JsonSchemaObject, ObjectLayout>();

  #layoutOf(schema: JsonSchemaObject, value: unknown, pointer: string): ObjectLayout {
    const cached = this.#staticLayouts.get(schema);
    if (cached) return cached;
    const layout = this.#computeLayout(schema, value, pointer);
    const conditional =
      conditionalsOf(schema).length > 0 || schema.dependentSchemas !== undefined || schema.dependentRequired !== undefined ||
      schema.dependencies !== undefined || schema.oneOf !== undefined || schema.anyOf !== undefined;
    if (!conditional) this.#staticLayouts.set(schema, layout);
    return layout;
  }

  /** Which properties an object shows now: its own, plus those of the conditional parts that apply. */
  #computeLayout(schema: JsonSchemaObject, value: unknown, pointer: string): ObjectLayout {
    const object = isPlainObject(value) ? value : {};
    const properties: Record<string, JsonSchema> = { ...(isPlainObject(schema.properties) ? (schema.properties as Record<string, JsonSchema>) : {}) };
    const required = new Set<string>(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const declaredElsewhere = new Set<string>();
    const apply = (part: JsonSchema | undefined) => {
      if (part === undefined) return;
      const resolved = this.#context.resolve(part);
      if (isPlainObject(resolved.properties)) {
        for (const [key, sub] of Object.entries(resolved.properties as Record<string, JsonSchema>)) {
          setOwn(properties, key, Object.hasOwn(properties, key) ? mergeSchemas(this.#context.resolve(properties[key]!), this.#context.resolve(sub)) : sub);
        }
      }
      if (Array.isArray(resolved.required)) for (const key of resolved.required as string[]) required.add(key);
      for (const nested of conditionalsOf(resolved)) applyConditional(nested);
    };
    const remember = (part: JsonSchema | undefined) => {
      const resolved = part === undefined ? undefined : this.#context.resolve(part);
      if (resolved && isPlainObject(resolved.properties)) for (const key of Object.keys(resolved.properties)) declaredElsewhere.add(key);
    };
    const applyConditional = (conditional: { if: JsonSchema; then?: JsonSchema; else?: JsonSchema }) => {
      const holds = this.#holds(conditional.if, object);
      apply(holds ? conditional.then : conditional.else);
      remember(holds ? conditional.else : conditional.then);
    };
    for (const conditional of conditionalsOf(schema)) applyConditional(conditional);

    const dependentSchemas = { ...(isPlainObject(schema.dependentSchemas) ? schema.dependentSchemas : {}) } as Record<string, JsonSchema>;
    const dependentRequired = { ...(isPlainObject(schema.dependentRequired) ? schema.dependentRequired : {}) } as Record<string, string[]>;
    if (isPlainObject(schema.dependencies)) {
      for (const [key, dependency] of Object.entries(schema.dependencies)) {
        if (Array.isArray(dependency)) setOwn(dependentRequired, key, dependency as string[]);
        else setOwn(dependentSchemas, key, dependency as JsonSchema);
      }
    }
    for (const [key, part] of Object.entries(dependentSchemas)) {
      if (ownValue(object, key) !== undefined) apply(part);
      else remember(part);
    }
    for (const [key, needed] of Object.entries(dependentRequired)) {
      if (ownValue(object, key) !== undefined) for (const other of needed) required.add(other);
    }

    let alternatives: ObjectLayout['alternatives'];
    const branches = objectBranches(this.#context, schema);
    if (branches) {
      // The branches as written (the conditions the validator compiled), in the order of `branches`.
      const rawBranches = ((schema.oneOf ?? schema.anyOf) as JsonSchema[]).filter((b) => this.#context.resolve(b).type !== 'null');
      const discriminator = discriminatorOf(this.#context, branches);
      let selected = -1;
      if (discriminator) {
        selected = branches.findIndex((b) => deepEqual(constOf(this.#context.resolve((b.properties as Record<string, JsonSchema>)[discriminator])), object[discriminator]));
      } else {
        selected = this.#chosenAlternatives.get(pointer) ?? rawBranches.findIndex((b) => this.#holds(b, object));
        if (selected === -1 && Object.keys(object).length > 0) selected = bestBranch(branches, object);
      }
      branches.forEach((branch, i) => (i === selected ? apply(branch) : remember(branch)));
      alternatives = {
        selected,
        options: branches.map((branch, i) => ({
          value: discriminator ? constOf(this.#context.resolve((branch.properties as Record<string, JsonSchema>)[discriminator])) : i,
          label: titleOf(branch, this.#locale) ?? this.#words.word('option', { n: i + 1 }),
        })),
      };
      if (discriminator) alternatives.discriminator = discriminator;
    }

    // A required property the schema does not describe still needs a way to be filled in.
    for (const key of required) {
      if (!Object.hasOwn(properties, key)) setOwn(properties, key, isPlainObject(schema.additionalProperties) ? (schema.additionalProperties as JsonSchema) : true);
    }
    const hidden = new Set<string>();
    for (const key of declaredElsewhere) if (!Object.hasOwn(properties, key)) hidden.add(key);
    const order = orderOf(schema, properties);
    const fieldKeys = alternatives?.discriminator ? order.filter((k) => k !== alternatives!.discriminator) : order;
    return { properties, required, order, fieldKeys, sections: Array.isArray(uiOf(schema)?.sections), hidden, ...(alternatives ? { alternatives } : {}) };
  }

  // ---- errors -----------------------------------------------------------------------------

  #mapErrors(errors: readonly RawValidationError[], root: FieldNode): Map<string, readonly string[]> {
    const result = new Map<string, string[]>();
    const labels = new Map<string, string>();
    const seen = new Set<string>();
    const add = (at: string, keyword: string, label: string, message: () => string) => {
      const key = `${at}\u0000${keyword}`;
      if (seen.has(key)) return;
      seen.add(key);
      const messages = result.get(at) ?? [];
      messages.push(message());
      result.set(at, messages);
      labels.set(at, label);
    };
    for (const error of relevantErrors(errors, (pointer) => this.#nodes.get(pointer))) {
      // A problem of a map's key is shown at the key of its row.
      const keyed = this.#collections?.keyError(error, errors);
      if (keyed === null) continue;
      let target = error.instancePath;
      const missing = error.params.missingProperty;
      const isRequired = error.keyword === 'required' || error.keyword === 'dependentRequired' || error.keyword === 'dependencies';
      if (isRequired && typeof missing === 'string') target = joinPointer(target, missing);
      const node = this.#nearestLiveNode(target, root);
      if (keyed) {
        add(keyed.pointer, error.keyword, node.label, () => keyed.message);
        continue;
      }
      const descendant = target !== node.pointer;
      // An address is one control (<dvc-address-picker>): a problem of a part, or a missing address, names the part.
      const part = node.kind === 'address' && (descendant || isRequired) ? this.#addressPart(node, root, descendant ? parsePointer(target)[parsePointer(node.pointer).length] : undefined) : undefined;
      const label = part?.label ?? this.#messageLabel(node, root);
      if (isRequired && !descendant && node.kind === 'object' && node.value === undefined && !this.#hasOwnMessage(node, 'required')) {
        // A missing group: each required field in it says it is missing, rather than one message for the group.
        const fields = this.#missingFields(node, root);
        for (const f of fields) add(f.node.pointer, 'required', f.label, () => this.#requiredMessage(f));
        if (fields.length > 0) continue;
      }
      const schema = descendant ? undefined : metaOf(node)?.schema;
      add(node.pointer, error.keyword, label, () => this.#messageFor(error, node, label, schema, descendant, part?.kind));
    }
    this.#errorLabels = labels;
    return result;
  }

  /** Messages of required fields found empty in missing groups, kept while the node, its name and the language stay. */
  readonly #requiredMessages = new WeakMap<FieldNode, { label: string; locale: Locale; validator: Validator | null; message: string }>();

  #requiredMessage({ node, label, kind }: MissingField): string {
    const kept = this.#requiredMessages.get(node);
    if (kept?.label === label && kept.locale === this.#locale && kept.validator === this.#validator) return kept.message;
    const message = this.#messageFor(REQUIRED, node, label, metaOf(node).schema, false, kind);
    this.#requiredMessages.set(node, { label, locale: this.#locale, validator: this.#validator, message });
    return message;
  }

  /** Whether the schema of a field words a keyword itself (`x-ui.messages`). */
  #hasOwnMessage(node: FieldNode, keyword: string): boolean {
    const messages = uiOf(metaOf(node)?.schema ?? {})?.messages;
    return isPlainObject(messages) && Object.hasOwn(messages, keyword);
  }

  /** The required fields still empty inside a missing group, through its sections and groups. */
  #missingFields(group: FieldNode, root: FieldNode, found: MissingField[] = []): MissingField[] {
    for (const child of group.children ?? []) {
      if (child.section || (child.kind === 'object' && child.required && child.value === undefined)) this.#missingFields(child, root, found);
      else if (child.required && child.value === undefined) {
        found.push({ node: child, ...((child.kind === 'address' && this.#addressPart(child, root)) || { label: this.#messageLabel(child, root) }) });
      }
    }
    return found;
  }

  /** A part of an address, named with the address ("Tỉnh, thành phố của nơi cư trú"): `key`, else the first required one missing. */
  #addressPart(address: FieldNode, root: FieldNode, key?: string): { label: string; kind: WidgetKind } | undefined {
    const schema = metaOf(address).schema;
    const properties = (isPlainObject(schema.properties) ? schema.properties : {}) as Record<string, JsonSchema>;
    const value = isPlainObject(address.value) ? address.value : undefined;
    key ??= (Array.isArray(schema.required) ? (schema.required as string[]) : []).find((k) => ownValue(value, k) === undefined);
    if (key === undefined || !Object.hasOwn(properties, key)) return undefined;
    const part = this.#context.resolve(properties[key]!);
    return { label: this.#inGroup(propertyLabel(part, key, this.#locale), this.#messageLabel(address, root)), kind: optionsOf(this.#context, part, this.#words) ? 'select' : 'text' };
  }

  /** How many fields show each title: counted once per tree, and the same map while the titles stay the same. */
  #titleCounts: { root?: FieldNode; counts: Map<string, number>; locale?: Locale; validator?: Validator | null } = { counts: new Map() };
  /** Names of unchanged nodes in messages, kept while the title counts stay the same map. */
  readonly #messageLabels = new WeakMap<FieldNode, { counts: Map<string, number>; label: string }>();

  #countTitles(root: FieldNode): Map<string, number> {
    if (this.#titleCounts.root === root) return this.#titleCounts.counts;
    const counts = new Map<string, number>();
    // A loop, not recursion (deep data).
    const stack: FieldNode[] = [root];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next !== root && !next.section) counts.set(next.label, (counts.get(next.label) ?? 0) + 1);
      for (const child of next.children ?? next.items ?? []) stack.push(child);
      for (const entry of next.entries ?? []) stack.push(entry);
    }
    // The same map when nothing changed, so the names kept for it stay valid; they also depend on the language and
    // the dictionaries (the validator's).
    const { counts: previous, locale, validator } = this.#titleCounts;
    const same = locale === this.#locale && validator === this.#validator && previous.size === counts.size && [...counts].every(([title, n]) => previous.get(title) === n);
    this.#titleCounts = { root, counts: same ? previous : counts, locale: this.#locale, validator: this.#validator };
    return this.#titleCounts.counts;
  }

  /**
   * A field's name in messages and the error summary: its label, with its group's name when another field of the
   * form shows the same title ("Ngày sinh của người mẹ" and "Ngày sinh của người được khai sinh").
   */
  #messageLabel(node: FieldNode, root: FieldNode, depth = 0): string {
    const counts = this.#countTitles(root);
    const kept = depth === 0 ? this.#messageLabels.get(node) : undefined;
    if (kept?.counts === counts) return kept.label;
    let label = node.label;
    // Two groups at most ("Tỉnh, thành phố của nơi cư trú của người mẹ"): a deeper chain reads worse than it helps.
    if (depth < MAX_NAMING_GROUPS && (counts.get(node.label) ?? 0) > 1) {
      const parentPointer = pointerWithAncestors(node.pointer)[1];
      const parent = parentPointer ? this.#nodes.get(parentPointer) : undefined;
      if (parent) label = this.#inGroup(node.label, this.#messageLabel(parent, root, depth + 1));
    }
    if (depth === 0) this.#messageLabels.set(node, { counts, label });
    return label;
  }

  /** A field's title with its group's name, as the dictionary words it. */
  #inGroup(label: string, group: string): string {
    return formatWord('fieldOfGroup', this.#locale, this.#validator?.messages, { group }, label, label);
  }

  #messageFor(error: RawValidationError, node: FieldNode, label: string, schema: JsonSchemaObject | undefined, aboutDescendant: boolean, kind: WidgetKind = node.kind): string {
    // An upload field's own messages also word the problems of the files in it.
    const messageSchema = schema ?? (node.kind === 'file' ? metaOf(node).schema : undefined);
    const override = (uiOf(messageSchema ?? {})?.messages as Record<string, LocalizedText> | undefined)?.[error.keyword];
    // A typed date with a precise mistake (a part missing, a short year, a day that does not exist): saying which
    // part to fix helps more than a schema's general wording for the format.
    const preciseDate = error.keyword === 'format' && !aboutDescendant && node.kind === 'date' && dateMistake(node.value) !== null;
    if (override && !preciseDate) return localized(override, this.#locale);
    if (error.keyword === 'format' && !aboutDescendant) {
      const definition = this.#format(String(error.params.format));
      // What exactly is wrong (a check digit, a birth year in the future) before the format's general wording.
      const specific = typeof node.value === 'string' ? definition?.explain?.(node.value) : undefined;
      if (specific) return localized(specific, this.#locale);
      if (definition?.message) return localized(definition.message, this.#locale);
      // A native date or time control cannot show text it cannot parse: name the value in the message.
      if ((node.kind === 'date' || node.kind === 'datetime' || node.kind === 'time') && typeof node.value === 'string') {
        return formatMessage('unreadableDate', { label, kind: node.kind, params: { value: node.value }, locale: this.#locale }, this.#validator?.messages);
      }
    }
    const keyword = error.keyword === 'type' && typeof node.value === 'string' && (node.kind === 'number' || node.kind === 'integer') ? 'notANumber' : error.keyword;
    const dependency = error.keyword === 'dependentRequired' || error.keyword === 'dependencies' ? 'required' : keyword;
    return formatMessage(aboutDescendant && dependency !== 'required' ? 'fallback' : dependency, {
      label,
      kind,
      params: error.params,
      locale: this.#locale,
    }, this.#validator?.messages);
  }

  /** The node of a pointer if it is in the current tree, else its nearest ancestor that is. */
  #nearestLiveNode(pointer: string, root: FieldNode): FieldNode {
    const chain = pointerWithAncestors(pointer).reverse(); // '' first
    let current = root;
    for (const p of chain.slice(1)) {
      const next = childWithPointer(current, p);
      if (!next) break;
      current = next;
    }
    return current;
  }

  /**
   * The value a new item or an empty form starts with: the schema's defaults, with the objects that hold them.
   * Unfolds like the field tree does without data: never a schema inside itself, at most MAX_EMPTY_DEPTH deep.
   */
  #defaultValue(rawSchema: JsonSchema, forItem = false, unfolding = new Set<JsonSchemaObject>()): unknown {
    const schema = this.#context.resolve(rawSchema);
    if ('default' in schema) return cloneJson(schema.default);
    const origin = this.#context.originOf(schema);
    if (unfolding.has(origin) || unfolding.size >= MAX_EMPTY_DEPTH) return undefined;
    const type = typeOf(schema, undefined, optionsOf(this.#context, schema, this.#words));
    if (type === 'object') {
      const result: Record<string, unknown> = {};
      if (isPlainObject(schema.properties)) {
        unfolding.add(origin);
        for (const [key, sub] of Object.entries(schema.properties as Record<string, JsonSchema>)) {
          const resolved = this.#context.resolve(sub);
          const value = 'default' in resolved ? cloneJson(resolved.default) : typeOf(resolved, undefined, undefined) === 'object' ? this.#defaultValue(sub, false, unfolding) : undefined;
          if (value !== undefined && !(isPlainObject(value) && Object.keys(value).length === 0 && !('default' in resolved))) setOwn(result, key, value);
        }
        unfolding.delete(origin);
      }
      return result;
    }
    if (!forItem) return undefined;
    if (type === 'array') return [];
    if (type === 'string') return '';
    if (type === 'boolean') return false;
    return null;
  }
}

// ---- helpers (pure) -----------------------------------------------------------------------

/** Every pointer that holds a value in `data`. A loop, not recursion: data nested beyond the stack is still read. */
function collectPrefilled(data: unknown, into: Set<string>): void {
  const stack: [unknown, string][] = [[data, '']];
  while (stack.length > 0) {
    const [value, pointer] = stack.pop()!;
    if (value === undefined) continue;
    into.add(pointer);
    if (isPlainObject(value)) for (const [key, v] of Object.entries(value)) stack.push([v, joinPointer(pointer, key)]);
    else if (Array.isArray(value)) value.forEach((v, i) => stack.push([v, joinPointer(pointer, i)]));
  }
}

function changedPointers(before: Map<string, readonly string[]>, after: Map<string, readonly string[]>): string[] {
  const changed: string[] = [];
  for (const [pointer, messages] of after) {
    const old = before.get(pointer);
    if (!old || old.length !== messages.length || old.some((m, i) => m !== messages[i])) changed.push(pointer);
  }
  for (const pointer of before.keys()) if (!after.has(pointer)) changed.push(pointer);
  return changed;
}

function childWithPointer(parent: FieldNode, pointer: string): FieldNode | undefined {
  for (const child of parent.children ?? parent.items ?? []) {
    if (child.pointer === pointer) return child;
    if (child.section) {
      const inSection = child.children!.find((c) => c.pointer === pointer);
      if (inSection) return inSection;
    }
  }
  return parent.entries?.find((entry) => entry.pointer === pointer);
}

/** Drops the noise of composite keywords: `if` wrappers and errors of oneOf/anyOf branches that do not apply. */
function relevantErrors(errors: readonly RawValidationError[], nodeAt: (pointer: string) => FieldNode | undefined): RawValidationError[] {
  const isNullTypeError = (e: RawValidationError) => e.keyword === 'type' && e.params.type === 'null';
  const kept = errors.filter((error) => {
    if (error.keyword === 'if') return false;
    const branch = /^(.*)\/(oneOf|anyOf)\/(\d+)\//.exec(error.schemaPath);
    if (!branch) return true;
    const owner = findCompositeOwner(errors, branch[1]!, branch[2]!);
    const node = owner === undefined ? undefined : nodeAt(owner);
    if (node?.kind === 'alternatives') return node.selectedOption === Number(branch[3]);
    if (node && OPTION_WIDGETS.has(node.kind)) return false;
    return !isNullTypeError(error);
  });
  return kept.filter((error) => {
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') return true;
    if (error.params.passingSchemas) return true;
    const node = nodeAt(error.instancePath);
    if (node?.kind === 'alternatives') return !(node.selectedOption !== undefined && node.selectedOption >= 0);
    if (node && OPTION_WIDGETS.has(node.kind)) return true;
    // A nullable field: its own branch's errors explain the problem.
    return !kept.some((e) => e !== error && e.schemaPath.startsWith(`${error.schemaPath}/`));
  });
}

const OPTION_WIDGETS = new Set<WidgetKind>(['select', 'radio', 'checkboxes', 'const']);

/**
 * Widgets that show a string in a single-line input, which drops line breaks: a value with one gets a textarea.
 * Not `password`: a textarea would show it in clear.
 */
const SINGLE_LINE_KINDS = new Set<WidgetKind>(['text', 'email', 'url', 'tel']);

function findCompositeOwner(errors: readonly RawValidationError[], schemaPathPrefix: string, keyword: string): string | undefined {
  const owner = errors.find((e) => e.keyword === keyword && e.schemaPath === `${schemaPathPrefix}/${keyword}`);
  return owner?.instancePath;
}

function collectErrors(root: FieldNode, labels: ReadonlyMap<string, string>, summary: (label: string, message: string) => string): { errors: FieldError[]; shown: FieldError[] } {
  const errors: FieldError[] = [];
  const shown: FieldError[] = [];
  const visit = (node: FieldNode) => {
    for (const message of node.keyErrors ?? []) {
      const entry = { pointer: node.pointer, id: `${node.id}-key`, label: node.label, message, summary: summary(node.label, message) };
      errors.push(entry);
      if (node.showErrors) shown.push(entry);
    }
    for (const message of node.errors) {
      const label = labels.get(node.pointer) ?? node.label;
      const entry = { pointer: node.pointer, id: node.id, label, message, summary: summary(label, message) };
      errors.push(entry);
      if (node.showErrors) shown.push(entry);
    }
    for (const child of node.children ?? node.items ?? []) visit(child);
    for (const entry of node.entries ?? []) visit(entry);
  };
  visit(root);
  return { errors, shown };
}

/** Whether an object declares a key as one of its fields (shown now, or hidden). */
function declares(layout: ObjectLayout, key: string): boolean {
  return Object.hasOwn(layout.properties, key) || layout.hidden.has(key);
}

function sameNodes(a: readonly FieldNode[], b: readonly FieldNode[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

function propertyLabel(schema: JsonSchemaObject, key: string, locale: Locale): string {
  return titleOf(schema, locale) ?? humanize(key);
}

function rootLabel(schema: JsonSchemaObject, words: Words): string {
  return titleOf(schema, words.locale()) ?? words.word('dossier');
}

function helpOf(schema: JsonSchemaObject, locale: Locale): string | undefined {
  const ui = uiOf(schema);
  const en = ui?.en as Record<string, string> | undefined;
  if (locale === 'en' && en?.description) return en.description;
  if (ui?.help) return localized(ui.help as LocalizedText, locale);
  return typeof schema.description === 'string' ? schema.description : undefined;
}

function placeholderOf(schema: JsonSchemaObject, format: FormatDefinition | undefined, words: Words): string | undefined {
  const locale = words.locale();
  const ui = uiOf(schema);
  const en = ui?.en as Record<string, string> | undefined;
  if (locale === 'en' && en?.placeholder) return en.placeholder;
  if (ui?.placeholder) return localized(ui.placeholder as LocalizedText, locale);
  if (format?.placeholder) return format.placeholder;
  const example = Array.isArray(schema.examples) ? schema.examples[0] : undefined;
  if (typeof example === 'string' || typeof example === 'number') return words.word('example', { value: example });
  return undefined;
}

function defaultInputMode(kind: WidgetKind): string | undefined {
  if (kind === 'integer') return 'numeric';
  if (kind === 'number') return 'decimal';
  return undefined;
}

function constOf(schema: JsonSchemaObject): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length === 1) return schema.enum[0];
  return undefined;
}

function nonNullBranches(context: SchemaContext, schema: JsonSchemaObject): JsonSchemaObject[] | undefined {
  const list = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (!Array.isArray(list)) return undefined;
  return list.map((b) => context.resolve(b)).filter((b) => b.type !== 'null');
}

/** `oneOf`/`anyOf`/`enum` as a list of choices, when every branch is a constant. */
function optionsOf(context: SchemaContext, schema: JsonSchemaObject, words: Words): FieldOption[] | undefined {
  const locale = words.locale();
  const en = (uiOf(schema)?.en as Record<string, unknown> | undefined)?.options as Record<string, string> | undefined;
  if (Array.isArray(schema.enum)) {
    return schema.enum.map((value) => ({
      value,
      label: (locale === 'en' ? en?.[String(value)] : undefined) ?? enumLabel(value, words),
    }));
  }
  const branches = nonNullBranches(context, schema);
  if (branches && branches.length > 0 && branches.every((b) => constOf(b) !== undefined)) {
    return branches.map((b) => ({ value: constOf(b), label: titleOf(b, locale) ?? enumLabel(constOf(b), words) }));
  }
  return undefined;
}

function enumLabel(value: unknown, words: Words): string {
  if (value === true) return words.word('yes');
  if (value === false) return words.word('no');
  if (value === null) return words.word('none');
  return String(value);
}

/** How many groups a field's name in messages may add to its title. */
const MAX_NAMING_GROUPS = 2;

/** A required field still empty inside a missing group, with its name in messages (and the kind of an address's part). */
interface MissingField {
  node: FieldNode;
  label: string;
  kind?: WidgetKind;
}

/** The problem of a required field found empty inside a missing group. */
const REQUIRED: RawValidationError = { instancePath: '', schemaPath: '', keyword: 'required', params: {} };

/** The form's language and its interface words. */
interface Words {
  locale(): Locale;
  word(key: WordKey, params?: Record<string, unknown>): string;
}

/** Words when no dictionary is registered or carried (a hand-made validator on the core page): no language at all. */
const NEUTRAL_WORDS: Record<WordKey, (params: Record<string, unknown>) => string> = {
  item: () => '#',
  option: (params) => `#${String(params.n)}`,
  yes: () => '✓',
  no: () => '✗',
  none: () => '–',
  example: (params) => String(params.value),
  dossier: () => '',
  entryKey: () => '#',
};

function objectBranches(context: SchemaContext, schema: JsonSchemaObject): JsonSchemaObject[] | undefined {
  const branches = nonNullBranches(context, schema);
  if (!branches || branches.length < 2) return undefined;
  if (branches.every(isObjectBranch)) return branches;
  return undefined;
}

function discriminatorOf(context: SchemaContext, branches: JsonSchemaObject[]): string | undefined {
  const first = branches[0]!.properties;
  if (!isPlainObject(first)) return undefined;
  return Object.keys(first).find((key) =>
    branches.every((b) => isPlainObject(b.properties) && Object.hasOwn(b.properties, key) && constOf(context.resolve((b.properties as Record<string, JsonSchema>)[key])) !== undefined),
  );
}

function bestBranch(branches: JsonSchemaObject[], object: Record<string, unknown>): number {
  let best = -1;
  let bestScore = 0;
  branches.forEach((b, i) => {
    const props = isPlainObject(b.properties) ? Object.keys(b.properties) : [];
    const score = props.filter((p) => Object.hasOwn(object, p)).length;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

function orderOf(schema: JsonSchemaObject, properties: Record<string, JsonSchema>): string[] {
  const keys = Object.keys(properties);
  const order = uiOf(schema)?.order as string[] | undefined;
  if (!order) return keys;
  const listed = order.filter((k) => k !== '*' && Object.hasOwn(properties, k));
  const rest = keys.filter((k) => !listed.includes(k));
  const star = order.indexOf('*');
  if (star === -1) return [...listed, ...rest];
  const before = order.slice(0, star).filter((k) => Object.hasOwn(properties, k));
  const after = order.slice(star + 1).filter((k) => Object.hasOwn(properties, k));
  return [...before, ...rest, ...after];
}

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null' | 'unknown';

function typeOf(schema: JsonSchemaObject, value: unknown, options: FieldOption[] | undefined): JsonType {
  const declared = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== 'null') ?? 'null' : (schema.type as string | undefined);
  if (declared) return declared as JsonType;
  if ('const' in schema) return jsonType(schema.const);
  if (options && options.length > 0) return jsonType(options[0]!.value);
  const objectShaped = isPlainObject(schema.properties) || Array.isArray(schema.required) || schema.additionalProperties !== undefined || schema.patternProperties !== undefined;
  if (objectShaped || schema.oneOf || schema.anyOf || schema.if) {
    if (objectShaped || isPlainObject(value)) return 'object';
  }
  if (schema.items !== undefined || schema.prefixItems !== undefined) return 'array';
  if (schema.format !== undefined || schema.pattern !== undefined || schema.minLength !== undefined || schema.maxLength !== undefined) return 'string';
  if (schema.minimum !== undefined || schema.maximum !== undefined || schema.multipleOf !== undefined) return 'number';
  if (value === undefined) return 'string';
  return jsonType(value);
}

function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'string' || typeof value === 'boolean') return value === undefined ? 'unknown' : (typeof value as JsonType);
  return 'unknown';
}


function widgetOf(schema: JsonSchemaObject, type: JsonType, options: FieldOption[] | undefined, layout: ObjectLayout | undefined): WidgetKind {
  const chosen = uiOf(schema)?.widget as WidgetKind | undefined;
  if (chosen === 'address' && type === 'object') return 'address';
  if (chosen === 'file' && type === 'array') return 'file';
  if (layout) return layout.alternatives ? 'alternatives' : 'object';
  if (type === 'array') {
    const items = schema.items;
    if (isTuple(schema)) return 'tuple';
    const itemSchema = isPlainObject(items) ? items : {};
    if (Array.isArray(itemSchema.enum) || Array.isArray(itemSchema.oneOf) || Array.isArray(itemSchema.anyOf)) {
      if (Array.isArray(itemSchema.enum) || ((itemSchema.oneOf ?? itemSchema.anyOf) as JsonSchemaObject[]).every((b) => isPlainObject(b) && 'const' in b)) return 'checkboxes';
    }
    return 'array';
  }
  if (options) {
    if (chosen === 'select' || chosen === 'radio') return chosen;
    if (type === 'boolean' && options.length <= 2) return 'radio';
    return options.length <= 5 ? 'radio' : 'select';
  }
  if (chosen && (chosen !== 'checkbox' || type === 'boolean')) return chosen;
  if ('const' in schema && type !== 'boolean') return 'const';
  switch (type) {
    case 'boolean':
      return 'checkbox';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'string': {
      const format = schema.format;
      if (format === 'date') return 'date';
      if (format === 'date-time') return 'datetime';
      if (format === 'time') return 'time';
      if (format === 'email') return 'email';
      if (format === 'uri' || format === 'url' || format === 'iri') return 'url';
      const rows = uiOf(schema)?.rows;
      if ((typeof schema.maxLength === 'number' && schema.maxLength >= 500) || (typeof rows === 'number' && rows > 1)) return 'textarea';
      return 'text';
    }
    case 'null':
      return 'const';
    default:
      return (schema.oneOf || schema.anyOf) ? 'unsupported' : 'text';
  }
}

function constraintsOf(schema: JsonSchemaObject, type: JsonType): FieldNode['constraints'] {
  const c: FieldNode['constraints'] = {};
  if (typeof schema.minLength === 'number') c.minLength = schema.minLength;
  if (typeof schema.maxLength === 'number') c.maxLength = schema.maxLength;
  if (typeof schema.minimum === 'number') c.minimum = schema.minimum;
  if (typeof schema.maximum === 'number') c.maximum = schema.maximum;
  if (typeof schema.multipleOf === 'number') c.step = schema.multipleOf;
  else if (type === 'integer') c.step = 1;
  if (typeof schema.minItems === 'number') c.minItems = schema.minItems;
  if (typeof schema.maxItems === 'number') c.maxItems = schema.maxItems;
  return c;
}

/** Converts what a native control holds into the JSON value the schema expects, losing nothing the citizen typed. */
export function parseInput(node: FieldNode, schema: JsonSchemaObject, raw: string | boolean | readonly number[], inArray: boolean): unknown {
  const empty = inArray ? (node.kind === 'number' || node.kind === 'integer' ? null : '') : undefined;
  if (Array.isArray(raw)) {
    const options = node.options ?? [];
    const values = options.filter((_, i) => raw.includes(i)).map((o) => o.value);
    return values.length === 0 && !inArray ? undefined : values;
  }
  if (typeof raw === 'boolean') {
    if (raw) return true;
    return schema.const === true ? undefined : false;
  }
  const text = raw as string;
  switch (node.kind) {
    case 'number':
    case 'integer': {
      const trimmed = text.trim();
      if (trimmed === '') return empty;
      const normalised = /^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
      const parsed = Number(normalised);
      return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised) && Number.isFinite(parsed) ? parsed : text;
    }
    case 'select':
    case 'radio': {
      if (text === '') return empty;
      const option = node.options?.[Number(text)];
      return option ? option.value : text;
    }
    case 'datetime':
    case 'time':
      if (text === '') return empty;
      // Text stays as typed; the native control's Vietnam time gets its offset and the seconds it did not show.
      return node.rawText ? text : (registeredClock?.writeClock(node.kind, text, node.value, node.constraints.step === 1) ?? text);
    default:
      if (text === '') return empty;
      return text;
  }
}

/** The string a native control shows for a leaf value (datetime and time in Vietnam time, without offset). */
export function inputValueOf(node: FieldNode): string {
  const value = node.value;
  if (value === undefined || value === null) return '';
  if (node.kind === 'select' || node.kind === 'radio') return node.selectedOption !== undefined && node.selectedOption >= 0 ? String(node.selectedOption) : '';
  if (typeof value !== 'string') return typeof value === 'object' ? JSON.stringify(value) : String(value);
  if ((node.kind === 'datetime' || node.kind === 'time') && !node.rawText) return registeredClock?.readClock(node.kind, value)?.text ?? value;
  return value;
}


function fileConstraints(context: SchemaContext, schema: JsonSchemaObject): NonNullable<FieldNode['file']> {
  const items = context.resolve(schema.items as JsonSchema);
  const properties = (isPlainObject(items.properties) ? items.properties : {}) as Record<string, JsonSchemaObject>;
  const types = properties.type?.enum;
  const result: NonNullable<FieldNode['file']> = {
    accept: Array.isArray(types) ? (types as string[]) : [],
    multiple: schema.maxItems !== 1,
  };
  if (typeof properties.size?.maximum === 'number') result.maxBytes = properties.size.maximum;
  if (typeof schema['x-dvc-template'] === 'string') result.template = schema['x-dvc-template'];
  return result;
}

/** An own property's value: nothing inherited from Object.prototype counts as data. */
function ownValue(object: Record<string, unknown> | undefined, key: string): unknown {
  return object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}

function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

