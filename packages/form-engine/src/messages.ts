/**
 * Validation messages written for citizens, looked up by keyword and filled with parameters.
 * Vietnamese is the source; English must provide every key (`satisfies`).
 */
import type { Locale } from './types.js';

export interface MessageContext {
  label: string;
  /** The widget: selects and radios say "chọn", checkboxes say "đánh dấu", others "nhập". */
  kind: string;
  params: Record<string, unknown>;
  locale: Locale;
}

type MessageFn = (c: MessageContext) => string;

const numberFormats = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };
const num = (c: MessageContext, value: unknown) => (typeof value === 'number' ? numberFormats[c.locale].format(value) : String(value));
const lower = (label: string) => label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
const isChoice = (kind: string) => kind === 'select' || kind === 'radio' || kind === 'alternatives' || kind === 'checkboxes';

const FORMAT_NAMES_VI: Record<string, string> = {
  date: 'một ngày hợp lệ',
  'date-time': 'ngày và giờ hợp lệ',
  time: 'giờ hợp lệ',
  email: 'địa chỉ email hợp lệ, ví dụ ten@example.com',
  uri: 'địa chỉ web hợp lệ, bắt đầu bằng https://',
  url: 'địa chỉ web hợp lệ, bắt đầu bằng https://',
};
const FORMAT_NAMES_EN: Record<string, string> = {
  date: 'a valid date',
  'date-time': 'a valid date and time',
  time: 'a valid time',
  email: 'a valid email address, like name@example.com',
  uri: 'a valid web address starting with https://',
  url: 'a valid web address starting with https://',
};

export const vi = {
  required: (c) =>
    c.kind === 'checkbox'
      ? `Vui lòng đánh dấu ô ${lower(c.label)}`
      : isChoice(c.kind)
        ? `Vui lòng chọn ${lower(c.label)}`
        : `Vui lòng nhập ${lower(c.label)}`,
  type: (c) => {
    const expected = String(c.params.type);
    if (expected.includes('integer')) return `${c.label} phải là một số nguyên`;
    if (expected.includes('number')) return `${c.label} phải là một số`;
    return `${c.label} chưa đúng kiểu dữ liệu`;
  },
  minLength: (c) => `${c.label} phải có ít nhất ${num(c, c.params.limit)} ký tự`,
  maxLength: (c) => `${c.label} không được dài quá ${num(c, c.params.limit)} ký tự`,
  pattern: (c) => `${c.label} chưa đúng định dạng`,
  format: (c) => {
    const known = FORMAT_NAMES_VI[String(c.params.format)];
    return known ? `Vui lòng nhập ${known}` : `${c.label} chưa đúng định dạng`;
  },
  minimum: (c) => `${c.label} phải lớn hơn hoặc bằng ${num(c, c.params.limit)}`,
  maximum: (c) => `${c.label} phải nhỏ hơn hoặc bằng ${num(c, c.params.limit)}`,
  exclusiveMinimum: (c) => `${c.label} phải lớn hơn ${num(c, c.params.limit)}`,
  exclusiveMaximum: (c) => `${c.label} phải nhỏ hơn ${num(c, c.params.limit)}`,
  multipleOf: (c) => `${c.label} phải là bội số của ${num(c, c.params.multipleOf)}`,
  enum: (c) => `Vui lòng chọn ${lower(c.label)} trong danh sách`,
  const: (c) =>
    c.kind === 'checkbox' ? `Vui lòng đánh dấu ô ${lower(c.label)}` : `${c.label} phải là ${JSON.stringify(c.params.allowedValue)}`,
  oneOf: (c) =>
    c.params.passingSchemas ? `${c.label} khớp với nhiều hơn một lựa chọn` : `Vui lòng chọn ${lower(c.label)}`,
  anyOf: (c) => `Vui lòng chọn ${lower(c.label)}`,
  minItems: (c) => `Vui lòng thêm ít nhất ${num(c, c.params.limit)} mục vào ${lower(c.label)}`,
  maxItems: (c) => `${c.label} chỉ được có tối đa ${num(c, c.params.limit)} mục`,
  uniqueItems: (c) =>
    `${c.label} có mục trùng nhau (mục ${num(c, Number(c.params.j) + 1)} và mục ${num(c, Number(c.params.i) + 1)})`,
  additionalProperties: (c) => `${c.label} có trường không được phép: ${String(c.params.additionalProperty)}`,
  unevaluatedProperties: (c) => `${c.label} có trường không được phép: ${String(c.params.unevaluatedProperty)}`,
  minProperties: (c) => `${c.label} cần ít nhất ${num(c, c.params.limit)} thông tin`,
  maxProperties: (c) => `${c.label} có quá nhiều thông tin (tối đa ${num(c, c.params.limit)})`,
  contains: (c) => `${c.label} chưa có mục phù hợp`,
  not: (c) => `${c.label} chưa hợp lệ`,
  notANumber: (c) => `${c.label} phải là một số, ví dụ 1.250 hoặc 12,5`,
  unreadableDate: (c) =>
    `${c.label}: "${String(c.params.value)}" không phải là ${c.kind === 'time' ? 'giờ' : 'ngày'} hợp lệ, vui lòng chọn lại`,
  fallback: (c) => `${c.label} chưa hợp lệ`,
} satisfies Record<string, MessageFn>;

export type MessageKey = keyof typeof vi;

export const en = {
  required: (c) =>
    c.kind === 'checkbox' ? `Tick the box: ${c.label}` : isChoice(c.kind) ? `Select ${c.label}` : `Enter ${c.label}`,
  type: (c) => {
    const expected = String(c.params.type);
    if (expected.includes('integer')) return `${c.label} must be a whole number`;
    if (expected.includes('number')) return `${c.label} must be a number`;
    return `${c.label} has the wrong type of value`;
  },
  minLength: (c) => `${c.label} must be ${num(c, c.params.limit)} characters or more`,
  maxLength: (c) => `${c.label} must be ${num(c, c.params.limit)} characters or fewer`,
  pattern: (c) => `${c.label} is not in the right format`,
  format: (c) => {
    const known = FORMAT_NAMES_EN[String(c.params.format)];
    return known ? `Enter ${known}` : `${c.label} is not in the right format`;
  },
  minimum: (c) => `${c.label} must be ${num(c, c.params.limit)} or more`,
  maximum: (c) => `${c.label} must be ${num(c, c.params.limit)} or less`,
  exclusiveMinimum: (c) => `${c.label} must be more than ${num(c, c.params.limit)}`,
  exclusiveMaximum: (c) => `${c.label} must be less than ${num(c, c.params.limit)}`,
  multipleOf: (c) => `${c.label} must be a multiple of ${num(c, c.params.multipleOf)}`,
  enum: (c) => `Select ${c.label} from the list`,
  const: (c) => (c.kind === 'checkbox' ? `Tick the box: ${c.label}` : `${c.label} must be ${JSON.stringify(c.params.allowedValue)}`),
  oneOf: (c) => (c.params.passingSchemas ? `${c.label} matches more than one option` : `Select ${c.label}`),
  anyOf: (c) => `Select ${c.label}`,
  minItems: (c) => `Add at least ${num(c, c.params.limit)} item(s) to ${c.label}`,
  maxItems: (c) => `${c.label} can have at most ${num(c, c.params.limit)} item(s)`,
  uniqueItems: (c) =>
    `${c.label} has duplicate items (item ${num(c, Number(c.params.j) + 1)} and item ${num(c, Number(c.params.i) + 1)})`,
  additionalProperties: (c) => `${c.label} has a field that is not allowed: ${String(c.params.additionalProperty)}`,
  unevaluatedProperties: (c) => `${c.label} has a field that is not allowed: ${String(c.params.unevaluatedProperty)}`,
  minProperties: (c) => `${c.label} needs at least ${num(c, c.params.limit)} entries`,
  maxProperties: (c) => `${c.label} has too many entries (at most ${num(c, c.params.limit)})`,
  contains: (c) => `${c.label} has no matching item`,
  not: (c) => `${c.label} is not valid`,
  notANumber: (c) => `${c.label} must be a number, like 1250 or 12.5`,
  unreadableDate: (c) => `${c.label}: "${String(c.params.value)}" is not a valid ${c.kind === 'time' ? 'time' : 'date'}, please choose again`,
  fallback: (c) => `${c.label} is not valid`,
} satisfies Record<MessageKey, MessageFn>;

const dictionaries: Record<Locale, Record<MessageKey, MessageFn>> = { vi, en };

export function formatMessage(keyword: string, context: MessageContext): string {
  const dictionary = dictionaries[context.locale];
  const fn = (dictionary as Record<string, MessageFn>)[keyword] ?? dictionary.fallback;
  return fn(context);
}
