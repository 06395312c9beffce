/**
 * The dossier's form data as rows an officer reads: each value with a label made of its fields' titles from the
 * prepared schema (`title`, `x-ui.en.title`), a choice shown by its option's title, a file by its name and size; an
 * address's unit codes are marked (`unit`) so that the page can name them (unit-names.ts).
 * A field the schema does not title keeps its key; with no schema at all every row is labelled by its key path.
 * Own properties only; the walk is bounded (depth and rows), so no data can make it hang. DOM-free.
 */
import type { ConsoleLang } from './text.js';
import { formatDate } from './time.js';

export interface DataRow {
  /** The JSON Pointer of the value in the form data. */
  pointer: string;
  /** The titles of the fields on the way, outermost first, joined with " › ". */
  label: string;
  /** `en` when every title on the way was in English (or a key), else `vi`. */
  labelLang: ConsoleLang;
  value: string;
  /** `en` for values in English, `vi` for values the citizen or schema wrote in Vietnamese; undefined for neutral values. */
  valueLang?: ConsoleLang;
  /** The administrative unit the value names by its code, in an address field (`x-ui.widget: address`). */
  unit?: UnitCode;
}

/** A province or commune code of an address (`<dvc-address-picker>`'s `provinceCode`, `communeCode`). */
export interface UnitCode {
  level: 'province' | 'commune';
  code: string;
  /** The commune's province, from the same address: a commune's name is looked up in its province's list. */
  provinceCode?: string;
}

export interface DataListOptions {
  lang: ConsoleLang;
  yes: string;
  no: string;
  /** Formats a byte count (the page's locale). */
  formatSize(bytes: number): string;
  /** At most this many rows (default 1,000): the rest is cut, and the last row says so. */
  maxRows?: number;
  /** Text of the row that says rows were cut. */
  truncated?: (shown: number) => string;
}

type Schema = Record<string, unknown>;

const MAX_DEPTH = 32;
const MAX_REF_HOPS = 16;
const MAX_BRANCH_DEPTH = 4;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (value: Record<string, unknown>, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The local `$ref` target (`#/$defs/x`), followed a bounded number of times. */
function resolve(root: Schema, node: unknown): Schema | undefined {
  let current = node;
  for (let hop = 0; hop < MAX_REF_HOPS && isObject(current); hop++) {
    const ref = own(current, '$ref');
    if (typeof ref !== 'string' || !ref.startsWith('#')) return current;
    let target: unknown = root;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const part = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      target = isObject(target) ? own(target, part) : undefined;
    }
    if (!isObject(target)) return current;
    current = target;
  }
  return isObject(current) ? current : undefined;
}

/** The subschemas that may describe the same value: allOf/anyOf/oneOf members and if/then/else branches. */
function branches(node: Schema): Schema[] {
  const found: Schema[] = [];
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = own(node, key);
    if (Array.isArray(list)) for (const member of list) if (isObject(member)) found.push(member);
  }
  for (const key of ['then', 'else']) {
    const branch = own(node, key);
    if (isObject(branch)) found.push(branch);
  }
  return found;
}

/** The schema of property `key` (or array index) under `node`, searching the branches a little way down. */
function childSchema(root: Schema, node: Schema | undefined, key: string, index: number | undefined, depth = 0): Schema | undefined {
  if (!node || depth > MAX_BRANCH_DEPTH) return undefined;
  const resolved = resolve(root, node);
  if (!resolved) return undefined;
  if (index !== undefined) {
    const prefix = own(resolved, 'prefixItems');
    if (Array.isArray(prefix) && index < prefix.length && isObject(prefix[index])) return prefix[index];
    const items = own(resolved, 'items');
    if (isObject(items)) return items;
  } else {
    const properties = own(resolved, 'properties');
    const property = isObject(properties) ? own(properties, key) : undefined;
    // Unresolved: a `$ref` may sit beside the title of this very use ("Mẹ" next to a shared "parent" definition).
    if (isObject(property)) return property;
  }
  for (const branch of branches(resolved)) {
    const found = childSchema(root, branch, key, index, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function englishOf(node: Schema): Record<string, unknown> | undefined {
  const ui = own(node, 'x-ui');
  const en = isObject(ui) ? own(ui, 'en') : undefined;
  return isObject(en) ? en : undefined;
}

/** The field's title in the page's language (its own, else its `$ref` target's), and the language it is in. */
function titleOf(root: Schema, node: Schema | undefined, lang: ConsoleLang): { text: string; lang: ConsoleLang } | undefined {
  if (!node) return undefined;
  const own_ = ownTitle(node, lang);
  if (own_ || typeof own(node, '$ref') !== 'string') return own_;
  return ownTitle(resolve(root, node), lang);
}

function ownTitle(node: Schema | undefined, lang: ConsoleLang): { text: string; lang: ConsoleLang } | undefined {
  if (!node) return undefined;
  if (lang === 'en') {
    const english = englishOf(node)?.title;
    if (typeof english === 'string' && english !== '') return { text: english, lang: 'en' };
  }
  const title = own(node, 'title');
  return typeof title === 'string' && title !== '' ? { text: title, lang: 'vi' } : undefined;
}

/** A choice's title: the `oneOf`/`anyOf` member with that `const`, or `x-ui.en.options` in English. */
function optionTitle(node: Schema | undefined, value: unknown, lang: ConsoleLang): { text: string; lang: ConsoleLang } | undefined {
  if (!node || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  if (lang === 'en') {
    const options = englishOf(node)?.options;
    const english = isObject(options) ? own(options, String(value)) : undefined;
    if (typeof english === 'string') return { text: english, lang: 'en' };
  }
  for (const key of ['oneOf', 'anyOf']) {
    const list = own(node, key);
    if (!Array.isArray(list)) continue;
    for (const member of list) {
      if (isObject(member) && own(member, 'const') === value && typeof own(member, 'title') === 'string') return { text: own(member, 'title') as string, lang: 'vi' };
    }
  }
  return undefined;
}

function isAddressField(node: Schema | undefined): boolean {
  const ui = node ? own(node, 'x-ui') : undefined;
  return isObject(ui) && own(ui, 'widget') === 'address';
}

/** The unit that `address[key]` names, when it is one of the address's codes. */
function unitOf(address: Record<string, unknown>, key: string): UnitCode | undefined {
  const code = own(address, key);
  if (typeof code !== 'string') return undefined;
  if (key === 'provinceCode') return { level: 'province', code };
  if (key !== 'communeCode') return undefined;
  const provinceCode = own(address, 'provinceCode');
  return typeof provinceCode === 'string' ? { level: 'commune', code, provinceCode } : { level: 'commune', code };
}

/** File metadata as the form keeps it: `{ name, size, type }`. */
function isFileMetadata(value: unknown): value is { name: string; size: number; type?: string } {
  return isObject(value) && typeof own(value, 'name') === 'string' && typeof own(value, 'size') === 'number' && (own(value, 'type') === undefined || typeof own(value, 'type') === 'string');
}

/**
 * The title of the field at `pointer` (`/attachments/declaration` → "Tờ khai đăng ký khai sinh …"), or undefined when
 * the pointer is not one or the schema does not title that field.
 */
export function fieldTitle(schema: unknown, pointer: string, lang: ConsoleLang): { text: string; lang: ConsoleLang } | undefined {
  if (!isObject(schema) || !pointer.startsWith('/')) return undefined;
  const keys = pointer.slice(1).split('/');
  if (keys.length > MAX_DEPTH) return undefined;
  let node: Schema | undefined = schema;
  for (const raw of keys) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const index = /^(0|[1-9]\d{0,6})$/.test(key) ? Number(key) : undefined;
    node = childSchema(schema, node, key, index);
    if (!node) return undefined;
  }
  return titleOf(schema, node, lang);
}

/** The form data as labelled rows, in the data's own order. */
export function dataRows(data: unknown, schema: unknown, options: DataListOptions): DataRow[] {
  const root: Schema = isObject(schema) ? schema : {};
  const maxRows = options.maxRows ?? 1000;
  const rows: DataRow[] = [];
  let cut = false;

  const walk = (value: unknown, node: Schema | undefined, pointer: string, labels: { text: string; lang: ConsoleLang }[], depth: number, unit?: UnitCode): void => {
    if (rows.length >= maxRows) {
      cut = true;
      return;
    }
    const labelRow = (text: string, valueLang?: ConsoleLang) => {
      const label = labels.length === 0 ? pointer || '/' : labels.map((part) => part.text).join(' › ');
      const labelLang: ConsoleLang = labels.every((part) => part.lang === options.lang) ? options.lang : 'vi';
      rows.push({ pointer, label, labelLang, value: text, ...(valueLang ? { valueLang } : {}), ...(unit && unit.code === value ? { unit } : {}) });
    };
    if (value === null || value === undefined) return;
    // Deeper than any form nests: one row says something is there (no walk, no JSON.stringify of unbounded depth).
    if (depth > MAX_DEPTH) return labelRow('…');
    if (typeof value === 'boolean') return labelRow(value ? options.yes : options.no, options.lang);
    if (typeof value === 'string' || typeof value === 'number') {
      const resolved = resolve(root, node);
      const option = optionTitle(resolved, value, options.lang);
      if (option) return labelRow(option.text, option.lang);
      // A date field reads as dd/mm/yyyy like every other date of the console.
      if (typeof value === 'string' && resolved && own(resolved, 'format') === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return labelRow(formatDate(value));
      return labelRow(String(value), typeof value === 'string' ? 'vi' : undefined);
    }
    if (isFileMetadata(value)) return labelRow(`${value.name} (${options.formatSize(value.size)})`, 'vi');
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const child = childSchema(root, node, '', index);
        const title = isFileMetadata(item) || value.length === 1 ? undefined : { text: `${index + 1}`, lang: options.lang };
        walk(item, child, `${pointer}/${index}`, title ? [...labels, title] : labels, depth + 1);
      });
      return;
    }
    if (isObject(value)) {
      const address = isAddressField(resolve(root, node));
      for (const key of Object.keys(value)) {
        const child = childSchema(root, node, key, undefined);
        const title = titleOf(root, child, options.lang) ?? { text: key, lang: options.lang };
        walk(value[key], child, `${pointer}/${escapePointer(key)}`, [...labels, title], depth + 1, address ? unitOf(value, key) : undefined);
      }
    }
  };

  walk(data, resolve(root, root), '', [], 0);
  if (cut && options.truncated) rows.push({ pointer: '', label: '…', labelLang: options.lang, value: options.truncated(rows.length), valueLang: options.lang });
  return rows;
}
