import { describe, expect, it } from 'vitest';
import { VN_BANKS, VietQRError, crc16ccitt, decodeVietQR, encodeVietQR, findBankByBin } from '../src/index.js';

const WORKED =
  '00020101021238570010A00000072701270006970436011300110045678900208QRIBFTTA530370454062000005802VN62180814LE PHI HS 00016304D869';

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(VietQRError);
    return (e as VietQRError).code;
  }
  return 'no error';
}

describe('crc16ccitt', () => {
  it('gives the CRC-16/CCITT-FALSE check value', () => {
    expect(crc16ccitt('123456789')).toBe('29B1');
    expect(crc16ccitt('')).toBe('FFFF');
  });

  it('reproduces the CRC of the worked example', () => {
    expect(crc16ccitt(WORKED.slice(0, -4))).toBe('D869');
  });

  it('hashes UTF-8 bytes, not UTF-16 code units', () => {
    // Plain bitwise reference over explicit bytes: "đ" is C4 91 in UTF-8.
    let crc = 0xffff;
    for (const byte of [0xc4, 0x91]) {
      crc ^= byte << 8;
      for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
    expect(crc16ccitt('đ')).toBe(crc.toString(16).toUpperCase().padStart(4, '0'));
  });
});

describe('encodeVietQR', () => {
  it('builds the worked dynamic example byte for byte', () => {
    expect(
      encodeVietQR({ bankBin: '970436', accountNumber: '0011004567890', amount: 200000, purpose: 'LE PHI HS 0001' }),
    ).toBe(WORKED);
  });

  it('builds the static variant without amount and purpose', () => {
    const payload = encodeVietQR({ bankBin: '970436', accountNumber: '0011004567890' });
    expect(payload).toBe('00020101021138570010A00000072701270006970436011300110045678900208QRIBFTTA53037045802VN630459A2');
  });

  it('removes diacritics from the purpose and fits a 25-character dossier code', () => {
    const p = encodeVietQR({ bankBin: '970418', accountNumber: '123', amount: 10000, purpose: 'Lệ phí hồ sơ Đất' });
    expect(decodeVietQR(p).purpose).toBe('Le phi ho so Dat');
    const code = '000.00.01.H29-240115-0001';
    expect(code).toHaveLength(25);
    expect(decodeVietQR(encodeVietQR({ bankBin: '970418', accountNumber: '123', purpose: code })).purpose).toBe(code);
  });

  it('uses the card service code and honours an explicit point of initiation', () => {
    const p = encodeVietQR({ bankBin: '970436', accountNumber: '9704360000000000', service: 'card', amount: 5000, dynamic: false });
    expect(p).toContain('0208QRIBFTTC');
    expect(p.startsWith('000201010211')).toBe(true);
    expect(decodeVietQR(p)).toMatchObject({ service: 'card', dynamic: false, amount: 5000 });
  });

  it('accepts what plain JavaScript callers tend to pass', () => {
    const loose = { bankBin: 970436, accountNumber: 11004567890, amount: '200000', purpose: 'LE PHI HS 0001' };
    const p = encodeVietQR(loose as unknown as Parameters<typeof encodeVietQR>[0]);
    expect(decodeVietQR(p)).toMatchObject({ bankBin: '970436', accountNumber: '11004567890', amount: 200000 });
  });

  it('rejects bad input with invalid-input', () => {
    const base = { bankBin: '970436', accountNumber: '0011004567890' };
    expect(errorCode(() => encodeVietQR({ ...base, bankBin: '97043' }))).toBe('invalid-input');
    expect(errorCode(() => encodeVietQR({ ...base, accountNumber: '' }))).toBe('invalid-input');
    expect(errorCode(() => encodeVietQR({ ...base, accountNumber: '12345678901234567890' }))).toBe('invalid-input');
    expect(errorCode(() => encodeVietQR({ ...base, amount: 0 }))).toBe('invalid-input');
    expect(errorCode(() => encodeVietQR({ ...base, amount: 1.5 }))).toBe('invalid-input');
    expect(errorCode(() => encodeVietQR({ ...base, amount: -1 }))).toBe('invalid-input');
    expect(errorCode(() => encodeVietQR({ ...base, purpose: 'x'.repeat(26) }))).toBe('invalid-input');
    expect(errorCode(() => encodeVietQR({ ...base, purpose: 'phí 💸' }))).toBe('invalid-input');
    expect(errorCode(() => encodeVietQR({ ...base, service: 'wallet' as 'card' }))).toBe('invalid-input');
    expect(errorCode(() => encodeVietQR({ ...base, amount: '1e5' as unknown as number }))).toBe('invalid-input');
  });
});

describe('decodeVietQR', () => {
  it('reads the worked example', () => {
    expect(decodeVietQR(WORKED)).toMatchObject({
      bankBin: '970436',
      accountNumber: '0011004567890',
      service: 'account',
      dynamic: true,
      amount: 200000,
      purpose: 'LE PHI HS 0001',
      currency: '704',
      country: 'VN',
      crc: 'D869',
    });
  });

  it('round-trips many generated payloads', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const bank = VN_BANKS[rand(VN_BANKS.length)]!;
      const accountNumber = String(rand(10 ** 9)).padStart(1 + rand(19), '0').slice(0, 19);
      const amount = rand(3) ? 1 + rand(10 ** 9) : undefined;
      const purpose = rand(2) ? `HS ${rand(100000)}` : undefined;
      const input = { bankBin: bank.bin, accountNumber, amount, purpose };
      const payload = encodeVietQR(input);
      expect(crc16ccitt(payload.slice(0, -4))).toBe(payload.slice(-4));
      const back = decodeVietQR(payload);
      expect(back).toMatchObject({ bankBin: bank.bin, accountNumber, dynamic: amount !== undefined });
      expect(back.amount).toBe(amount);
      expect(back.purpose).toBe(purpose);
    }
  });

  it('throws bad-crc when a character or the CRC changes', () => {
    expect(errorCode(() => decodeVietQR(WORKED.replace('200000', '900000')))).toBe('bad-crc');
    expect(errorCode(() => decodeVietQR(WORKED.slice(0, -4) + 'D868'))).toBe('bad-crc');
    expect(errorCode(() => decodeVietQR(WORKED.slice(0, -8)))).toBe('bad-crc');
    expect(decodeVietQR(WORKED.slice(0, -4) + 'd869').crc).toBe('D869');
  });

  it('throws bad-length when a length runs past the data', () => {
    const broken = '00020101021238990010A000000727' + '6304';
    expect(errorCode(() => decodeVietQR(broken + crc16ccitt(broken)))).toBe('bad-length');
  });

  it('throws unknown-structure for valid TLV that is not a NAPAS VietQR', () => {
    const sign = (s: string) => s + '6304' + crc16ccitt(s + '6304');
    expect(errorCode(() => decodeVietQR(sign('000201010212530370454031005802VN')))).toBe('unknown-structure');
    expect(errorCode(() => decodeVietQR(sign('000202010212')))).toBe('unknown-structure');
    expect(errorCode(() => decodeVietQR(sign('00020101021238200010A0000007280102ab')))).toBe('unknown-structure');
    expect(errorCode(() => decodeVietQR(sign('010212000201')))).toBe('unknown-structure');
  });
});

describe('bank BINs', () => {
  it('ships the common banks with unique 6-digit BINs', () => {
    expect(new Set(VN_BANKS.map((b) => b.bin)).size).toBe(VN_BANKS.length);
    for (const b of VN_BANKS) expect(b.bin).toMatch(/^970\d{3}$/);
    expect(findBankByBin('970436')?.shortName).toBe('Vietcombank');
    expect(findBankByBin('970422')?.shortName).toBe('MB');
    expect(findBankByBin('999999')).toBeUndefined();
  });
});
