import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataRows, type DataListOptions } from '../src/console/data-list.js';
import { loadUnitNamer, withUnitNames } from '../src/console/unit-names.js';

const procedures = new URL('../../../schemas/procedures/', import.meta.url);
const schemaOf = (id: string) => JSON.parse(readFileSync(new URL(`${id}/schema.json`, procedures), 'utf8'));
const exampleOf = (id: string, name: string) => JSON.parse(readFileSync(new URL(`${id}/examples/${name}`, procedures), 'utf8'));

const options: DataListOptions = { lang: 'vi', yes: 'Có', no: 'Không', formatSize: (bytes) => `${bytes} B` };

/** The 1.001193 example with the mother living in Đà Nẵng (48), phường Hải Vân (20194). */
function birthInDaNang(): unknown {
  const data = exampleOf('1.001193', 'valid-in-person.json');
  data.mother.residence = { ...data.mother.residence, provinceCode: '48', communeCode: '20194' };
  return data;
}

describe("an address's unit codes in the officer console", () => {
  it('marks the province and commune codes of an address field, with the commune\'s province', () => {
    const rows = dataRows(birthInDaNang(), schemaOf('1.001193'), options);
    const byPointer = new Map(rows.map((row) => [row.pointer, row]));
    expect(byPointer.get('/mother/residence/communeCode')?.unit).toEqual({ level: 'commune', code: '20194', provinceCode: '48' });
    expect(byPointer.get('/mother/residence/provinceCode')?.unit).toEqual({ level: 'province', code: '48' });
    expect(byPointer.get('/mother/residence/street')?.unit).toBeUndefined();
    // Not an address field: a key of the same name is just a value.
    expect(dataRows({ communeCode: '20194' }, { type: 'object', properties: { communeCode: { type: 'string' } } }, options)[0]?.unit).toBeUndefined();
  });

  it('names them from @dvc-kit/vn with the code beside, and leaves unknown codes as they are', async () => {
    const rows = dataRows(birthInDaNang(), schemaOf('1.001193'), options);
    const units = rows.flatMap((row) => (row.unit ? [row.unit] : []));
    const named = new Map(withUnitNames(rows, await loadUnitNamer(units)).map((row) => [row.pointer, row]));
    expect(named.get('/mother/residence/communeCode')).toMatchObject({ value: 'Phường Hải Vân (20194)', valueLang: 'vi' });
    expect(named.get('/mother/residence/provinceCode')?.value).toBe('Thành phố Đà Nẵng (48)');
    expect(named.get('/mother/residence/street')?.value).toBe(rows.find((row) => row.pointer === '/mother/residence/street')?.value);

    const unknown = [
      { level: 'commune', code: '99999', provinceCode: '48' },
      { level: 'commune', code: '20194', provinceCode: '01' },
      { level: 'commune', code: '20194' },
      { level: 'province', code: '99' },
      { level: 'commune', code: '00004', provinceCode: '__proto__' },
    ] as const;
    const nameOf = await loadUnitNamer(unknown);
    expect(unknown.map((unit) => nameOf(unit))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('keeps the codes when the list cannot be loaded, and loads nothing for a dossier without an address', async () => {
    const rows = dataRows(birthInDaNang(), schemaOf('1.001193'), options);
    const units = rows.flatMap((row) => (row.unit ? [row.unit] : []));
    const offline = await loadUnitNamer(units, () => Promise.reject(new Error('chunk failed')));
    expect(withUnitNames(rows, offline)).toEqual(rows);
    let loads = 0;
    await loadUnitNamer([], () => {
      loads++;
      return Promise.reject(new Error('not expected'));
    });
    expect(loads).toBe(0);
  });
});
