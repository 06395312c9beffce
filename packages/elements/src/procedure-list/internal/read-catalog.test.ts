import { describe, expect, it } from 'vitest';
import { CATALOG_LIMITS, CatalogError, readCatalog } from './read-catalog.js';
import { SAMPLE_CATALOG } from '../test-fixtures/catalog.js';

const entry = (extra: Record<string, unknown> = {}) => ({ id: 'p1', code: '1.000001', name: { vi: 'Thủ tục một' }, fees: [], free: true, ...extra });
const one = (extra: Record<string, unknown>) => readCatalog({ procedures: [entry(extra)] });

describe('readCatalog', () => {
  it('reads the catalogue dvc-schema build writes, unchanged', () => {
    const { catalog, skipped } = readCatalog(structuredClone(SAMPLE_CATALOG));
    expect(skipped).toEqual([]);
    expect(catalog).toEqual(SAMPLE_CATALOG);
  });

  it('builds a fresh value: unknown properties are dropped, the input is not kept', () => {
    const input = { generator: 'x', extra: 1, procedures: [entry({ future: { a: 1 }, sector: { vi: 'Hộ tịch', fr: 'État civil' } })] };
    const { catalog } = readCatalog(input);
    expect(catalog.procedures[0]).toEqual({ id: 'p1', code: '1.000001', name: { vi: 'Thủ tục một' }, sector: { vi: 'Hộ tịch' }, fees: [], free: true, components: 0, requiredComponents: 0 });
    expect(catalog.procedures[0]!.name).not.toBe(input.procedures[0]!.name);
    expect(catalog).not.toHaveProperty('extra');
  });

  it.each([
    ['null', null, '', 'must be an object'],
    ['an array', [], '', 'must be an object'],
    ['a string', 'catalog', '', 'must be an object'],
    ['no procedures', { generator: 'x' }, '/procedures', 'must be an array, not missing'],
    ['procedures not an array', { procedures: {} }, '/procedures', 'must be an array, not a object'],
  ])('refuses what is not a catalogue: %s', (_what, input, pointer, message) => {
    let error: unknown;
    try {
      readCatalog(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).problems[0]).toMatchObject({ pointer });
    expect((error as CatalogError).problems[0]!.message).toContain(message);
  });

  it('refuses more procedures than it reads, before reading any', () => {
    const procedures = Array.from({ length: CATALOG_LIMITS.procedures + 1 }, () => null);
    expect(() => readCatalog({ procedures })).toThrow(/more than the 10000/);
  });

  it('reads the inherited "procedures" of no prototype: own properties only', () => {
    const proto = { procedures: [entry()] };
    expect(() => readCatalog(Object.create(proto))).toThrow(CatalogError);
    expect(readCatalog(JSON.parse('{"procedures":[],"__proto__":{"procedures":[1]}}')).catalog.procedures).toEqual([]);
  });

  it.each([
    ['not an object', 42, '/procedures/0', 'must be an object'],
    ['no id', { code: 'x', name: 'A' }, '/procedures/0/id', 'non-empty string'],
    ['a blank id', { id: '  ', name: 'A' }, '/procedures/0/id', 'non-empty string'],
    ['a long code', entry({ code: 'x'.repeat(201) }), '/procedures/0/code', 'longer than 200'],
    ['no name', { id: 'p' }, '/procedures/0/name', 'must be a text'],
    ['a name without Vietnamese', entry({ name: { en: 'One' } }), '/procedures/0/name/vi', 'non-empty string'],
    ['a long name', entry({ name: 'x'.repeat(2001) }), '/procedures/0/name', 'longer than 2000'],
    ['a number as sector', entry({ sector: 7 }), '/procedures/0/sector', 'must be a text'],
    ['an unknown level', entry({ level: ['DISTRICT'] }), '/procedures/0/level/0', 'must be one of'],
    ['no level in the array', entry({ level: [] }), '/procedures/0/level', 'non-empty array'],
    ['an unknown online service', entry({ onlineService: 'ALL' }), '/procedures/0/onlineService', 'FULL, PARTIAL'],
    ['a negative processing time', entry({ processingTime: { value: -1, unit: 'DAY' } }), '/procedures/0/processingTime/value', 'whole number'],
    ['a processing time in weeks', entry({ processingTime: { value: 1, unit: 'WEEK' } }), '/procedures/0/processingTime/unit', 'WORKING_DAY'],
    ['a bad cut-off', entry({ processingTime: { value: 0, unit: 'DAY', sameDayCutoff: '25:00' } }), '/procedures/0/processingTime/sameDayCutoff', 'HH:MM'],
    ['fees not an array', entry({ fees: {}, free: false }), '/procedures/0/fees', 'array'],
    ['a fee of an unknown basis', entry({ free: false, fees: [{ kind: 'PHI', basis: 'DAILY', amount: 1 }] }), '/procedures/0/fees/0/basis', 'FIXED'],
    ['a fee of an unknown kind', entry({ free: false, fees: [{ kind: 'TAX', basis: 'FIXED', amount: 1 }] }), '/procedures/0/fees/0/kind', 'LE_PHI'],
    ['a fee in fractions of a đồng', entry({ free: false, fees: [{ kind: 'PHI', basis: 'FIXED', amount: 1.5 }] }), '/procedures/0/fees/0/amount', 'whole'],
    ['a negative fee', entry({ free: false, fees: [{ kind: 'PHI', basis: 'FIXED', amount: -1 }] }), '/procedures/0/fees/0/amount', 'non-negative'],
    ['a fixed fee without amount', entry({ free: false, fees: [{ kind: 'PHI', basis: 'FIXED' }] }), '/procedures/0/fees/0/amount', 'required'],
    ['a percentage over 100', entry({ free: false, fees: [{ kind: 'PHI', basis: 'PERCENT', percent: 120 }] }), '/procedures/0/fees/0/percent', '0 to 100'],
    ['tiers that count down', entry({ free: false, fees: [{ kind: 'PHI', basis: 'PER_PAGE', amount: 2, tiers: [{ price: 2, upTo: 5 }, { price: 1, upTo: 3 }, { price: 1 }] }] }), '/procedures/0/fees/0/tiers/1/upTo', 'above 5'],
    ['a middle tier without its end', entry({ free: false, fees: [{ kind: 'PHI', basis: 'PER_PAGE', amount: 2, tiers: [{ price: 2 }, { price: 1 }] }] }), '/procedures/0/fees/0/tiers/0/upTo', 'above 0'],
    ['free with fees', entry({ free: true, fees: [{ kind: 'PHI', basis: 'FIXED', amount: 1 }] }), '/procedures/0/free', 'lists fees'],
  ])('leaves out an entry with %s, saying where and why', (_what, value, pointer, message) => {
    const { catalog, skipped } = readCatalog({ procedures: [value, entry({ id: 'ok' })] });
    expect(catalog.procedures.map((p) => p.id)).toEqual(['ok']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.pointer).toBe(pointer);
    expect(skipped[0]!.message).toContain(message);
  });

  it('leaves out a repeated id, keeping the first', () => {
    const { catalog, skipped } = readCatalog({ procedures: [entry({ code: 'A' }), entry({ code: 'B' })] });
    expect(catalog.procedures.map((p) => p.code)).toEqual(['A']);
    expect(skipped).toEqual([{ pointer: '/procedures/1/id', message: 'repeats the id "p1" of an earlier entry' }]);
  });

  it('fills what a hand-written catalogue may leave out', () => {
    const { catalog } = readCatalog({ procedures: [{ id: 'p', name: 'Thủ tục' }] });
    expect(catalog.procedures[0]).toEqual({ id: 'p', code: 'p', name: 'Thủ tục', fees: [], free: true, components: 0, requiredComponents: 0 });
    expect(catalog.generator).toBe('');
  });

  it('treats an empty English text as none, and keeps files and delivery only when well formed', () => {
    const read = one({ name: { vi: 'Một', en: '' }, files: { validator: 'a.js' }, delivery: { result: ['ONLINE', 'FAX'] } }).catalog.procedures[0]!;
    expect(read.name).toEqual({ vi: 'Một' });
    expect(read).not.toHaveProperty('files');
    expect(read).not.toHaveProperty('delivery');
  });

  it('reads fees per page in tiers with a cap', () => {
    const fee = { key: 'copy', kind: 'PHI', name: 'Phí', basis: 'PER_PAGE', amount: 2000, tiers: [{ price: 2000, upTo: 2 }, { price: 1000 }], max: 200000, conditional: false, exemptions: 0 };
    expect(one({ free: false, fees: [fee] }).catalog.procedures[0]!.fees).toEqual([fee]);
  });
});
