import { requireString } from './internal/arguments.js';

/**
 * Folds Vietnamese text for matching: NFC-safe, case-insensitive and diacritics-insensitive, with
 * "đ" folded to "d" (NFD does not decompose đ). Apostrophe variants and runs of whitespace are
 * unified too, since official unit names mix `'` and `’`.
 *
 * @throws {VnArgumentError} `not-a-string`.
 */
export function foldVietnamese(text: string): string {
  return requireString(text, 'Text to fold')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops diacritics but keeps case, e.g. for ASCII-only payment references. "Lệ phí Đất" -> "Le phi Dat". */
export function stripDiacritics(text: string): string {
  return requireString(text, 'Text')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
