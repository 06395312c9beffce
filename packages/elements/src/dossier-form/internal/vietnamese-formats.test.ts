import { describe, expect, it } from 'vitest';
import { VN_FORMAT_NAMES } from '@dvc-kit/vn/formats';
import { VIETNAMESE_FORMAT_NAMES, usesVietnameseFormat } from './vietnamese-formats.js';

describe('usesVietnameseFormat', () => {
  it('knows the names @dvc-kit/vn defines', () => {
    expect([...VIETNAMESE_FORMAT_NAMES]).toEqual([...VN_FORMAT_NAMES]);
  });

  it('finds a Vietnamese format anywhere in a schema, and nothing in others', () => {
    const nested = { type: 'object', $defs: { phone: { type: 'string', format: 'vn-phone' } }, properties: { p: { $ref: '#/$defs/phone' } } };
    expect(usesVietnameseFormat(nested)).toBe(true);
    expect(usesVietnameseFormat({ type: 'object', properties: { id: { type: 'string', format: 'cccd' } } })).toBe(true);
    expect(usesVietnameseFormat({ type: 'object', properties: { e: { type: 'string', format: 'email' } }, title: 'cccd' })).toBe(false);
    const cyclic: Record<string, unknown> = { type: 'object' };
    cyclic.self = cyclic;
    for (const schema of [cyclic, undefined, null, 'cccd', 12n]) expect(usesVietnameseFormat(schema)).toBe(false);
  });
});
