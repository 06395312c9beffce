import { describe, expect, it } from 'vitest';
import { decodeVietQR, encodeVietQR } from '@dvc-kit/vn';
import { PURPOSE_MAX_LENGTH, paymentPurpose } from './payment-purpose.js';

describe('paymentPurpose', () => {
  it('reads "HS" before a code when both fit', () => {
    expect(paymentPurpose('03706/2026/07906')).toEqual({ ok: true, purpose: 'HS 03706/2026/07906' });
  });

  it('carries a 25-character national dossier code whole, without the prefix', () => {
    expect(paymentPurpose('000.00.01.H29-240115-0001')).toEqual({ ok: true, purpose: '000.00.01.H29-240115-0001' });
  });

  it('leaves out the dots of a longer national code (they stand at fixed places) rather than cut it', () => {
    const result = paymentPurpose('000.00.01.H29-240115-000123');
    expect(result).toEqual({ ok: true, purpose: '0000001H29-240115-000123' });
    // 24 characters: room for the code, not for "HS " as well.
    expect(result.ok && result.purpose.length).toBe(24);
  });

  it('refuses a code that does not fit instead of cutting it', () => {
    const code = 'SO-TU-PHAP-HA-NOI-2026-000001';
    expect(paymentPurpose(code)).toEqual({ ok: false, reason: 'too-long', code });
    expect(paymentPurpose('000.00.01.H29-240115-0000000000001')).toMatchObject({ ok: false, reason: 'too-long' });
  });

  it('removes Vietnamese diacritics and refuses other characters', () => {
    expect(paymentPurpose('Hồ sơ 12')).toEqual({ ok: true, purpose: 'HS Ho so 12' });
    expect(paymentPurpose('HS-2026-✓')).toMatchObject({ ok: false, reason: 'not-ascii' });
    expect(paymentPurpose('   ')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('gives purposes encodeVietQR accepts and decodeVietQR reads back unchanged', () => {
    for (const code of ['000.00.01.H29-240115-0001', '03706/2026/07906', '000.00.01.H29-240115-000123']) {
      const result = paymentPurpose(code);
      if (!result.ok) throw new Error(`refused ${code}`);
      expect(result.purpose.length).toBeLessThanOrEqual(PURPOSE_MAX_LENGTH);
      const payload = encodeVietQR({ bankBin: '970436', accountNumber: '0011004567890', amount: 200000, purpose: result.purpose });
      expect(decodeVietQR(payload).purpose).toBe(result.purpose);
    }
  });
});
