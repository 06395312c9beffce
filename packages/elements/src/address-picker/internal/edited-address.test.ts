import { describe, expect, it } from 'vitest';
import { editedAddress } from './address-value.js';

describe('editedAddress', () => {
  const picked = { provinceCode: '42', communeCode: '18229', street: 'Số 5' };

  it('writes only the parts the citizen changed, and keeps every other key as it was', () => {
    const before = JSON.parse('{"provinceCode":42,"communeCode":"18229","street":"Số 5\\nNgõ 3","__proto__":{"x":1},"districtCode":"436"}');
    const after = editedAddress(before, { ...picked, street: 'Số 5\nNgõ 3, tổ 1' })!;
    expect(JSON.stringify(after)).toBe('{"provinceCode":42,"communeCode":"18229","street":"Số 5\\nNgõ 3, tổ 1","__proto__":{"x":1},"districtCode":"436"}');
    expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
  });

  it('removes a part made blank, and gives nothing when nothing is left', () => {
    expect(editedAddress({ provinceCode: '42', street: 'x' }, { provinceCode: '42', communeCode: '', street: '  ' })).toEqual({ provinceCode: '42' });
    expect(editedAddress({ street: 'x' }, { provinceCode: '', communeCode: '', street: '' })).toBe(undefined);
    expect(editedAddress(undefined, picked)).toEqual(picked);
  });

  it('replaces a part the picker could not show (not text) only when the citizen sets it', () => {
    expect(editedAddress({ provinceCode: null, street: 'x' }, { provinceCode: '', communeCode: '', street: 'xy' })).toEqual({ provinceCode: null, street: 'xy' });
    expect(editedAddress({ provinceCode: null }, { provinceCode: '01', communeCode: '', street: '' })).toEqual({ provinceCode: '01' });
  });
});
