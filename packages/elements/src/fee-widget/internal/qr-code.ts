/**
 * A QR code as the widget draws it: the module matrix from `uqr` turned into one SVG path of numbers only, so the
 * element renders it through a Lit template (no markup from a library). Loaded on demand, when a QR is shown.
 */
/**
 * @license uqr (bundled into this chunk by builds that keep licence comments, e.g. dist/standalone):
 * Copyright (c) Project Nayuki; Copyright (c) 2023 Anthony Fu. SPDX-License-Identifier: MIT
 */
import { encode } from 'uqr';

/** The quiet zone around the code, in modules: 4, as ISO/IEC 18004 asks and scanners expect. */
export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Modules on a side, the quiet zone included: the viewBox is `0 0 size size`. */
  size: number;
  /** `M x y h1 v1 h-1 z` for each run of dark modules on a row (a run is one rectangle). */
  path: string;
}

/**
 * Draws `text` as a QR code with error correction M (15 %), enough for a code shown on screen or printed, and
 * smaller than Q or H for a 100-odd character VietQR payload.
 */
export function drawQr(text: string): QrDrawing {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`);
    }
  });
  return { size: data.length + 2 * QUIET_ZONE, path: parts.join('') };
}
