import { describe, expect, it } from 'vitest';
import {
  UNITS_DATA_INFO,
  communesOf,
  findProvince,
  findUnit,
  foldVietnamese,
  formatAddress,
  loadCommunes,
  matchUnits,
  provinces,
  searchUnits,
} from '../src/index.js';

describe('provinces', () => {
  it('lists the 34 provincial units of 2025 by code', () => {
    const list = provinces();
    expect(list).toHaveLength(34);
    expect(list.filter((p) => p.type === 'thành phố')).toHaveLength(6);
    expect(list[0]).toEqual({ level: 'province', code: '01', name: 'Thành phố Hà Nội', shortName: 'Hà Nội', type: 'thành phố', communeCount: 126 });
    expect(list.map((p) => p.code)).toEqual([...list.map((p) => p.code)].sort());
    expect(findProvince('42')?.name).toBe('Tỉnh Hà Tĩnh');
    expect(UNITS_DATA_INFO.effectiveDate).toBe('2025-07-01');
  });

  it('returns a copy that callers may change', () => {
    provinces().pop();
    expect(provinces()).toHaveLength(34);
  });
});

describe('communes', () => {
  it('has 3,321 communes: 687 phường, 2,621 xã, 13 đặc khu', () => {
    const all = provinces().flatMap((p) => communesOf(p.code));
    expect(all).toHaveLength(3321);
    expect(new Set(all.map((c) => c.code)).size).toBe(3321);
    const count = (t: string) => all.filter((c) => c.type === t).length;
    expect([count('phường'), count('xã'), count('đặc khu')]).toEqual([687, 2621, 13]);
    for (const p of provinces()) expect(communesOf(p.code)).toHaveLength(p.communeCount);
  });

  it('matches the spot checks of the data README', () => {
    const breakdown = (code: string) => {
      const list = communesOf(code);
      return [list.length, ...['phường', 'xã', 'đặc khu'].map((t) => list.filter((c) => c.type === t).length)];
    };
    expect(breakdown('01')).toEqual([126, 51, 75, 0]);
    expect(breakdown('79')).toEqual([168, 113, 54, 1]);
    expect(breakdown('42')).toEqual([69, 9, 60, 0]);
    expect(breakdown('11')).toEqual([45, 3, 42, 0]);
    expect(breakdown('22')).toEqual([54, 30, 22, 2]);
    expect(breakdown('46')).toEqual([40, 21, 19, 0]);
  });

  it('splits names into type and short name', () => {
    expect(findUnit('18073')).toEqual({
      level: 'commune',
      code: '18073',
      name: 'Phường Thành Sen',
      shortName: 'Thành Sen',
      type: 'phường',
      provinceCode: '42',
    });
    expect(findUnit('23938')).toMatchObject({ name: 'Xã Ia Mơ', provinceCode: '52' });
    expect(findUnit('20333')).toMatchObject({ name: 'Đặc khu Hoàng Sa', type: 'đặc khu', shortName: 'Hoàng Sa' });
  });

  it('finds units by code', () => {
    expect(findUnit('01')).toMatchObject({ level: 'province', name: 'Thành phố Hà Nội' });
    expect(findUnit('00004')).toMatchObject({ level: 'commune', name: 'Phường Ba Đình', provinceCode: '01' });
    expect(findUnit('02')).toBeUndefined(); // Hà Giang's pre-2025 code
    expect(findUnit('99999')).toBeUndefined();
    expect(findUnit('abc')).toBeUndefined();
    expect(communesOf('02')).toEqual([]);
  });

  it('loads one province on demand with the same content', async () => {
    const loaded = await loadCommunes('42');
    expect(loaded).toEqual(communesOf('42'));
    expect(await loadCommunes('42')).toEqual(loaded);
    expect(await loadCommunes('00')).toEqual([]);
  });
});

describe('searchUnits', () => {
  it('ignores case and diacritics', () => {
    for (const q of ['ha tinh', 'Ha Tinh', 'hà tĩnh', 'HÀ TĨNH', '  ha   tinh ']) {
      expect(searchUnits(q)[0], q).toMatchObject({ level: 'province', code: '42' });
    }
  });

  it('folds đ to d', () => {
    expect(searchUnits('da nang')[0]).toMatchObject({ code: '48', shortName: 'Đà Nẵng' });
    expect(searchUnits('dak lak')[0]).toMatchObject({ code: '66' });
    const d = searchUnits('d');
    expect(d.some((u) => u.name.includes('Đ'))).toBe(true);
  });

  it('ranks exact names before prefixes before substrings', () => {
    const results = searchUnits('ba dinh');
    expect(results[0]).toMatchObject({ code: '00004', name: 'Phường Ba Đình' });
    const hanoi = searchUnits('ha noi');
    expect(hanoi[0]).toMatchObject({ level: 'province', code: '01' });
  });

  it('searches the communes of one province and limits results', () => {
    const inHaTinh = searchUnits('son', { provinceCode: '42' });
    expect(inHaTinh.length).toBeGreaterThan(1);
    expect(inHaTinh.every((u) => u.level === 'commune' && u.provinceCode === '42')).toBe(true);
    expect(searchUnits('xa', { limit: 5 })).toHaveLength(5);
    expect(searchUnits('')).toEqual([]);
    expect(searchUnits('zzzz')).toEqual([]);
  });

  it('matches a loaded list the same way (for the address picker)', async () => {
    const list = await loadCommunes('01');
    expect(matchUnits(list, 'hoan kiem')[0]).toMatchObject({ name: 'Phường Hoàn Kiếm' });
  });
});

describe('text helpers', () => {
  it('folds Vietnamese for matching', () => {
    expect(foldVietnamese('  Đắk  Lắk ')).toBe('dak lak');
    expect(foldVietnamese('Thừa Thiên Huế'.normalize('NFD'))).toBe('thua thien hue');
    expect(foldVietnamese('Ea H’Leo')).toBe("ea h'leo");
  });

  it('formats an address line', () => {
    const province = findProvince('01')!;
    const commune = communesOf('01').find((c) => c.shortName === 'Hoàn Kiếm')!;
    expect(formatAddress({ street: ' 12 Lý Thái Tổ ', commune, province })).toBe('12 Lý Thái Tổ, Phường Hoàn Kiếm, Thành phố Hà Nội');
    expect(formatAddress({ province })).toBe('Thành phố Hà Nội');
  });
});
