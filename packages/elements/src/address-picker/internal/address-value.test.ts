import { describe, expect, it } from 'vitest';
import { isEmptyAddress, missingParts, toAddressValue } from './address-value.js';

describe('toAddressValue', () => {
  it('keeps the three fields and drops the rest', () => {
    expect(toAddressValue({ provinceCode: '42', communeCode: '18070', street: '1 Lê Lợi', x: 1 })).toEqual({
      provinceCode: '42',
      communeCode: '18070',
      street: '1 Lê Lợi',
    });
  });

  it('turns missing or wrong fields into empty strings', () => {
    expect(toAddressValue(null)).toEqual({ provinceCode: '', communeCode: '', street: '' });
    expect(toAddressValue({ provinceCode: 42, communeCode: null, street: ['x'] })).toEqual({
      provinceCode: '42',
      communeCode: '',
      street: '',
    });
  });
});

describe('isEmptyAddress', () => {
  it('treats a blank street as empty', () => {
    expect(isEmptyAddress({ provinceCode: '', communeCode: '', street: '  ' })).toBe(true);
    expect(isEmptyAddress({ provinceCode: '42', communeCode: '', street: '' })).toBe(false);
  });
});

describe('missingParts', () => {
  const none = { hasProvince: false, hasCommune: false, street: '' };
  const full = { hasProvince: true, hasCommune: true, street: '1 Lê Lợi' };

  it('asks for all three parts when required', () => {
    expect(missingParts(none, true)).toEqual(['province', 'commune', 'street']);
    expect(missingParts({ ...full, street: '   ' }, true)).toEqual(['street']);
    expect(missingParts({ ...full, hasCommune: false }, true)).toEqual(['commune']);
    expect(missingParts(full, true)).toEqual([]);
  });

  it('accepts an empty address when optional', () => {
    expect(missingParts(none, false)).toEqual([]);
  });

  it('asks for the units of an optional address once it is begun, but not for the street', () => {
    expect(missingParts({ ...none, hasProvince: true }, false)).toEqual(['commune']);
    expect(missingParts({ ...none, street: '1 Lê Lợi' }, false)).toEqual(['province', 'commune']);
    expect(missingParts({ ...full, street: '' }, false)).toEqual([]);
  });
});
