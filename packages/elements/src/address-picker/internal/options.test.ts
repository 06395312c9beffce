import { describe, expect, it } from 'vitest';
import { provinces, type Commune } from '@dvc-kit/vn';
import { buildOptions, filterUnits, isListKey, moveActive, sortUnits } from './options.js';

const commune = (code: string, name: string): Commune => {
  const [type, ...rest] = name.split(' ');
  return { level: 'commune', code, name, shortName: rest.join(' '), type: type!.toLowerCase() as Commune['type'], provinceCode: '42' };
};

const COMMUNES = [
  commune('18070', 'Phường Thành Sen'),
  commune('18100', 'Phường Trần Phú'),
  commune('18200', 'Xã Đức Thọ'),
  commune('18300', 'Xã Dương Thủy'),
  commune('18400', 'Xã Ân Phú'),
];

describe('filterUnits', () => {
  it('finds a province typed without diacritics, in any case', () => {
    for (const query of ['ha tinh', 'Ha Tinh', 'hà tĩnh', 'HA TINH', '  ha   tinh ']) {
      expect(filterUnits(provinces(), query)[0]?.shortName, query).toBe('Hà Tĩnh');
    }
  });

  it('matches đ with d', () => {
    const names = filterUnits(COMMUNES, 'duc').map((u) => u.shortName);
    expect(names).toEqual(['Đức Thọ']);
    expect(filterUnits(COMMUNES, 'd').map((u) => u.shortName)).toEqual(['Đức Thọ', 'Dương Thủy']);
  });

  it('puts names that start with the query first', () => {
    expect(filterUnits(provinces(), 'ha')[0]?.shortName).toMatch(/^Hà/);
    expect(filterUnits(COMMUNES, 'tran').map((u) => u.shortName)).toEqual(['Trần Phú']);
  });

  it('lists every unit alphabetically (Vietnamese order) for an empty or blank query', () => {
    expect(filterUnits(COMMUNES, '').map((u) => u.shortName)).toEqual(['Ân Phú', 'Dương Thủy', 'Đức Thọ', 'Thành Sen', 'Trần Phú']);
    expect(filterUnits(provinces(), '   ')).toHaveLength(34);
  });

  it('returns nothing when nothing matches', () => {
    expect(filterUnits(provinces(), 'xyz')).toEqual([]);
  });
});

describe('sortUnits', () => {
  it('does not change its input', () => {
    const input = [...COMMUNES];
    sortUnits(input);
    expect(input).toEqual(COMMUNES);
  });
});

describe('buildOptions', () => {
  it('gives each option an id from the prefix and the code, and the official name as label', () => {
    expect(buildOptions(COMMUNES.slice(0, 1), 'commune-option')).toEqual([
      { id: 'commune-option-18070', code: '18070', label: 'Phường Thành Sen' },
    ]);
  });
});

describe('moveActive', () => {
  it('moves down and up, wrapping around', () => {
    expect(moveActive('ArrowDown', -1, 3)).toBe(0);
    expect(moveActive('ArrowDown', 0, 3)).toBe(1);
    expect(moveActive('ArrowDown', 2, 3)).toBe(0);
    expect(moveActive('ArrowUp', -1, 3)).toBe(2);
    expect(moveActive('ArrowUp', 0, 3)).toBe(2);
    expect(moveActive('ArrowUp', 2, 3)).toBe(1);
  });

  it('goes to the first and last option', () => {
    expect(moveActive('Home', 1, 3)).toBe(0);
    expect(moveActive('End', 1, 3)).toBe(2);
  });

  it('has no active option in an empty list', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End'] as const) expect(moveActive(key, 0, 0)).toBe(-1);
  });

  it('knows which keys move the active option', () => {
    expect(isListKey('Home')).toBe(true);
    expect(isListKey('Enter')).toBe(false);
  });
});
