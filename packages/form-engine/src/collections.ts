/**
 * `@dvc-kit/form-engine/collections`: key–value maps and tuples in the field tree, loaded only for the schemas that
 * have them (`collectionAt` tells). Pass `mapsAndTuples` as `options.collections` to `createForm`; the package's main
 * entry does.
 */
import { isTuple, type CollectionSupport, type FormCollections, type FormInternals } from './collection-support.js';
import { localized, titleOf, uiOf } from './schema-text.js';
import { entryKeys, entrySchemaOf, keyProblem, renameKey, type KeyProblem } from './map-field.js';
import { getIn, isPlainObject, joinPointer, parentPointer, parsePointer, setIn } from './pointer.js';
import { tupleSchemaAt, tupleShape } from './tuple-field.js';
import type { FieldNode, JsonSchemaObject, KeyEdit, LocalizedText, RawValidationError } from './types.js';

export { collectionAt, isMap, isTuple } from './collection-support.js';
// For the templates of maps (the pointer of a new row), so that their lazy chunk need not import the core.
export { joinPointer } from './pointer.js';
export type { CollectionSupport, FormCollections, FormInternals } from './collection-support.js';

/** Where the messages of a map entry's key are kept among the messages by pointer (a pointer no field has). */
function keyPointer(entryPointer: string): string {
  return `${entryPointer}/\u0000key`;
}

export const mapsAndTuples: CollectionSupport = (form) => new Collections(form);

class Collections implements FormCollections {
  readonly #form: FormInternals;
  /** Refused keys the citizen typed, by the pointer of the entry being renamed or of the map being added to. */
  readonly #keyEdits = new Map<string, { text: string; problem: KeyProblem }>();
  /** Map entries by pointer (a pointer names its key for good): their key and the label of their map's keys. */
  readonly #entryKeys = new Map<string, { key: string; keyLabel: string }>();

  constructor(form: FormInternals) {
    this.#form = form;
  }

  // ---- tuples -------------------------------------------------------------------------------

  itemSchema(schema: JsonSchemaObject, index: number) {
    return isTuple(schema) ? tupleSchemaAt(tupleShape(schema), index) : undefined;
  }

  /**
   * The data, with the tuple that holds `pointer` (if any) filled up to it with its positions' defaults, so that
   * setting a later position never leaves holes (which JSON would turn into nulls).
   */
  padTuple(pointer: string): unknown {
    const form = this.#form;
    const tuplePointer = parentPointer(pointer);
    const tuple = pointer === '' ? undefined : form.node(tuplePointer);
    if (tuple?.kind !== 'tuple') return undefined;
    const index = Number(parsePointer(pointer).pop());
    const current = getIn(form.data(), parsePointer(tuplePointer));
    const list = Array.isArray(current) ? current.slice() : [];
    if (!(index > list.length)) return undefined;
    const shape = tupleShape(form.schemaOf(tuple));
    while (list.length < index) list.push(form.defaultValue(tupleSchemaAt(shape, list.length)));
    return setIn(form.data(), parsePointer(tuplePointer), list);
  }

  /** Tuple positions each with their own schema and label (`prefixItems`), then a tail that `items` may allow. */
  tupleNode(base: FieldNode, schema: JsonSchemaObject, value: unknown): unknown {
    const form = this.#form;
    const list = Array.isArray(value) ? value : [];
    const shape = tupleShape(schema);
    const fixed = shape.positions.length;
    const locale = form.locale();
    const ui = uiOf(schema);
    const itemLabel =
      (locale === 'en' ? (ui?.en as Record<string, string> | undefined)?.itemLabel : undefined) ??
      (ui?.itemLabel ? localized(ui.itemLabel as LocalizedText, locale) : undefined) ??
      form.word('item');
    const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const items: FieldNode[] = [];
    let pruned: unknown[] | undefined;
    // Every fixed position shows, filled in or not; the tail as far as the data goes.
    for (let index = 0; index < Math.max(fixed, list.length); index++) {
      const itemValue = list[index];
      const label = (s: JsonSchemaObject) => (index < fixed ? titleOf(s, locale) : undefined) ?? `${itemLabel} ${index + 1}`;
      const item = form.build(tupleSchemaAt(shape, index), form.childPointer(base.pointer, index), itemValue, index < minItems, base.readOnly, label);
      items.push(item);
      const itemPruned = form.prunedOf(item);
      if (index < list.length && itemPruned !== itemValue) {
        pruned ??= list.slice();
        pruned[index] = itemPruned;
      }
    }
    const count = list.length;
    base.items = items;
    base.itemLabel = itemLabel;
    base.fixedItems = fixed;
    base.canAdd = !base.readOnly && shape.rest !== false && count >= fixed && (typeof schema.maxItems !== 'number' || count < schema.maxItems);
    base.canRemove = !base.readOnly && count > Math.max(fixed, minItems);
    return pruned ?? value;
  }

  // ---- maps ---------------------------------------------------------------------------------

  /** The keys its declared fields do not name, as key–value rows checked by the schema each key selects. */
  mapNode(
    base: FieldNode,
    schema: JsonSchemaObject,
    object: Record<string, unknown> | undefined,
    declared: (key: string) => boolean,
    prune: (key: string, value: unknown, child: FieldNode) => void,
  ): void {
    const form = this.#form;
    const locale = form.locale();
    const keyLabel = titleOf(form.context.resolve(schema.propertyNames as JsonSchemaObject | undefined), locale) ?? form.word('entryKey');
    const entries: FieldNode[] = [];
    for (const key of entryKeys(object, declared)) {
      const childValue = object![key];
      const pointer = form.childPointer(base.pointer, key);
      this.#entryKeys.set(pointer, { key, keyLabel });
      const entry = form.build(entrySchemaOf(schema, key).schema, pointer, childValue, false, base.readOnly, () => key);
      entries.push(entry);
      prune(key, childValue, entry);
    }
    const count = object ? Object.keys(object).length : 0;
    base.kind = 'map';
    base.entries = entries;
    base.keyLabel = keyLabel;
    base.canAdd = !base.readOnly && !(typeof schema.maxProperties === 'number' && count >= schema.maxProperties);
    base.canRemove = !base.readOnly && !(typeof schema.minProperties === 'number' && count <= schema.minProperties);
    const edit = this.#keyEdits.get(base.pointer);
    if (edit) base.keyEdit = this.#keyEditOf(edit, keyLabel);
  }

  describeEntry(node: FieldNode): void {
    const entry = this.#entryKeys.get(node.pointer);
    if (!entry) return;
    node.entryKey = entry.key;
    const keyErrors = this.#form.errors(keyPointer(node.pointer));
    if (keyErrors) node.keyErrors = keyErrors;
    const edit = this.#keyEdits.get(node.pointer);
    if (edit) node.keyEdit = this.#keyEditOf(edit, entry.keyLabel);
  }

  #keyEditOf(edit: { text: string; problem: KeyProblem }, keyLabel: string): KeyEdit {
    return { text: edit.text, message: this.#form.message(edit.problem, keyLabel, { key: edit.text }) };
  }

  /** The map at a pointer: its schema, its object (if any), and whether a key is one of its declared fields. */
  #mapAt(pointer: string): { schema: JsonSchemaObject; object?: Record<string, unknown>; declared: (key: string) => boolean } | undefined {
    const form = this.#form;
    const node = form.node(pointer);
    if (node?.kind !== 'map') return undefined;
    const declared = (key: string) => form.declares(node, key);
    return { schema: form.schemaOf(node), declared, ...(isPlainObject(node.value) ? { object: node.value } : {}) };
  }

  /** Remember (or forget, with no problem) a refused key at `pointer`, and rebuild what shows it. */
  #setKeyEdit(pointer: string, text: string, problem: KeyProblem | undefined) {
    if (problem) this.#keyEdits.set(pointer, { text, problem });
    else if (!this.#keyEdits.delete(pointer)) return this.#form.state();
    return this.#form.refresh(pointer);
  }

  addEntry(mapPointer: string, key: string) {
    const map = this.#mapAt(mapPointer);
    if (!map) return this.#form.state();
    const problem = keyProblem(map.schema, map.object, map.declared, key);
    if (problem) return this.#setKeyEdit(mapPointer, key, problem);
    this.#keyEdits.delete(mapPointer);
    return this.#form.setValue(joinPointer(mapPointer, key), this.#form.defaultValue(entrySchemaOf(map.schema, key).schema));
  }

  renameEntry(mapPointer: string, from: string, to: string) {
    const form = this.#form;
    const map = this.#mapAt(mapPointer);
    if (!map?.object || !Object.hasOwn(map.object, from) || map.declared(from)) return form.state();
    const entryPointer = joinPointer(mapPointer, from);
    if (to === from) return this.#setKeyEdit(entryPointer, to, undefined);
    const problem = keyProblem(map.schema, map.object, map.declared, to, from);
    if (problem) return this.#setKeyEdit(entryPointer, to, problem);
    this.#keyEdits.delete(entryPointer);
    // The citizen changed the key: its problems show at once, as after leaving a changed field.
    form.edited(joinPointer(mapPointer, to));
    // A blank value under a key that selects another schema starts again from that schema's default.
    const next = entrySchemaOf(map.schema, to);
    const value = next.selector === entrySchemaOf(map.schema, from).selector ? map.object[from] : form.defaultValue(next.schema);
    return form.setValue(mapPointer, renameKey(map.object, from, to, value));
  }

  removeEntry(mapPointer: string, key: string) {
    const map = this.#mapAt(mapPointer);
    if (!map?.object || !Object.hasOwn(map.object, key) || map.declared(key)) return this.#form.state();
    this.#keyEdits.delete(joinPointer(mapPointer, key));
    return this.#form.setValue(joinPointer(mapPointer, key), undefined);
  }

  reset(): void {
    this.#keyEdits.clear();
  }

  // ---- errors -------------------------------------------------------------------------------

  keyError(error: RawValidationError, errors: readonly RawValidationError[]) {
    const entry = this.#entryOfKeyError(error, errors);
    if (!entry) return entry;
    // A problem of a map's key: shown at the key of its row.
    const keyword = error.keyword === 'additionalProperties' ? 'keyNotAllowed' : error.keyword;
    const label = this.#entryKeys.get(entry.pointer)!.keyLabel;
    return { pointer: keyPointer(entry.pointer), message: this.#form.message(keyword, label, { ...error.params, key: entry.entryKey }) };
  }

  /**
   * The map entry whose key an error is about (`propertyNames`, or a key no schema allows), undefined when it is not
   * about a key, or null for the `propertyNames` summary of problems that its own errors already word.
   */
  #entryOfKeyError(error: RawValidationError, errors: readonly RawValidationError[]): FieldNode | null | undefined {
    const key =
      (error as { propertyName?: unknown }).propertyName ??
      (error.keyword === 'propertyNames' ? error.params.propertyName : error.keyword === 'additionalProperties' ? error.params.additionalProperty : undefined);
    if (typeof key !== 'string') return undefined;
    const entry = this.#form.node(joinPointer(error.instancePath, key));
    if (entry?.entryKey !== key) return undefined;
    const worded = (e: RawValidationError) => e !== error && (e as { propertyName?: unknown }).propertyName === key && e.instancePath === error.instancePath;
    return error.keyword === 'propertyNames' && errors.some(worded) ? null : entry;
  }
}
