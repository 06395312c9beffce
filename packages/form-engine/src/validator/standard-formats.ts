/**
 * The standard string formats (the names ajv-formats knows), checked without a validator library.
 * Written from RFC 3339, RFC 3986, RFC 5321/1123 and 5890-5893 (IDNA2008 A-labels), RFC 4122 and RFC 6901; the
 * official JSON-Schema-Test-Suite's optional format cases hold them to it.
 */
import { decode as decodePunycode } from 'punycode/punycode.es6.js';

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && !isLeapYear(year) ? 28 : DAYS_IN_MONTH[month]!);
}

/** RFC 3339 times (`time`, `date-time`) need a zone written "+07:00"; ajv-formats' `iso-time` takes none, "+0700" or "+07". */
function timeChecker(rfc3339: boolean) {
  const pattern = rfc3339 ? /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(z|([+-])(\d{2}):(\d{2}))$/i : /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(z|([+-])(\d{2})(?::?(\d{2}))?)?$/i;
  return (text: string): boolean => {
    const m = pattern.exec(text);
    if (!m) return false;
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    const second = Number(m[3]);
    const zoneHour = Number(m[6] ?? 0);
    const zoneMinute = Number(m[7] ?? 0);
    if (hour > 23 || minute > 59 || second > 60 || zoneHour > 23 || zoneMinute > 59) return false;
    if (second < 60) return true;
    // A leap second is 23:59:60 in UTC.
    const sign = m[5] === '-' ? -1 : 1;
    const utcMinutes = (((hour * 60 + minute - sign * (zoneHour * 60 + zoneMinute)) % 1440) + 1440) % 1440;
    return utcMinutes === 23 * 60 + 59;
  };
}

function dateTimeChecker(rfc3339: boolean) {
  const time = timeChecker(rfc3339);
  return (text: string): boolean => {
    const parts = text.split(/t|\s/i);
    return parts.length === 2 && isDate(parts[0]!) && time(parts[1]!);
  };
}

const URL_PATTERN = /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const UUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const JSON_POINTER = /^(?:\/(?:[^~/]|~0|~1)*)*$/;
const JSON_POINTER_URI_FRAGMENT = /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i;
const RELATIVE_JSON_POINTER = /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/;
// RFC 3339 appendix A: a year is followed only by months, months only by days, hours only by minutes, …
const DURATION = /^P(?:(?:\d+D|\d+M(?:\d+D)?|\d+Y(?:\d+M(?:\d+D)?)?)(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)|\d+W)$/;
const URI_TEMPLATE = /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i;
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function isIpv6(text: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(text) || text.length < 2) return false;
  let head = text;
  let groupsNeeded = 8;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    if (!IPV4.test(text.slice(lastColon + 1))) return false;
    head = text.slice(0, lastColon + 1) + '0:0';
  }
  const doubleColon = head.indexOf('::');
  if (doubleColon !== head.lastIndexOf('::')) return false;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const validGroup = (g: string) => /^[0-9a-f]{1,4}$/i.test(g);
  if (doubleColon === -1) {
    const all = groups(head);
    return all.length === groupsNeeded && all.every(validGroup);
  }
  const left = groups(head.slice(0, doubleColon));
  const right = groups(head.slice(doubleColon + 2));
  groupsNeeded -= 1;
  return left.every(validGroup) && right.every(validGroup) && left.length + right.length <= groupsNeeded;
}

// RFC 3986 pieces: what a path segment, a query or fragment, user information and a registered name may hold.
const PCHARS = /^(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*$/i;
const QUERY_CHARS = /^(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*$/i;
const USER_INFO = /^(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*$/i;
const REG_NAME = /^(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*$/i;
const IP_FUTURE = /^v[0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+$/i;
const SCHEME = /^[a-z][a-z0-9+\-.]*:/i;

/** A URI (RFC 3986 section 3) or, when `relative` is allowed, a URI reference (section 4.1). */
function isUriReference(text: string, relative: boolean): boolean {
  let rest = text;
  const scheme = SCHEME.exec(rest);
  if (!scheme && !relative) return false;
  if (scheme) rest = rest.slice(scheme[0].length);
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    if (!QUERY_CHARS.test(rest.slice(hash + 1))) return false;
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf('?');
  if (question !== -1) {
    if (!QUERY_CHARS.test(rest.slice(question + 1))) return false;
    rest = rest.slice(0, question);
  }
  let path = rest;
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const authority = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
    path = slash === -1 ? '' : rest.slice(slash);
    if (!isAuthority(authority)) return false;
  } else if (!scheme && !path.startsWith('/') && path.split('/')[0]!.includes(':')) {
    return false; // a relative path's first segment must not look like a scheme
  }
  return path.split('/').every((segment) => PCHARS.test(segment));
}

function isAuthority(authority: string): boolean {
  const at = authority.lastIndexOf('@');
  if (at !== -1 && !USER_INFO.test(authority.slice(0, at))) return false;
  const hostAndPort = authority.slice(at + 1);
  const port = /:(\d*)$/.exec(hostAndPort);
  const host = hostAndPort.startsWith('[') ? hostAndPort.slice(0, hostAndPort.indexOf(']') + 1) : port ? hostAndPort.slice(0, port.index) : hostAndPort;
  const afterHost = hostAndPort.slice(host.length);
  if (afterHost !== '' && !/^:\d*$/.test(afterHost)) return false;
  if (host.startsWith('[')) {
    const literal = host.slice(1, -1);
    return host.endsWith(']') && (isIpv6(literal) || IP_FUTURE.test(literal));
  }
  return REG_NAME.test(host);
}

/** RFC 5321 section 4.1.2: a dot-atom or quoted local part, then a host name or an address literal. */
function isEmail(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at <= 0) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  const localValid = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i.test(local) || /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"$/.test(local);
  if (!localValid) return false;
  if (domain.startsWith('[') && domain.endsWith(']')) {
    const literal = domain.slice(1, -1);
    return /^ipv6:/i.test(literal) ? isIpv6(literal.slice(5)) : IPV4.test(literal);
  }
  return isHostname(domain);
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/** IDNA2008 exceptions (RFC 5892 section 2.6) that are DISALLOWED. */
const DISALLOWED_EXCEPTIONS = /[\u0640\u07fa\u302e\u302f\u3031-\u3035\u303b]/u;
/** Code points whose canonical combining class is Virama (9), for the ZERO WIDTH (NON-)JOINER rules. */
const VIRAMA = /[\u{94d}\u{9cd}\u{a4d}\u{acd}\u{b4d}\u{bcd}\u{c4d}\u{ccd}\u{d3b}-\u{d3c}\u{d4d}\u{dca}\u{e3a}\u{eba}\u{f84}\u{1039}-\u{103a}\u{1714}-\u{1715}\u{1734}\u{17d2}\u{1a60}\u{1b44}\u{1baa}-\u{1bab}\u{1bf2}-\u{1bf3}\u{2d7f}\u{a806}\u{a82c}\u{a8c4}\u{a953}\u{a9c0}\u{aaf6}\u{abed}\u{10a3f}\u{11046}\u{11070}\u{1107f}\u{110b9}\u{11133}-\u{11134}\u{111c0}\u{11235}\u{112ea}\u{1134d}\u{11442}\u{114c2}\u{115bf}\u{1163f}\u{116b6}\u{1172b}\u{11839}\u{1193d}-\u{1193e}\u{119e0}\u{11a34}\u{11a47}\u{11a99}\u{11c3f}\u{11d44}-\u{11d45}\u{11d97}]/u;

/** RFC 1123 host name; labels starting "xn--" must be valid IDNA2008 A-labels (RFC 5891, 5892 contextual rules). */
function isHostname(text: string): boolean {
  if (text.length === 0 || text.length > 253) return false;
  return text.split('.').every((label) => LABEL.test(label) && (!/^xn--/i.test(label) ? label.slice(2, 4) !== '--' : isALabel(label.slice(4))));
}

function isALabel(encoded: string): boolean {
  let label: string;
  try {
    label = decodePunycode(encoded.toLowerCase());
  } catch {
    return false;
  }
  const chars = [...label];
  if (chars.length === 0 || label.slice(2, 4) === '--' || /^\p{M}/u.test(label) || DISALLOWED_EXCEPTIONS.test(label)) return false;
  if (/[\u0660-\u0669]/u.test(label) && /[\u06f0-\u06f9]/u.test(label)) return false;
  return chars.every((char, i) => {
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    switch (char) {
      case '\u00b7': // MIDDLE DOT: between two l
        return before === 'l' && after === 'l';
      case '\u0375': // GREEK KERAIA: before Greek
        return /\p{Script=Greek}/u.test(after);
      case '\u05f3': // HEBREW GERESH, GERSHAYIM: after Hebrew
      case '\u05f4':
        return /\p{Script=Hebrew}/u.test(before);
      case '\u30fb': // KATAKANA MIDDLE DOT: in a label with Hiragana, Katakana or Han
        return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(label.replace(/\u30fb/gu, ''));
      case '\u200d': // ZERO WIDTH JOINER: after a Virama
        return VIRAMA.test(before);
      case '\u200c': // ZERO WIDTH NON-JOINER: after a Virama, or between joining letters (RFC 5892 appendix A.1)
        return VIRAMA.test(before) || (/\p{Script=Arabic}/u.test(before) && /\p{Script=Arabic}/u.test(after));
      default:
        return true;
    }
  });
}

function isRegex(text: string): boolean {
  if (/[^\\]\\Z/.test(text)) return false;
  try {
    new RegExp(text, 'u');
    return true;
  } catch {
    return false;
  }
}

const INT32_LIMIT = 2 ** 31;

/*
 * The checks of the formats ajv keeps as functions and its standalone code calls through its formats module (the
 * others are regular expressions it writes into the code), one export each: `dvc-schema build` bundles only those a
 * procedure uses instead of every format ajv-formats has.
 */
export const dateCheck = isDate;
export const timeCheck = /* @__PURE__ */ timeChecker(true);
export const dateTimeCheck = /* @__PURE__ */ dateTimeChecker(true);
export const isoTimeCheck = /* @__PURE__ */ timeChecker(false);
export const isoDateTimeCheck = /* @__PURE__ */ dateTimeChecker(false);
export const int32Check = (n: number): boolean => Number.isInteger(n) && n < INT32_LIMIT && n >= -INT32_LIMIT;
export const int64Check = (n: number): boolean => Number.isInteger(n);
export const anyNumber = (): boolean => true;

/** Format checks by name. Numeric formats (int32, …) apply to numbers; the rest to strings. */
export const STANDARD_FORMATS: Record<string, { type: 'string' | 'number'; test: (value: never) => boolean }> = {
  date: { type: 'string', test: dateCheck },
  time: { type: 'string', test: timeCheck },
  'date-time': { type: 'string', test: dateTimeCheck },
  'iso-time': { type: 'string', test: isoTimeCheck },
  'iso-date-time': { type: 'string', test: isoDateTimeCheck },
  duration: { type: 'string', test: (s: string) => DURATION.test(s) },
  uri: { type: 'string', test: (s: string) => isUriReference(s, false) },
  'uri-reference': { type: 'string', test: (s: string) => isUriReference(s, true) },
  'uri-template': { type: 'string', test: (s: string) => URI_TEMPLATE.test(s) },
  url: { type: 'string', test: (s: string) => URL_PATTERN.test(s) },
  email: { type: 'string', test: isEmail },
  hostname: { type: 'string', test: isHostname },
  ipv4: { type: 'string', test: (s: string) => IPV4.test(s) },
  ipv6: { type: 'string', test: isIpv6 },
  regex: { type: 'string', test: isRegex },
  uuid: { type: 'string', test: (s: string) => UUID.test(s) },
  'json-pointer': { type: 'string', test: (s: string) => JSON_POINTER.test(s) },
  'json-pointer-uri-fragment': { type: 'string', test: (s: string) => JSON_POINTER_URI_FRAGMENT.test(s) },
  'relative-json-pointer': { type: 'string', test: (s: string) => RELATIVE_JSON_POINTER.test(s) },
  byte: { type: 'string', test: (s: string) => BYTE.test(s) },
  int32: { type: 'number', test: int32Check },
  int64: { type: 'number', test: int64Check },
  float: { type: 'number', test: anyNumber },
  double: { type: 'number', test: anyNumber },
  password: { type: 'string', test: () => true },
  binary: { type: 'string', test: () => true },
  // Standard JSON Schema formats that ajv-formats does not check (non-strict ajv ignores them): known, not checked.
  'idn-email': { type: 'string', test: () => true },
  'idn-hostname': { type: 'string', test: () => true },
  iri: { type: 'string', test: () => true },
  'iri-reference': { type: 'string', test: () => true },
};

