import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataRows, fieldTitle, type DataListOptions } from '../src/console/data-list.js';

const procedures = new URL('../../../schemas/procedures/', import.meta.url);
const schemaOf = (id: string) => JSON.parse(readFileSync(new URL(`${id}/schema.json`, procedures), 'utf8'));
const exampleOf = (id: string, name: string) => JSON.parse(readFileSync(new URL(`${id}/examples/${name}`, procedures), 'utf8'));

const options = (lang: 'vi' | 'en' = 'vi', extra: Partial<DataListOptions> = {}): DataListOptions => ({
  lang,
  yes: lang === 'vi' ? 'Có' : 'Yes',
  no: lang === 'vi' ? 'Không' : 'No',
  formatSize: (bytes) => `${bytes} B`,
  ...extra,
});

describe('dataRows', () => {
  it('labels a real dossier with its schema titles, follows $ref into $defs, and names choices by their titles', () => {
    const rows = dataRows(exampleOf('1.001193', 'valid-in-person.json'), schemaOf('1.001193'), options());
    const byPointer = new Map(rows.map((row) => [row.pointer, row]));
    const street = byPointer.get('/mother/residence/street');
    expect(street?.label).toMatch(/ › /);
    expect(street?.label).not.toContain('residence');
    expect(street?.value).toBe('Số 18, ngõ 72, phố Nguyễn Trãi');
    expect(byPointer.get('/fatherDetermined')?.value).toBe('Có');
    const file = byPointer.get('/attachments/declaration/0');
    expect(file?.value).toBe('to-khai-dang-ky-khai-sinh.pdf (198656 B)');
    // Every value of the data has its row.
    expect(rows.length).toBeGreaterThan(30);
  });

  it('uses the English titles and option names on the English page, and marks Vietnamese where it has to stay', () => {
    const schema = schemaOf('1.013792');
    const data = exampleOf('1.013792', 'valid-individual.json');
    const rows = dataRows(data, schema, options('en'));
    const ownerType = rows.find((row) => row.pointer === '/ownerType');
    expect(ownerType).toMatchObject({ label: 'The owner is', labelLang: 'en', value: 'An individual (form 51a)', valueLang: 'en' });
    const vi = dataRows(data, schema, options('vi')).find((row) => row.pointer === '/ownerType');
    expect(vi).toMatchObject({ label: 'Chủ điểm là', value: 'Cá nhân (Mẫu số 51a)' });
  });

  it('labels by key path without a schema, and keeps keys that are not own or that need escaping', () => {
    const data = JSON.parse('{"a/b": {"c~d": 1}, "list": ["x", "y"], "__proto__": {"polluted": true}}');
    const rows = dataRows(data, undefined, options());
    expect(rows.map((row) => [row.pointer, row.label, row.value])).toEqual([
      ['/a~1b/c~0d', 'a/b › c~d', '1'],
      ['/list/0', 'list › 1', 'x'],
      ['/list/1', 'list › 2', 'y'],
      ['/__proto__/polluted', '__proto__ › polluted', 'Có'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stops at its row limit and says so; deep data ends in a row, not a crash', () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`k${index}`, index]));
    const rows = dataRows(many, undefined, options('vi', { maxRows: 10, truncated: (shown) => `cut at ${shown}` }));
    expect(rows).toHaveLength(11);
    expect(rows.at(-1)?.value).toBe('cut at 10');
    let deep: unknown = 'bottom';
    for (let level = 0; level < 5000; level++) deep = { next: deep };
    const deepRows = dataRows(deep, undefined, options());
    expect(deepRows).toHaveLength(1);
    expect(deepRows[0]?.value).toBe('…');
  });

  it('survives a schema whose $ref loops', () => {
    const schema = { $ref: '#/$defs/a', $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } };
    expect(dataRows({ x: 'y' }, schema, options())).toEqual([{ pointer: '/x', label: 'x', labelLang: 'vi', value: 'y', valueLang: 'vi' }]);
  });
});

// The prepared schema, as the server serves it (`dvc-schema build` adds the attachments' fields from x-dvc).
const preparedOf = (id: string) => JSON.parse(readFileSync(new URL(`../src/generated/${id}/schema.json`, import.meta.url), 'utf8'));

describe('fieldTitle', () => {
  it('names an attachment field by its title, in the page language', () => {
    const schema = preparedOf('1.001193');
    expect(fieldTitle(schema, '/attachments/declaration', 'vi')?.text).toMatch(/^Tờ khai đăng ký khai sinh/);
    expect(fieldTitle(schema, '/attachments/declaration', 'en')).toMatchObject({ lang: 'en' });
    expect(fieldTitle(schema, '/mother/fullName', 'vi')?.text).toBe('Họ và tên');
  });
  it('is undefined for what it cannot name', () => {
    const schema = schemaOf('1.001193');
    for (const pointer of ['result', '', '/nope', '/attachments/nope']) expect(fieldTitle(schema, pointer, 'vi'), pointer).toBeUndefined();
    expect(fieldTitle(undefined, '/a', 'vi')).toBeUndefined();
  });
});
