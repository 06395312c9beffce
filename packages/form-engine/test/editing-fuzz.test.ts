/**
 * Random schemas with every field kind (maps and tuples too), random prefills (line breaks, offsets, seconds, leap seconds, own
 * "__proto__" keys, wrong types) and random edits through the public API. After each edit, every part of the data
 * the edit did not target must be as it was, and a pass that edits nothing (language, touch, submit, read-only)
 * must leave the data as it is. Deterministic: seeded, bounded; a failure names the seed and the smallest list
 * of steps that still fails.
 */
import { describe, it } from 'vitest';
import { createForm, inputValueOf, parsePointer, readClock, writeClock } from '../src/index.js';
import type { DossierForm, FieldNode, JsonSchemaObject } from '../src/index.js';
import { allNodes, firstDifference } from './helpers.js';

const CASES = 120;
const STEPS = 24;
const FIRST_SEED = 20_260_305;

/** mulberry32: a small, well-known seeded PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const chance = (rnd: Random, p: number) => rnd() < p;
const int = (rnd: Random, below: number) => Math.floor(rnd() * below);

/** A JSON object made by JSON.parse, so that a "__proto__" key is an own property. */
function object(entries: [string, unknown][]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (value !== undefined) Object.defineProperty(result, key, { value, writable: true, enumerable: true, configurable: true });
  }
  return result;
}

// ---- schemas -------------------------------------------------------------------------------

const LEAF_KINDS = ['text', 'textarea', 'number', 'integer', 'select', 'radio', 'checkbox', 'checkboxes', 'date', 'datetime', 'time', 'email', 'url'] as const;
const KINDS = [...LEAF_KINDS, 'array', 'object', 'alternatives', 'address', 'file', 'map', 'tuple'] as const;
type Kind = (typeof KINDS)[number];
const KEYS = ['name', 'note', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a/b', 'm~n', 'địa chỉ', 'x'];

function leafSchema(kind: Kind, rnd: Random): JsonSchemaObject {
  switch (kind) {
    case 'text':
      return { type: 'string' };
    case 'textarea':
      return chance(rnd, 0.5) ? { type: 'string', maxLength: 2000 } : { type: 'string', 'x-ui': { rows: 3 } };
    case 'number':
      return { type: 'number' };
    case 'integer':
      return { type: 'integer', minimum: 0 };
    case 'select':
      return { type: 'string', enum: ['HN', 'HCM', 'DN', 'HP', 'CT', 'HUE'] };
    case 'radio':
      return chance(rnd, 0.5) ? { enum: ['a', 'b', 'c'] } : { oneOf: [{ const: 1, title: 'Một' }, { const: 2, title: 'Hai' }] };
    case 'checkbox':
      return { type: 'boolean' };
    case 'checkboxes':
      return { type: 'array', items: { enum: ['x', 'y', 'z'] }, uniqueItems: true };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'time':
      return { type: 'string', format: 'time' };
    case 'email':
      return { type: 'string', format: 'email' };
    default:
      return { type: 'string', format: 'uri' };
  }
}

function objectSchema(rnd: Random, depth: number, size: number): JsonSchemaObject {
  const properties: [string, unknown][] = [];
  const keys = new Set<string>();
  for (let i = 0; i < size; i++) {
    let key = pick(rnd, KEYS);
    if (keys.has(key)) key = `${key}${i}`;
    keys.add(key);
    properties.push([key, fieldSchema(rnd, depth)]);
  }
  return { type: 'object', properties: object(properties) };
}

function fieldSchema(rnd: Random, depth: number): JsonSchemaObject {
  const kind = depth >= 2 ? pick(rnd, LEAF_KINDS) : pick(rnd, KINDS);
  switch (kind) {
    case 'array':
      return { type: 'array', items: objectSchema(rnd, depth + 1, 1 + int(rnd, 3)) };
    case 'object':
      return objectSchema(rnd, depth + 1, 1 + int(rnd, 3));
    case 'alternatives':
      return chance(rnd, 0.5)
        ? {
            type: 'object',
            oneOf: [
              { title: 'Cá nhân', properties: { kind: { const: 'person' }, name: { type: 'string' } }, required: ['kind'] },
              { title: 'Tổ chức', properties: { kind: { const: 'org' }, taxCode: { type: 'string' }, at: { type: 'string', format: 'date-time' } }, required: ['kind'] },
            ],
          }
        : {
            type: 'object',
            oneOf: [
              { properties: { phone: { type: 'string' } }, required: ['phone'] },
              { properties: { email: { type: 'string', format: 'email' }, note: { type: 'string' } }, required: ['email'] },
            ],
          };
    case 'map':
      // Declared fields plus free keys (a map): the keys come from the citizen, "__proto__" among them.
      return { type: 'object', properties: { ghiChu: { type: 'string' } }, additionalProperties: leafSchema(pick(rnd, ['text', 'integer', 'datetime', 'textarea'] as const), rnd) };
    case 'tuple':
      return { type: 'array', prefixItems: [{ type: 'string' }, { type: 'string', format: 'time' }], items: false };
    case 'address':
      return {
        type: 'object',
        'x-ui': { widget: 'address' },
        properties: { provinceCode: { type: 'string' }, communeCode: { type: 'string' }, street: { type: 'string' } },
      };
    case 'file':
      return {
        type: 'array',
        'x-ui': { widget: 'file' },
        items: { type: 'object', properties: { name: { type: 'string' }, size: { type: 'integer' }, type: { enum: ['application/pdf', 'image/jpeg'] } } },
      };
    default:
      return leafSchema(kind, rnd);
  }
}

// ---- values --------------------------------------------------------------------------------

const TEXTS = ['', 'An', 'Nguyễn Văn A', 'dòng 1\ndòng 2', 'a\r\nb', '  cách  ', '\n', 'x'.repeat(40), '🇻🇳 Hà Nội'];
const DATE_TIMES = [
  '2026-03-05T10:30:00Z',
  '2026-03-05T10:30:45Z',
  '2026-03-05T10:30:00.125Z',
  '2026-03-05t10:30:00+05:45',
  '2026-03-05 23:30:00-08:00',
  '2016-12-31T23:59:60Z',
  '2026-02-30T10:00:00Z',
  '2026-03-05T24:00:00Z',
  '2026-03-05T10:30',
  '9999-12-31T23:00:00Z',
  'sáng mai',
];
const TIMES = ['10:30:00Z', '10:30:15.5+07:00', '23:59:60Z', '24:00:00Z', '08:30', '20:00:00-03:30'];

function leafValue(schema: JsonSchemaObject, rnd: Random): unknown {
  if (chance(rnd, 0.08)) return pick(rnd, [null, 42, true, 'lạc loài', [1], { k: 1 }]); // a wrong type
  if (Array.isArray(schema.enum)) return pick(rnd, schema.enum);
  if (Array.isArray(schema.oneOf)) return pick(rnd, [1, 2]);
  if (schema.format === 'date-time') return pick(rnd, DATE_TIMES);
  if (schema.format === 'time') return pick(rnd, TIMES);
  if (schema.format === 'date') return pick(rnd, ['2007-03-27', '1990-5-', '14/05/1990', '2024-02-29']);
  if (schema.format === 'email') return pick(rnd, ['a@b.vn', 'sai@', 'x@y.z\nz']);
  if (schema.format === 'uri') return pick(rnd, ['https://dichvucong.gov.vn', 'không phải url']);
  switch (schema.type) {
    case 'number':
      return pick(rnd, [0, 12.5, -3, 1e21, '12a']);
    case 'integer':
      return pick(rnd, [0, 7, 1.5, '7x']);
    case 'boolean':
      return chance(rnd, 0.5);
    default:
      return pick(rnd, TEXTS);
  }
}

function valueFor(schema: JsonSchemaObject, rnd: Random, depth = 0): unknown {
  if (chance(rnd, 0.15)) return undefined;
  if (depth > 0 && chance(rnd, 0.04)) return pick(rnd, ['không phải đối tượng', 0, null]); // a container of the wrong type
  const ui = schema['x-ui'] as { widget?: string } | undefined;
  if (ui?.widget === 'address') {
    return object([
      ['provinceCode', '01'],
      ['communeCode', chance(rnd, 0.5) ? '00004' : undefined],
      ['street', pick(rnd, ['Số 1 Lê Lợi', 'Số 1\nNgõ 2'])],
      ['__proto__', chance(rnd, 0.2) ? 'giữ nguyên' : undefined],
    ]);
  }
  if (ui?.widget === 'file') return [{ name: 'don.pdf', size: 1024, type: 'application/pdf' }];
  if (schema.type === 'array' && (schema.items as JsonSchemaObject).enum) return ['x', 'z'].filter(() => chance(rnd, 0.6));
  if (Array.isArray(schema.prefixItems)) return (schema.prefixItems as JsonSchemaObject[]).slice(0, int(rnd, 3)).map((item) => leafValue(item, rnd));
  if (schema.type === 'array') return Array.from({ length: int(rnd, 3) }, () => valueFor(schema.items as JsonSchemaObject, rnd, depth + 1) ?? {});
  if (schema.type === 'object') {
    const entries: [string, unknown][] = [];
    const properties = (schema.properties ?? {}) as Record<string, JsonSchemaObject>;
    for (const key of Object.keys(properties)) entries.push([key, valueFor(properties[key]!, rnd, depth + 1)]);
    if (isPlainObjectSchema(schema.additionalProperties)) {
      for (const key of KEYS) if (chance(rnd, 0.3)) entries.push([key, leafValue(schema.additionalProperties, rnd)]);
    }
    if (Array.isArray(schema.oneOf)) {
      const branch = pick(rnd, schema.oneOf as JsonSchemaObject[]);
      for (const [key, sub] of Object.entries(branch.properties as Record<string, JsonSchemaObject>)) {
        entries.push([key, 'const' in sub ? sub.const : valueFor(sub, rnd, depth + 1)]);
      }
    }
    // Keys the schema does not describe, an own "__proto__" among them, are kept as they are.
    if (chance(rnd, 0.3)) entries.push(['__proto__', object([['polluted', true]])]);
    if (chance(rnd, 0.2)) entries.push(['extra', 'không khai báo']);
    return object(entries);
  }
  return leafValue(schema, rnd);
}

const isPlainObjectSchema = (value: unknown): value is JsonSchemaObject => typeof value === 'object' && value !== null && !Array.isArray(value);

// ---- edits ---------------------------------------------------------------------------------

type Step =
  | { op: 'input'; pointer: string; raw: string | boolean | number[] }
  | { op: 'value'; pointer: string; value: unknown }
  | { op: 'add' | 'remove' | 'move'; pointer: string; index: number; to: number }
  | { op: 'alternative'; pointer: string; index: number }
  | { op: 'addEntry' | 'removeEntry'; pointer: string; key: string }
  | { op: 'renameEntry'; pointer: string; key: string; to: string }
  | { op: 'still'; how: 'locale' | 'touch' | 'submit' | 'readOnly'; pointer: string };

function controlText(node: FieldNode, rnd: Random): string {
  if (node.kind === 'datetime' && !node.rawText) {
    const seconds = node.constraints.step === 1 && chance(rnd, 0.5) ? `:${pick(rnd, ['00', '07', '59'])}` : '';
    return pick(rnd, ['', `${pick(rnd, ['2026', '0001', '9999'])}-${pick(rnd, ['01', '02', '12'])}-${pick(rnd, ['01', '28'])}T${pick(rnd, ['00', '07', '23'])}:${pick(rnd, ['00', '31', '59'])}${seconds}`]);
  }
  if (node.kind === 'time' && !node.rawText) {
    const seconds = node.constraints.step === 1 && chance(rnd, 0.5) ? ':30' : '';
    return pick(rnd, ['', `${pick(rnd, ['00', '08', '23'])}:${pick(rnd, ['00', '45'])}${seconds}`]);
  }
  if (node.kind === 'number' || node.kind === 'integer') return pick(rnd, ['', '12', '12,5', '1.250', 'abc', '-0', '1e3']);
  if (node.kind === 'date') return pick(rnd, ['', '2007-03-27', '2007--27', '90-5-14']);
  // A single-line input cannot produce a line break; a textarea (or text the engine keeps as text) can.
  const text = pick(rnd, TEXTS);
  return node.kind === 'textarea' || node.rawText ? text : text.replace(/[\r\n]/g, '');
}

function randomStep(form: DossierForm, rnd: Random): Step {
  const nodes = allNodes(form.state.root).filter((n) => !n.section && n.pointer !== '');
  const node = pick(rnd, nodes.length > 0 ? nodes : [form.state.root]);
  const pointer = node.pointer;
  if (chance(rnd, 0.15)) return { op: 'still', how: pick(rnd, ['locale', 'touch', 'submit', 'readOnly'] as const), pointer };
  switch (node.kind) {
    case 'array': {
      const count = node.items?.length ?? 0;
      const op = count === 0 ? 'add' : pick(rnd, ['add', 'remove', 'move'] as const);
      return { op, pointer, index: int(rnd, Math.max(count, 1)), to: int(rnd, Math.max(count, 1)) };
    }
    case 'alternatives':
      return { op: 'alternative', pointer, index: int(rnd, node.options?.length ?? 1) };
    case 'map': {
      const keys = [...KEYS, '', 'ghiChu', ...Object.keys(node.value ?? {})];
      const op = pick(rnd, ['addEntry', 'removeEntry', 'renameEntry'] as const);
      return op === 'renameEntry' ? { op, pointer, key: pick(rnd, keys), to: pick(rnd, keys) } : { op, pointer, key: pick(rnd, keys) };
    }
    case 'checkbox':
      return { op: 'input', pointer, raw: chance(rnd, 0.5) };
    case 'checkboxes':
      return { op: 'input', pointer, raw: [0, 1, 2].filter(() => chance(rnd, 0.5)) };
    case 'select':
    case 'radio':
      return { op: 'input', pointer, raw: pick(rnd, ['', ...(node.options ?? []).map((_, i) => String(i))]) };
    case 'address':
      return { op: 'value', pointer, value: chance(rnd, 0.2) ? undefined : { provinceCode: '79', communeCode: '26734', street: pick(rnd, ['Số 2', 'Số 2\nTầng 3']) } };
    case 'file':
      return { op: 'value', pointer, value: chance(rnd, 0.2) ? undefined : [{ name: 'anh.jpg', size: 2048, type: 'image/jpeg' }] };
    case 'deferred':
      return { op: 'value', pointer, value: {} }; // what its "open" button does
    case 'object':
    case 'tuple':
    case 'const':
    case 'unsupported':
      return { op: 'still', how: 'touch', pointer };
    default:
      return { op: 'input', pointer, raw: controlText(node, rnd) };
  }
}

function apply(form: DossierForm, step: Step): void {
  switch (step.op) {
    case 'input':
      form.setInput(step.pointer, step.raw);
      return;
    case 'value':
      form.setValue(step.pointer, step.value);
      return;
    case 'add':
      form.addItem(step.pointer);
      return;
    case 'remove':
      form.removeItem(step.pointer, step.index);
      return;
    case 'move':
      form.moveItem(step.pointer, step.index, step.to);
      return;
    case 'alternative':
      form.selectAlternative(step.pointer, step.index);
      return;
    case 'addEntry':
      form.addEntry(step.pointer, step.key);
      return;
    case 'removeEntry':
      form.removeEntry(step.pointer, step.key);
      return;
    case 'renameEntry':
      form.renameEntry(step.pointer, step.key, step.to);
      return;
    case 'still':
      if (step.how === 'locale') form.setLocale(form.getNode('')?.label === 'Dossier' ? 'vi' : 'en');
      else if (step.how === 'touch') form.touch(step.pointer);
      else if (step.how === 'submit') form.submit();
      else {
        form.setReadOnly(true);
        form.setReadOnly(false);
      }
  }
}

// ---- checks --------------------------------------------------------------------------------

const ownValue = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/**
 * Where `after` differs from `before` outside the value at `target` (null: nowhere). Parents the edit had to create
 * (absent before) may appear, holding only the way to the target.
 */
function differenceOutside(before: unknown, after: unknown, target: readonly string[], at = ''): string | null {
  if (target.length === 0) return null;
  const [head, ...rest] = target as [string, ...string[]];
  const child = `${at}/${head.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  // Nothing there (absent, or null: no value): the edit may make the parents it needs.
  if (before === undefined || before === null) {
    if (after === before) return null;
    // A new list reaches the edited position (a tuple's positions before it are filled in).
    if (Array.isArray(after)) return after.length === Number(head) + 1 ? differenceOutside(undefined, after[Number(head)], rest, child) : at;
    const keys = typeof after === 'object' && after !== null ? Object.keys(after) : [];
    return keys.length === 1 && keys[0] === head ? differenceOutside(undefined, ownValue(after, head), rest, child) : at;
  }
  if (Array.isArray(before)) {
    // A list grows only to reach the edited position (a tuple's positions before it are filled in).
    const grows = Array.isArray(after) && after.length === Number(head) + 1 && Number(head) >= before.length;
    if (!Array.isArray(after) || (after.length !== before.length && !grows)) return at;
    if (grows) return differenceOutside(undefined, after[Number(head)], rest, child) ?? firstDifference(before, after.slice(0, before.length), at);
    for (let i = 0; i < before.length; i++) {
      const difference = String(i) === head ? differenceOutside(before[i], after[i], rest, `${at}/${i}`) : firstDifference(before[i], after[i], `${at}/${i}`);
      if (difference !== null) return difference;
    }
    return null;
  }
  if (typeof before !== 'object' || before === null || typeof after !== 'object' || after === null || Array.isArray(after)) return at;
  const others = (value: object) => Object.keys(value).filter((key) => key !== head);
  const difference = firstDifference(object(others(before).map((k) => [k, ownValue(before, k)])), object(others(after).map((k) => [k, ownValue(after, k)])), at);
  if (difference !== null) return difference;
  if (Object.getPrototypeOf(after) !== Object.prototype) return at;
  return differenceOutside(ownValue(before, head), ownValue(after, head), rest, child);
}

/** What is wrong after a step (null: nothing). */
function check(form: DossierForm, step: Step, before: { data: unknown; submitData: unknown; node?: FieldNode }): string | null {
  const { data, submitData } = form.state;
  if (step.op === 'still') {
    if (data !== before.data) return `data changed (${firstDifference(before.data, data) ?? 'a copy'})`;
    const difference = firstDifference(before.submitData, submitData);
    return difference === null ? null : `submitData changed at ${difference}`;
  }
  const target = parsePointer(step.pointer);
  if (step.op === 'addEntry' || step.op === 'removeEntry') {
    // Only that key's entry may change.
    const outsideEntry = differenceOutside(before.data, data, [...target, step.key]);
    return outsideEntry === null ? null : `${step.op} ${JSON.stringify(step.key)} changed ${outsideEntry}`;
  }
  if (step.op === 'renameEntry') {
    const outsideMap = differenceOutside(before.data, data, target);
    if (outsideMap !== null) return `renaming changed ${outsideMap}`;
    const [old, now] = [getOwn(before.data, target), getOwn(data, target)];
    const others = (value: unknown) => object(Object.keys(value ?? {}).filter((k) => k !== step.key && k !== step.to).map((k) => [k, ownValue(value, k)]));
    const kept = firstDifference(others(old), others(now));
    if (kept !== null) return `renaming ${JSON.stringify(step.key)} changed another entry at ${kept}`;
    if (old === now) return null;
    // Renamed: the value moves with its key.
    const moved = firstDifference(ownValue(old, step.key), ownValue(now, step.to));
    return Object.hasOwn(now as object, step.key) || moved !== null ? `renaming ${JSON.stringify(step.key)} to ${JSON.stringify(step.to)} lost its value` : null;
  }
  const outside = differenceOutside(before.data, data, target);
  if (outside !== null) return `changed outside ${step.pointer}, at ${outside}`;
  const old = getOwn(before.data, target);
  const now = getOwn(data, target);
  if (step.op === 'alternative') {
    // Choosing a branch writes at most its discriminator, with the option's value; every other value is kept.
    if (old === now) return null;
    const keys = new Set([...Object.keys(old ?? {}), ...Object.keys(now ?? {})]);
    const changed = [...keys].filter((key) => firstDifference(ownValue(old, key), ownValue(now, key)) !== null);
    const chosen = before.node?.options?.[step.index]?.value;
    return changed.length === 1 && ownValue(now, changed[0]!) === chosen ? null : `choosing a branch changed ${changed.join(', ')}`;
  }
  if (step.op === 'add' || step.op === 'remove' || step.op === 'move') {
    const list = Array.isArray(old) ? old : [];
    const expected = step.op === 'add' ? list : step.op === 'remove' ? list.filter((_, i) => i !== step.index) : moved(list, step.index, step.to);
    if (!Array.isArray(now)) return `${step.op} left no list`;
    const kept = step.op === 'add' ? now.slice(0, -1) : now;
    const difference = firstDifference(expected, kept);
    return difference === null ? null : `${step.op} changed items at ${difference}`;
  }
  if (step.op === 'input' && typeof step.raw === 'string' && before.node) {
    const node = before.node;
    const raw = step.raw;
    if (raw === '') return now === undefined || now === '' || now === null ? null : `clearing stored ${JSON.stringify(now)}`;
    if (['text', 'textarea', 'email', 'url'].includes(node.kind) || node.rawText) {
      return now === raw ? null : `typed ${JSON.stringify(raw)}, stored ${JSON.stringify(now)}`;
    }
    if (node.kind === 'datetime' || node.kind === 'time') {
      // Text that is no control's value (31 February) is kept as typed.
      if (writeClock(node.kind, raw, old, node.constraints.step === 1) === null) return now === raw ? null : `typed ${JSON.stringify(raw)}, stored ${JSON.stringify(now)}`;
      const reading = readClock(node.kind, now);
      if (reading === null) return `stored ${JSON.stringify(now)}, which the control cannot show`;
      if (!String(now).endsWith('+07:00')) return `stored ${JSON.stringify(now)} without Vietnam's offset`;
      // Seconds as typed, else 0 from a control that shows them (it drops ":00"), else those of the value replaced.
      const keptSeconds = node.constraints.step === 1 ? '00' : (readClock(node.kind, old)?.seconds ?? '00');
      const shown = /\d{2}:\d{2}:\d{2}$/.test(raw) ? raw : `${raw}:${keptSeconds}`;
      const showsNow = reading.showsSeconds ? reading.text : `${reading.text}:${reading.seconds}`;
      if (showsNow !== shown) return `typed ${JSON.stringify(raw)} over ${JSON.stringify(old)}, stored ${JSON.stringify(now)}`;
      const fraction = readClock(node.kind, old)?.fraction ?? '';
      return reading.fraction === fraction ? null : `lost the fraction ${fraction} of ${JSON.stringify(old)}`;
    }
  }
  return null;
}

function getOwn(data: unknown, tokens: readonly string[]): unknown {
  let current = data;
  for (const token of tokens) current = Array.isArray(current) ? current[Number(token)] : ownValue(current, token);
  return current;
}

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to || from >= list.length) return list.slice();
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

// ---- the run -------------------------------------------------------------------------------

interface Case {
  schema: JsonSchemaObject;
  prefill: unknown;
  steps: Step[];
}

function makeCase(seed: number): Case {
  const rnd = random(seed);
  const schema = objectSchema(rnd, 0, 3 + int(rnd, 5));
  const prefill = valueFor(schema, rnd) ?? {};
  // The steps depend on the tree at each moment: generate them by running them.
  const form = createForm(clone(schema), clone(prefill));
  const steps: Step[] = [];
  for (let i = 0; i < STEPS; i++) {
    const step = randomStep(form, rnd);
    steps.push(step);
    apply(form, step);
  }
  return { schema, prefill, steps };
}

/** A deep copy that keeps own "__proto__" keys (JSON semantics). */
function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** An RFC 3339 date-time or time as an instant in milliseconds (a time on 1 January 2000), by the platform's parser. */
function instant(value: string, time: boolean): number {
  const iso = (time ? `2000-01-01T${value}` : value.replace(/^(.{10})[Tt ]/, '$1T')).replace(/z$/i, 'Z').replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/([+-]\d{2})$/, '$1:00');
  return Date.parse(iso);
}

/** What the controls would lose or shift when rendered (null: nothing). */
function renderProblem(root: FieldNode, data: unknown): string | null {
  for (const node of allNodes(root)) {
    const value = node.value;
    // Each field shows the data's own value at its pointer, nothing inherited (a fixed value shows its constant).
    if (!node.section && node.kind !== 'const' && value !== getOwn(data, parsePointer(node.pointer))) return `${node.pointer} shows ${String(value)}`;
    if (typeof value === 'string' && /[\r\n]/.test(value) && ['text', 'email', 'url', 'tel'].includes(node.kind)) {
      return `${node.pointer}: a single-line ${node.kind} input for ${JSON.stringify(value)}`;
    }
    if ((node.kind === 'datetime' || node.kind === 'time') && !node.rawText && value !== undefined && value !== '' && value !== null && readClock(node.kind, value) === null) {
      return `${node.pointer}: a native ${node.kind} control for ${JSON.stringify(value)}`;
    }
    const text = inputValueOf(node);
    if ((node.kind === 'datetime' || node.kind === 'time') && !node.rawText && typeof value === 'string' && value !== '') {
      // The control shows the same instant in Vietnam time (to the second; the fraction is not shown).
      const time = node.kind === 'time';
      const resolution = node.constraints.step === 1 ? 1000 : 60_000;
      const shown = instant(`${text}${node.constraints.step === 1 ? '' : ':00'}+07:00`, time);
      const stored = Math.floor(instant(value, time) / resolution) * resolution;
      const day = 86_400_000;
      const same = time ? (((shown - stored) % day) + day) % day === 0 : shown === stored;
      if (!same || Number.isNaN(shown)) return `${node.pointer}: ${JSON.stringify(value)} shown as ${text}`;
    }
  }
  return null;
}

/** Runs the steps; the first failure as "step n (op): what", or null. */
function run({ schema, prefill, steps }: Case): string | null {
  let form: DossierForm;
  try {
    form = createForm(clone(schema), clone(prefill));
  } catch (error) {
    return `createForm threw ${String(error)}`;
  }
  const start = firstDifference(form.state.data, prefill);
  if (start !== null) return `the prefill changed at ${start}`;
  const rendered = renderProblem(form.state.root, form.state.data);
  if (rendered !== null) return `the prefill renders badly: ${rendered}`;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const pointer = 'pointer' in step ? step.pointer : '';
    const before = { data: form.state.data, submitData: clone(form.state.submitData), node: form.getNode(pointer) };
    const dataCopy = clone(before.data);
    try {
      apply(form, step);
    } catch (error) {
      return `step ${i} ${JSON.stringify(step)} threw ${String(error)}`;
    }
    // Nothing is changed in place: the data of the last state is as it was.
    const inPlace = firstDifference(dataCopy, before.data);
    if (inPlace !== null) return `step ${i} ${JSON.stringify(step)} changed the previous data in place at ${inPlace}`;
    const problem = check(form, step, before) ?? renderProblem(form.state.root, form.state.data);
    if (problem !== null) return `step ${i} ${JSON.stringify(step)}: ${problem}`;
  }
  return null;
}

/** The failing case with as few steps as still fail (each step dropped in turn while the failure stays). */
function shrink(failing: Case): { steps: Step[]; failure: string } {
  let steps = failing.steps;
  let failure = run(failing)!;
  for (let i = steps.length - 1; i >= 0; i--) {
    const fewer = steps.filter((_, j) => j !== i);
    const result = run({ ...failing, steps: fewer });
    if (result !== null) [steps, failure] = [fewer, result];
  }
  return { steps, failure };
}

describe('editing never loses or shifts data (seeded fuzz)', () => {
  it(`${CASES} random forms, ${STEPS} random edits each, leave every untouched part of the data as it was`, () => {
    for (let seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
      const failing = makeCase(seed);
      if (run(failing) === null) continue;
      const { steps, failure } = shrink(failing);
      throw new Error(
        `Seed ${seed} fails: ${failure}\nsteps (${steps.length} of ${failing.steps.length}): ${JSON.stringify(steps)}\n` +
          `schema: ${JSON.stringify(failing.schema)}\nprefill: ${JSON.stringify(failing.prefill)}`,
      );
    }
  });
});
