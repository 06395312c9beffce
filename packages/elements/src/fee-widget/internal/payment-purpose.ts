/**
 * The purpose of a VietQR transfer (tag 62-08, at most 25 printable ASCII characters) built from a dossier code, so
 * the agency can match the money to the dossier. The code is never cut: a code that cannot be carried whole is
 * refused, and the widget then shows no QR (a transfer the agency cannot match is worse than none).
 */
import { stripDiacritics } from '@dvc-kit/vn/text';

/** Tag 62-08's limit (EMVCo; NAPAS VietQR). */
export const PURPOSE_MAX_LENGTH = 25;

/** Read before the code when there is room: "HS" (hồ sơ, dossier). */
const PREFIX = 'HS ';

/**
 * The national dossier code: the agency's electronic ID (`ddd.dd.dd.Ldd`), the date (`yymmdd`) and a sequence. Its
 * dots stand at fixed places, so leaving them out loses nothing: `0000001H29-240115-00001` reads back as
 * `000.00.01.H29-240115-00001`.
 */
const NATIONAL_CODE = /^(\d{3})\.(\d{2})\.(\d{2})\.([A-Z]\d{2})(-\d{6}-\d{4,})$/;

export type PurposeResult =
  | { readonly ok: true; readonly purpose: string }
  | { readonly ok: false; readonly reason: 'empty' | 'not-ascii' | 'too-long'; readonly code: string };

/**
 * The transfer purpose for a dossier code, in this order of preference:
 * 1. `HS <code>` when it fits (e.g. `HS 03706/2026/07906`);
 * 2. the code alone (`000.00.01.H29-240115-0001` is exactly 25 characters);
 * 3. a national code without its dots (reversible, see NATIONAL_CODE), with `HS ` when that still fits;
 * otherwise refused (`too-long`). A code with characters a bank app cannot carry (after removing Vietnamese
 * diacritics, anything but printable ASCII) is refused (`not-ascii`).
 */
export function paymentPurpose(dossierCode: string): PurposeResult {
  const code = dossierCode.trim();
  if (code === '') return { ok: false, reason: 'empty', code };
  const ascii = stripDiacritics(code);
  if (!/^[\x20-\x7e]+$/.test(ascii)) return { ok: false, reason: 'not-ascii', code };
  const candidates = [PREFIX + ascii, ascii];
  const national = NATIONAL_CODE.exec(ascii);
  if (national) {
    const compact = national.slice(1).join('');
    candidates.push(PREFIX + compact, compact);
  }
  const purpose = candidates.find((candidate) => candidate.length <= PURPOSE_MAX_LENGTH);
  return purpose ? { ok: true, purpose } : { ok: false, reason: 'too-long', code };
}
