/**
 * Whether a URL taken from a schema (a dossier component's form template, a link) may go into an
 * `href` or `src`. Schemas come from many authors; a `javascript:` link on a government portal runs
 * with the citizen's session, so only web links are allowed:
 *
 * - `http://host…` and `https://host…` (a host is required);
 * - relative references: `/mau/to-khai.docx`, `mau.docx`, `?tai=1`, `#muc-2`, and protocol-relative
 *   `//host/path`, which inherits the page's scheme (an https portal gives https, never a script);
 * - nothing else: `javascript:`, `data:`, `vbscript:`, `blob:`, `file:`, `mailto:`, … are refused.
 *
 * Browsers strip leading spaces and control characters and drop tabs and newlines anywhere before
 * they read the scheme (` java\tscript:` runs as `javascript:`), and treat `\` as `/`. Rather than
 * imitate that parser, a URL holding any whitespace, control, invisible formatting character or
 * backslash is refused: a real link has none (a space is written `%20`). A relative reference may
 * not have `:` or `&` before its first `/`, `?` or `#` either, so neither a scheme nor an HTML
 * character reference (`javascript&colon;…`, decoded where a page pastes the URL into markup) can
 * hide there.
 */

/** Longest URL accepted: far above any real link, and it bounds the work. */
export const MAX_URL_LENGTH = 2048;

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
// Whitespace (Unicode included), C0/C1 controls, invisible formatting (bidi overrides, zero-width) and `\`.
const FORBIDDEN_CHARACTER = /[\s\p{Cc}\p{Cf}\\]/u;
const WEB_URL = /^https?:\/\/[^/?#]+/i;

/** Why a URL from a schema must not be used as a link, in English; `undefined` when it is safe. */
export function unsafeUrlReason(url: unknown): string | undefined {
  if (typeof url !== 'string') return 'A link must be a string.';
  if (url === '') return 'A link must not be empty.';
  if (url.length > MAX_URL_LENGTH) return `A link must not be longer than ${MAX_URL_LENGTH} characters.`;
  const forbidden = FORBIDDEN_CHARACTER.exec(url);
  if (forbidden) {
    const code = forbidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `A link must not contain spaces, control or invisible characters or "\\" (found U+${code}); write a space as %20.`;
  }
  const scheme = SCHEME.exec(url);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (name !== 'http' && name !== 'https') return `Only http:, https: or relative links are allowed, not "${scheme[1]}:".`;
    if (!WEB_URL.test(url)) return `An ${name}: link needs a host, e.g. ${name}://dichvucong.gov.vn/….`;
    return undefined;
  }
  const firstSegment = /^[^/?#]*/.exec(url)![0];
  if (firstSegment.includes(':')) return 'A relative link must not have ":" before its first "/", "?" or "#" (it would read as a scheme).';
  if (firstSegment.includes('&')) return 'A relative link must not have "&" before its first "/", "?" or "#" (it could hide a scheme as a character reference).';
  return undefined;
}

/** Whether a URL from a schema is safe in an `href` or `src`: http(s) or relative. See `unsafeUrlReason`. */
export function isSafeUrl(url: unknown): url is string {
  return unsafeUrlReason(url) === undefined;
}
