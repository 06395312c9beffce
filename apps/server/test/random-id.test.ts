import { describe, expect, it } from 'vitest';
import { randomId } from '../src/random-id.js';

describe('randomId', () => {
  it('gives 22 base64url characters (128 bits), never the same twice across pool refills', () => {
    const ids = Array.from({ length: 2000 }, randomId); // the pool holds 256: several refills
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
