import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { QUIET_ZONE, drawQr } from './qr-code.js';

/** The dark modules a path draws, read back from its `M x y hN v1 h-N z` runs. */
function modulesOf(path: string): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(n); i++) dark.add(`${Number(x) + i},${y}`);
  }
  return dark;
}

describe('drawQr', () => {
  const payload = '00020101021238570010A00000072701270006970436011300110045678900208QRIBFTTA530370454062000005802VN62180814LE PHI HS 00016304D869';

  it('draws exactly the dark modules of the matrix, inside a 4-module quiet zone', () => {
    const { data } = encode(payload, { ecc: 'M', border: 0 });
    const drawing = drawQr(payload);
    expect(drawing.size).toBe(data.length + 2 * QUIET_ZONE);
    const expected = new Set<string>();
    data.forEach((row, y) => row.forEach((dark, x) => dark && expected.add(`${x + QUIET_ZONE},${y + QUIET_ZONE}`)));
    expect(modulesOf(drawing.path)).toEqual(expected);
  });

  it('writes numbers and path commands only', () => {
    expect(drawQr(payload).path).toMatch(/^[Mhvz\d -]+$/);
  });
});
