import { describe, expect, it } from 'vitest';
import { MAX_URL_LENGTH, isSafeUrl, unsafeUrlReason } from '../src/index.js';

const SAFE: readonly string[] = [
  'https://dichvucong.gov.vn/mau/to-khai.docx',
  'http://example.vn/mau.pdf',
  'HTTPS://DICHVUCONG.GOV.VN/MAU.PDF',
  'https://dichvucong.gov.vn:8443/mau.pdf?phien-ban=2&ngon-ngu=vi#trang-1',
  'https://dịch-vụ-công.vn/mẫu%20đơn.docx',
  '/mau/to-khai-ho-tich.docx',
  'mau/to-khai.docx',
  './to-khai.docx',
  '../mau/to-khai.docx',
  'to-khai.docx',
  '?tai=1',
  '#muc-2',
  // Protocol-relative: the page's own scheme (https on a portal), never a script.
  '//cdn.dichvucong.gov.vn/mau.pdf',
  // A colon or ampersand after the first segment is an ordinary path or query character.
  '/mau/to-khai:2024.docx',
  'mau/a&b.pdf',
  '?a=1&b=2',
  // Encoded colons are not decoded when the scheme is read: a relative path.
  'javascript%3Aalert(1)',
];

const UNSAFE: readonly [url: unknown, reason: RegExp][] = [
  ['javascript:alert(1)', /not "javascript:"/],
  ['JavaScript:alert(1)', /not "JavaScript:"/],
  ['javascript://%0Aalert(1)', /not "javascript:"/],
  ['vbscript:msgbox(1)', /not "vbscript:"/],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', /not "data:"/],
  ['blob:https://dichvucong.gov.vn/0b1c', /not "blob:"/],
  ['file:///etc/passwd', /not "file:"/],
  ['mailto:motcua@dichvucong.gov.vn', /not "mailto:"/],
  // Browsers strip or drop these before reading the scheme.
  [' javascript:alert(1)', /U\+0020/],
  ['\u0000javascript:alert(1)', /U\+0000/],
  ['\u001Fjavascript:alert(1)', /U\+001F/],
  ['java\tscript:alert(1)', /U\+0009/],
  ['java\nscript:alert(1)', /U\+000A/],
  ['java\rscript:alert(1)', /U\+000D/],
  ['javascript:alert(1) ', /U\+0020/],
  ['\u00A0https://dichvucong.gov.vn', /U\+00A0/],
  ['\uFEFFjavascript:alert(1)', /U\+FEFF/],
  ['https://dichvucong.gov.vn/\u202Efdp.exe', /U\+202E/],
  ['https://dichvucong.gov.vn/a\u200Bb', /U\+200B/],
  ['/\\evil.example/x', /"\\"/],
  ['https:\\\\evil.example', /"\\"/],
  // Character references that a page pasting the URL into markup would decode.
  ['javascript&colon;alert(1)', /"&"/],
  ['javascript&#58;alert(1)', /"&"/],
  ['javascript&#x3A;alert(1)', /"&"/],
  // Not a scheme a browser knows, but not a web link either.
  ['1javascript:alert(1)', /":"/],
  // A web scheme without a host.
  ['https:', /needs a host/],
  ['https:/evil.example', /needs a host/],
  ['http:mau.pdf', /needs a host/],
  ['https://', /needs a host/],
  ['https:///mau.pdf', /needs a host/],
  ['', /empty/],
  ['/'.repeat(MAX_URL_LENGTH + 1), /longer than 2048/],
  [undefined, /must be a string/],
  [42, /must be a string/],
  [{ href: 'https://x.vn' }, /must be a string/],
];

describe('isSafeUrl', () => {
  it.each(SAFE)('allows %j', (url) => {
    expect(unsafeUrlReason(url)).toBeUndefined();
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each(UNSAFE)('refuses %j', (url, reason) => {
    expect(unsafeUrlReason(url)).toMatch(reason);
    expect(isSafeUrl(url)).toBe(false);
  });

  it('allows a URL of exactly the longest length', () => {
    const url = `https://dichvucong.gov.vn/${'a'.repeat(MAX_URL_LENGTH - 'https://dichvucong.gov.vn/'.length)}`;
    expect(url).toHaveLength(MAX_URL_LENGTH);
    expect(isSafeUrl(url)).toBe(true);
  });
});
