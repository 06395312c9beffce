import { VietQRError } from './errors.js';
import { stripDiacritics } from './text.js';
import { describe } from './internal/arguments.js';

/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR) over the UTF-8 bytes
 * of `text`, as 4 uppercase hex digits. `crc16ccitt('123456789')` is `'29B1'`.
 */
export function crc16ccitt(text: string): string {
  if (typeof text !== 'string') throw new VietQRError('invalid-input', `CRC input must be a string, got ${describe(text)}`);
  let crc = 0xffff;
  for (const byte of utf8(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** UTF-8 bytes without TextEncoder, which is not part of the ES2022 library this package targets. */
function* utf8(text: string): Generator<number> {
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) yield cp;
    else if (cp < 0x800) yield* [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
    else if (cp < 0x10000) yield* [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
    else yield* [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  }
}

export const NAPAS_GUID = 'A000000727';
export const VIETQR_SERVICES = { account: 'QRIBFTTA', card: 'QRIBFTTC' } as const;
export type VietQRService = keyof typeof VIETQR_SERVICES;

export type VietQRInput = {
  /** 6-digit NAPAS acquirer BIN of the beneficiary's bank, e.g. `970436` (see `VN_BANKS`). */
  bankBin: string;
  /** Beneficiary account (or card) number, up to 19 letters or digits. */
  accountNumber: string;
  /** Amount in whole VND. */
  amount?: number;
  /**
   * Purpose of transaction (tag 62-08), up to 25 characters. Diacritics are removed
   * ("Lệ phí" -> "Le phi"), since bank apps expect ASCII here.
   */
  purpose?: string;
  /** Transfer to an account (default, `QRIBFTTA`) or to a card (`QRIBFTTC`). */
  service?: VietQRService;
  /** Point of initiation: dynamic `12` (one-off) or static `11` (reusable). Default: dynamic when an amount is given. */
  dynamic?: boolean;
};

export type VietQRData = {
  bankBin: string;
  accountNumber: string;
  service: VietQRService;
  dynamic: boolean;
  amount?: number;
  purpose?: string;
  currency: string;
  country: string;
  /** The CRC as found in the payload (uppercase). */
  crc: string;
  /** Every top-level tag with its raw value, including ones this decoder does not interpret. */
  tags: Record<string, string>;
};

function tlv(id: string, value: string): string {
  if (value.length > 99) throw new VietQRError('invalid-input', `Value of tag ${id} is longer than 99 characters`);
  return id + String(value.length).padStart(2, '0') + value;
}

/**
 * Builds a VietQR (NAPAS, EMVCo merchant-presented) payload string, ending with the CRC tag 63.
 *
 * @throws {VietQRError} `invalid-input` for a BIN that is not 6 digits, a bad account number, an
 * amount that is not a positive whole number, or a purpose that is too long or not printable ASCII.
 */
export function encodeVietQR(input: VietQRInput): string {
  if (typeof input !== 'object' || input === null) throw new VietQRError('invalid-input', `Input must be an object, got ${describe(input)}`);
  const bankBin = digitsText(input.bankBin, 'Bank BIN');
  const accountNumber = digitsText(input.accountNumber, 'Account number');
  const service = input.service ?? 'account';
  if (input.dynamic !== undefined && typeof input.dynamic !== 'boolean') {
    throw new VietQRError('invalid-input', `dynamic must be true or false, got ${describe(input.dynamic)}`);
  }
  // Plain JS callers sometimes pass the amount as a digit string; accept that, nothing looser.
  const amount =
    typeof input.amount === 'string' && /^\d+$/.test(input.amount) ? Number(input.amount) : input.amount;
  if (!/^\d{6}$/.test(bankBin)) throw new VietQRError('invalid-input', 'Bank BIN must be 6 digits');
  if (!/^[0-9A-Za-z]{1,19}$/.test(accountNumber)) {
    throw new VietQRError('invalid-input', 'Account number must be 1 to 19 letters or digits');
  }
  if (typeof service !== 'string' || !Object.hasOwn(VIETQR_SERVICES, service)) throw new VietQRError('invalid-input', `Unknown service ${describe(service)}`);
  if (amount !== undefined && !(typeof amount === 'number' && Number.isSafeInteger(amount) && amount > 0 && String(amount).length <= 13)) {
    throw new VietQRError('invalid-input', 'Amount must be a positive whole number of VND, at most 13 digits');
  }
  let purpose: string | undefined;
  if (input.purpose !== undefined && input.purpose !== null && input.purpose !== '') {
    if (typeof input.purpose !== 'string') throw new VietQRError('invalid-input', `Purpose must be a string, got ${describe(input.purpose)}`);
    purpose = stripDiacritics(input.purpose).trim();
    if (!/^[\x20-\x7e]*$/.test(purpose)) {
      throw new VietQRError('invalid-input', 'Purpose must be printable ASCII after removing diacritics');
    }
    if (purpose.length > 25) throw new VietQRError('invalid-input', 'Purpose must be at most 25 characters');
  }
  const dynamic = input.dynamic ?? amount !== undefined;

  const beneficiary = tlv('00', bankBin) + tlv('01', accountNumber);
  const merchant = tlv('00', NAPAS_GUID) + tlv('01', beneficiary) + tlv('02', VIETQR_SERVICES[service]);
  let payload = tlv('00', '01') + tlv('01', dynamic ? '12' : '11') + tlv('38', merchant) + tlv('53', '704');
  if (amount !== undefined) payload += tlv('54', String(amount));
  payload += tlv('58', 'VN');
  if (purpose) payload += tlv('62', tlv('08', purpose));
  payload += '6304';
  return payload + crc16ccitt(payload);
}

/** A string as given (trimmed), or the digits of a whole number, which plain JavaScript callers sometimes pass. */
function digitsText(value: unknown, what: string): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  throw new VietQRError('invalid-input', `${what} must be a string, got ${describe(value)}`);
}

/** Splits a TLV string into [id, value] pairs in order. @throws {VietQRError} `bad-length`. */
function parseTLV(text: string, where: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let i = 0;
  while (i < text.length) {
    const head = text.slice(i, i + 4);
    if (!/^\d{4}$/.test(head)) throw new VietQRError('bad-length', `${where}: expected a 2-digit tag and length at ${i}`);
    const len = Number(head.slice(2));
    const value = text.slice(i + 4, i + 4 + len);
    if (value.length !== len) throw new VietQRError('bad-length', `${where}: tag ${head.slice(0, 2)} runs past the end`);
    out.push([head.slice(0, 2), value]);
    i += 4 + len;
  }
  return out;
}

/**
 * Reads a VietQR payload back into its fields.
 *
 * @throws {VietQRError} `bad-crc` when tag 63 is missing or does not match, `bad-length` when a
 * length runs past the data, `unknown-structure` when required tags are missing or not NAPAS.
 */
export function decodeVietQR(payload: string): VietQRData {
  if (typeof payload !== 'string') throw new VietQRError('unknown-structure', 'Payload must be a string');
  const text = payload.trim();
  const m = /6304([0-9A-Fa-f]{4})$/.exec(text);
  if (!m) throw new VietQRError('bad-crc', 'Payload does not end with a CRC tag 63');
  const crc = m[1]!.toUpperCase();
  const expected = crc16ccitt(text.slice(0, -4));
  if (crc !== expected) throw new VietQRError('bad-crc', `CRC is ${crc}, expected ${expected}`);

  const top = parseTLV(text, 'payload');
  const tags: Record<string, string> = {};
  for (const [id, value] of top) {
    if (id in tags) throw new VietQRError('unknown-structure', `Tag ${id} appears twice`);
    tags[id] = value;
  }
  const last = top[top.length - 1];
  if (!last || last[0] !== '63') throw new VietQRError('unknown-structure', 'CRC tag 63 must come last');
  if (top[0]?.[0] !== '00' || tags['00'] !== '01') {
    throw new VietQRError('unknown-structure', 'Payload must start with format indicator 000201');
  }
  const initiation = tags['01'];
  if (initiation !== undefined && initiation !== '11' && initiation !== '12') {
    throw new VietQRError('unknown-structure', `Point of initiation must be 11 or 12, got ${initiation}`);
  }
  const merchantRaw = tags['38'];
  if (merchantRaw === undefined) throw new VietQRError('unknown-structure', 'No NAPAS merchant account (tag 38)');
  const merchant = Object.fromEntries(parseTLV(merchantRaw, 'tag 38'));
  if (merchant['00'] !== NAPAS_GUID) throw new VietQRError('unknown-structure', 'Tag 38 is not a NAPAS (A000000727) account');
  if (merchant['01'] === undefined) throw new VietQRError('unknown-structure', 'Tag 38 has no beneficiary (01)');
  const beneficiary = Object.fromEntries(parseTLV(merchant['01'], 'tag 38-01'));
  const bankBin = beneficiary['00'];
  const accountNumber = beneficiary['01'];
  if (bankBin === undefined || !/^\d{6}$/.test(bankBin) || !accountNumber) {
    throw new VietQRError('unknown-structure', 'Beneficiary needs a 6-digit bank BIN and an account number');
  }
  const serviceCode = merchant['02'] ?? VIETQR_SERVICES.account;
  const service = (Object.keys(VIETQR_SERVICES) as VietQRService[]).find((k) => VIETQR_SERVICES[k] === serviceCode);
  if (!service) throw new VietQRError('unknown-structure', `Unknown service code ${serviceCode}`);

  const data: VietQRData = {
    bankBin,
    accountNumber,
    service,
    dynamic: initiation === '12',
    currency: tags['53'] ?? '704',
    country: tags['58'] ?? 'VN',
    crc,
    tags,
  };
  if (tags['54'] !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(tags['54'])) throw new VietQRError('unknown-structure', `Amount ${tags['54']} is not a number`);
    data.amount = Number(tags['54']);
  }
  if (tags['62'] !== undefined) {
    const purpose = Object.fromEntries(parseTLV(tags['62'], 'tag 62'))['08'];
    if (purpose !== undefined) data.purpose = purpose;
  }
  return data;
}
