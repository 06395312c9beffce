import { describe, expect, it } from 'vitest';
import { filterProcedures, indexProcedures, isFiltered, levelOptions, onlineServiceOptions, queryWords, sectorOptionValue, sectorOptions, type ProcedureFilters } from './search.js';
import { SAMPLE_CATALOG } from '../test-fixtures/catalog.js';

const entries = SAMPLE_CATALOG.procedures;
const index = indexProcedures(entries);
const none: ProcedureFilters = { query: '', sector: '', level: '', onlineService: '' };
const ids = (filters: Partial<ProcedureFilters>) => filterProcedures(index, { ...none, ...filters }).map((p) => p.id);

describe('searching the catalogue', () => {
  it('lists everything in catalogue order when nothing is asked', () => {
    expect(ids({})).toEqual(entries.map((e) => e.id));
    expect(isFiltered(none)).toBe(false);
    expect(isFiltered({ ...none, query: '  ' })).toBe(false);
    expect(isFiltered({ ...none, level: 'COMMUNE' })).toBe(true);
  });

  it('finds a name without diacritics or case, "đ" as "d"', () => {
    expect(ids({ query: 'dang ky khai sinh' })).toEqual(['1.001193']);
    expect(ids({ query: 'ĐĂNG KÝ KHAI SINH' })).toEqual(['1.001193']);
    expect(ids({ query: 'dat dai' })).toEqual(['1.012783']);
  });

  it('needs every word, in any order, each in any fact', () => {
    expect(ids({ query: 'khai sinh dang ky' })).toEqual(['1.001193']);
    expect(ids({ query: 'ho tich khai' })).toEqual(['1.001193']); // sector + name
    expect(ids({ query: 'khai sinh ho kinh doanh' })).toEqual([]);
  });

  it('finds the English name, the code, the sector and the agency', () => {
    expect(ids({ query: 'birth' })).toEqual(['1.001193']);
    expect(ids({ query: '3.000333' })).toEqual(['3.000333']);
    expect(ids({ query: 'ly lich tu phap' })).toEqual(['3.000333']);
    expect(ids({ query: 'provincial police' })).toEqual(['3.000333']);
    expect(ids({ query: 'van phong dang ky dat dai' })).toEqual(['1.012783']);
  });

  it('ranks the exact code, then a name with the phrase, before other matches', () => {
    // "dang ky" is in three names and the agency of 1.012783 ("Văn phòng đăng ký đất đai"): names first.
    const found = ids({ query: 'dang ky' });
    expect(found.slice(0, 2)).toEqual(['1.001193', '2.000720']);
    expect(found).toContain('1.012783');
    expect(found.indexOf('1.012783')).toBeGreaterThan(1);
    // A code that is also inside another code ranks first.
    expect(ids({ query: '1.001193' })[0]).toBe('1.001193');
  });

  it('does not match a word across two facts', () => {
    // "...khai sinh" (name) then "ho tich" (sector) on the next line: "sinh ho" is not one phrase anywhere.
    expect(ids({ query: 'sinhho' })).toEqual([]);
  });

  it('filters by sector (either language, folded), level and online service type, combined with the query', () => {
    expect(ids({ sector: 'Hộ tịch' })).toEqual(['1.001193']);
    expect(ids({ sector: 'ho tich' })).toEqual(['1.001193']);
    expect(ids({ sector: 'Civil status' })).toEqual(['1.001193']);
    expect(ids({ level: 'PROVINCE' })).toEqual(['1.012783', '3.000333']);
    expect(ids({ level: 'commune', onlineService: 'partial' })).toEqual(['1.013792', '2.000815']);
    expect(ids({ onlineService: 'FULL', query: 'dang ky' })).toEqual(['1.001193', '2.000720']);
  });

  it('matches nothing for a filter value that does not exist (a wrong URL shows "no result", not everything)', () => {
    expect(ids({ level: 'DISTRICT' })).toEqual([]);
    expect(ids({ onlineService: 'ALL' })).toEqual([]);
    expect(ids({ sector: 'Thuế' })).toEqual([]);
  });

  it('searches the first 200 characters of a query', () => {
    expect(queryWords(`khai ${'x'.repeat(300)}`)).toEqual(['khai', 'x'.repeat(195)]);
    expect(queryWords('  Đăng   KÝ ')).toEqual(['dang', 'ky']);
    expect(queryWords('')).toEqual([]);
  });
});

describe('the filter choices', () => {
  it('lists each sector once, alphabetically in the language shown, valued by its Vietnamese name', () => {
    const vi = sectorOptions(entries, 'vi');
    expect(vi.map((o) => o.label.text)).toEqual(['Chứng thực', 'Đất đai', 'Hộ tịch', 'Lý lịch tư pháp', 'Phát thanh, truyền hình và thông tin điện tử', 'Thành lập và hoạt động của hộ kinh doanh']);
    const en = sectorOptions(entries, 'en');
    expect(en[0]).toEqual({ value: 'Phát thanh, truyền hình và thông tin điện tử', label: { text: 'Broadcasting, television and electronic information', lang: 'en' } });
    // No English name: the Vietnamese one, saying so.
    expect(en.find((o) => o.value === 'Chứng thực')!.label).toEqual({ text: 'Chứng thực', lang: 'vi' });
    const twice = [...entries, { ...entries[0]!, id: 'x', sector: 'hộ tịch' }];
    expect(sectorOptions(twice, 'vi').filter((o) => o.label.text.toLowerCase() === 'hộ tịch')).toHaveLength(1);
  });

  it('gives the option a sector filter names, or null', () => {
    expect(sectorOptionValue(entries, 'civil status')).toBe('Hộ tịch');
    expect(sectorOptionValue(entries, 'HO TICH')).toBe('Hộ tịch');
    expect(sectorOptionValue(entries, 'Thuế')).toBe(null);
    expect(sectorOptionValue(entries, '')).toBe(null);
  });

  it('lists the levels and online service types present, in a fixed order', () => {
    expect(levelOptions(entries)).toEqual(['COMMUNE', 'PROVINCE']);
    expect(onlineServiceOptions(entries)).toEqual(['FULL', 'PARTIAL']);
    expect(levelOptions([])).toEqual([]);
  });
});
