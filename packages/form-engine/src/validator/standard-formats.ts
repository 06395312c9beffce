/**
 * The standard string formats (the names ajv-formats knows), checked without a validator library.
 * Written from RFC 3339, RFC 3986, RFC 5321/1123, RFC 4122 and RFC 6901.
 */

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

function timeChecker(requireZone: boolean) {
  return (text: string): boolean => {
    const m = /^(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)(z|([+-])(\d{2})(?::?(\d{2}))?)?$/i.exec(text);
    if (!m) return false;
    if (requireZone && !m[4]) return false;
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    const second = Number(m[3]);
    const zoneHour = Number(m[6] ?? 0);
    const zoneMinute = Number(m[7] ?? 0);
    if (zoneHour > 23 || zoneMinute > 59) return false;
    if (hour <= 23 && minute <= 59 && second < 60) return true;
    // A leap second is 23:59:60 in UTC.
    const sign = m[5] === '-' ? -1 : 1;
    const utcMinute = minute - zoneMinute * sign;
    const utcHour = hour - zoneHour * sign - (utcMinute < 0 ? 1 : 0);
    return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
  };
}

function dateTimeChecker(requireZone: boolean) {
  const time = timeChecker(requireZone);
  return (text: string): boolean => {
    const parts = text.split(/t|\s/i);
    return parts.length === 2 && isDate(parts[0]!) && time(parts[1]!);
  };
}

const NOT_URI_FRAGMENT = /\/|:/;
const URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:[0-9a-f:.]+|v[0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const URI_REFERENCE =
  /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:[0-9a-f:.]+|v[0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const URL_PATTERN = /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu;
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const HOSTNAME = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const JSON_POINTER = /^(?:\/(?:[^~/]|~0|~1)*)*$/;
const JSON_POINTER_URI_FRAGMENT = /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i;
const RELATIVE_JSON_POINTER = /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/;
const DURATION = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;
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
  uri: { type: 'string', test: (s: string) => NOT_URI_FRAGMENT.test(s) && URI.test(s) },
  'uri-reference': { type: 'string', test: (s: string) => URI_REFERENCE.test(s) },
  'uri-template': { type: 'string', test: (s: string) => URI_TEMPLATE.test(s) },
  url: { type: 'string', test: (s: string) => URL_PATTERN.test(s) },
  email: { type: 'string', test: (s: string) => EMAIL.test(s) },
  hostname: { type: 'string', test: (s: string) => HOSTNAME.test(s) },
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

