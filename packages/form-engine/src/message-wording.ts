/**
 * Helpers the dictionaries (`messages-vi.ts`, `messages-en.ts`) word their messages with, also used by the elements'
 * dictionaries (`@dvc-kit/form-engine/message-wording`) so a picker names a field as the form does. A module of their own:
 * the core page loads `messages.ts` but no dictionary, and a bundler keeps a module shared with a lazy chunk
 * whole in the page.
 */
import type { MessageContext } from './messages.js';

/**
 * A number as the locale writes it (1.250,5 in Vietnamese, 1,250.5 in English). Not Intl.NumberFormat: making
 * the first one costs about 20 ms (locale data), which landed in the citizen's first keystroke.
 */
export const num = (c: MessageContext, value: unknown): string => {
  if (typeof value !== 'number') return String(value);
  const text = String(Math.abs(value));
  // 1e21, 1e-7: rare limits; the platform writes them.
  if (!/^\d+(\.\d+)?$/.test(text)) return value.toLocaleString(c.locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 20 });
  const [whole, fraction] = text.split('.') as [string, string?];
  const [group, decimal] = c.locale === 'vi' ? ['.', ','] : [',', '.'];
  return `${value < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, group)}${fraction ? decimal + fraction : ''}`;
};
export const isChoice = (kind: string) => kind === 'select' || kind === 'radio' || kind === 'alternatives' || kind === 'checkboxes';

/**
 * A label as it reads inside a sentence: the first letter lower-cased only when the first word is an ordinary
 * capitalised word. Kept as written: an acronym or a word with inner capitals ("CCCD", "VNeID"), the pronoun "I",
 * and a proper noun of several capitalised words ("Hà Nội", "Việt Nam"); "Số CCCD" still becomes "số CCCD".
 */
export const midSentence = (label: string, locale: string): string => {
  const [first = '', second = ''] = label.split(/\s+/, 2);
  const ordinary = /^\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?\p{P}*$/u.test(first) && !/^\p{Lu}\p{Ll}/u.test(second);
  return ordinary ? first.toLocaleLowerCase(locale) + label.slice(first.length) : label;
};

/** Words a title may end with when it is the start of a sentence the choice finishes ("Hộ kinh doanh do", "You are filing as"). */
const OPEN_ENDINGS = /(?:\s(?:do|là|bởi|của|cho|tại|theo|gồm|với tư cách|bằng cách|by|is|are|as|for|of|to|with))$|[?:…]$/iu;

/** Whether a title is a question or an unfinished sentence, which a message quotes rather than weaves in. */
export const isOpenTitle = (label: string): boolean => OPEN_ENDINGS.test(label.trim());

/** An item of a list ("Người quản lý 2"): named without an article. */
export const isNumbered = (label: string): boolean => /\s\d+$/u.test(label);

/**
 * The field's name opening a sentence: as shown (a map's key is the citizen's own text, never re-cased); quoted when
 * it is a question or unfinished.
 */
export const subject = (c: MessageContext): string => (isOpenTitle(c.label) ? `“${c.label}”` : c.label);

/** A field's name inside a sentence (see `midSentence`); quoted when it is a question or unfinished. */
export const inSentence = (label: string, locale: string): string => (isOpenTitle(label) ? `“${label}”` : midSentence(label, locale));

export const object = (c: MessageContext): string => inSentence(c.label, c.locale);

/** The widget holds files (`<dvc-file-upload>`) or a list the citizen adds items to. */
export const isFiles = (kind: string) => kind === 'file';
export const isList = (kind: string) => kind === 'array' || kind === 'tuple';

/**
 * The text of an error summary line: the message when it names the field, else the field's name, a colon and the
 * message continuing the sentence ("Ngày sinh của người mẹ: vui lòng nhập ngày sinh hợp lệ").
 */
export const summaryLine = (label: string, message: string, locale: string): string =>
  !label || message.toLocaleLowerCase(locale).includes(label.toLocaleLowerCase(locale)) ? message : `${label}: ${midSentence(message, locale)}`;
