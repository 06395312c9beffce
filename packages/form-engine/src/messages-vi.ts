/**
 * The Vietnamese messages and interface words: `@dvc-kit/form-engine/messages-vi`. Registered by the full engine;
 * bundled by `dvc-schema build` into each precompiled validator, so a page for a known procedure carries them with it.
 * Wording rules (docs/messages.md): "Vui lòng nhập" for what is typed, "Vui lòng chọn" for a choice, "Vui lòng đính
 * kèm" for files, "Vui lòng thêm" for a list; the field is named by its label as shown, lower-cased only where the
 * sentence wants it (see `midSentence`), quoted when its title is a question or an unfinished sentence.
 */
import { dateMistake } from './date-parts.js';
import type { MessageContext, MessageFn } from './messages.js';
import { isChoice, isFiles, isList, isOpenTitle, midSentence, num, object, subject, summaryLine } from './message-wording.js';

const DATE_PARTS_VI = { day: 'ngày', month: 'tháng', year: 'năm' } as const;

/** What a valid value of a format looks like, after "Vui lòng nhập <trường> đúng định dạng". */
const FORMAT_NAMES_VI: Record<string, string> = {
  date: ': một ngày có thật, ví dụ 27/03/2007',
  'date-time': ': ngày và giờ, ví dụ 27/03/2007 14:30',
  time: ': giờ và phút, ví dụ 14:30',
  email: ', ví dụ ten@example.com',
  uri: ': địa chỉ web bắt đầu bằng https://',
  url: ': địa chỉ web bắt đầu bằng https://',
  // The Vietnamese formats (@dvc-kit/vn), for a validator that checks them without their definitions.
  cccd: ': 12 chữ số',
  'vn-tax-code': ': 10 chữ số, 10 chữ số-3 chữ số, hoặc số định danh cá nhân 12 chữ số',
  'vn-phone': ': số di động 10 chữ số, ví dụ 0912 345 678',
  'vn-postal-code': ': 5 chữ số, ví dụ 11120',
};

/** What the citizen chooses: the field, or "một phương án cho “…”" when its title is unfinished ("Hộ kinh doanh do"). */
const choiceOf = (c: MessageContext) => (isOpenTitle(c.label) ? `một phương án cho “${c.label}”` : object(c));

/** A group as the owner of a field: "Thông tin người mẹ" → "người mẹ" ("Ngày sinh của người mẹ"). */
const groupNoun = (group: string) => midSentence(group.replace(/^thông tin\s+(?:về\s+|của\s+)?/iu, ''), 'vi');

export const vi = {
  required: (c) => {
    if (c.kind === 'checkbox') return `Vui lòng đánh dấu ô “${c.label}”`;
    if (isChoice(c.kind)) return `Vui lòng chọn ${choiceOf(c)}`;
    if (isFiles(c.kind)) return `Vui lòng đính kèm ${object(c)}`;
    if (isList(c.kind)) return `Vui lòng thêm ${object(c)}`;
    return isOpenTitle(c.label) ? `Vui lòng điền “${c.label}”` : `Vui lòng nhập ${object(c)}`;
  },
  type: (c) => {
    const expected = String(c.params.type);
    if (expected.includes('integer')) return `${subject(c)} phải là một số nguyên`;
    if (expected.includes('number')) return `${subject(c)} phải là một số`;
    return `${subject(c)} chưa đúng kiểu dữ liệu`;
  },
  minLength: (c) => `${subject(c)} phải có ít nhất ${num(c, c.params.limit)} ký tự`,
  maxLength: (c) => `${subject(c)} không được dài quá ${num(c, c.params.limit)} ký tự`,
  maxDepth: (c) => `${subject(c)}: dữ liệu lồng nhau quá ${num(c, c.params.limit)} cấp, biểu mẫu không kiểm tra được phần này`,
  pattern: (c) => `${subject(c)} chưa đúng định dạng`,
  format: (c) => {
    const format = String(c.params.format);
    const known = Object.hasOwn(FORMAT_NAMES_VI, format) ? FORMAT_NAMES_VI[format] : undefined;
    return known ? `Vui lòng nhập ${object(c)} đúng định dạng${known}` : `${subject(c)} chưa đúng định dạng`;
  },
  minimum: (c) => `${subject(c)} phải lớn hơn hoặc bằng ${num(c, c.params.limit)}`,
  maximum: (c) => `${subject(c)} phải nhỏ hơn hoặc bằng ${num(c, c.params.limit)}`,
  exclusiveMinimum: (c) => `${subject(c)} phải lớn hơn ${num(c, c.params.limit)}`,
  exclusiveMaximum: (c) => `${subject(c)} phải nhỏ hơn ${num(c, c.params.limit)}`,
  multipleOf: (c) => `${subject(c)} phải là bội số của ${num(c, c.params.multipleOf)}`,
  enum: (c) => `Vui lòng chọn ${choiceOf(c)} trong danh sách`,
  const: (c) => (c.kind === 'checkbox' ? `Vui lòng đánh dấu ô “${c.label}”` : `${subject(c)} phải là ${JSON.stringify(c.params.allowedValue)}`),
  oneOf: (c) => (c.params.passingSchemas ? `${subject(c)} khớp với nhiều hơn một lựa chọn` : `Vui lòng chọn ${choiceOf(c)}`),
  anyOf: (c) => `Vui lòng chọn ${choiceOf(c)}`,
  minItems: (c) =>
    isFiles(c.kind)
      ? `Vui lòng đính kèm ít nhất ${num(c, c.params.limit)} tệp cho ${object(c)}`
      : `Vui lòng thêm ít nhất ${num(c, c.params.limit)} mục vào ${object(c)}`,
  maxItems: (c) => `${subject(c)} chỉ được có tối đa ${num(c, c.params.limit)} ${isFiles(c.kind) ? 'tệp' : 'mục'}`,
  uniqueItems: (c) =>
    `${subject(c)} có mục trùng nhau (mục ${num(c, Number(c.params.j) + 1)} và mục ${num(c, Number(c.params.i) + 1)})`,
  additionalProperties: (c) => `${subject(c)} có trường không được phép: ${String(c.params.additionalProperty)}`,
  unevaluatedProperties: (c) => `${subject(c)} có trường không được phép: ${String(c.params.unevaluatedProperty)}`,
  // A key of a key–value list (label: the keys' label, e.g. "Tên"; params.key: the key).
  propertyNames: (c) => `${subject(c)} "${String(c.params.key)}" không được dùng`,
  keyNotAllowed: (c) => `${subject(c)} "${String(c.params.key)}" không được phép ở đây`,
  duplicateKey: (c) => `${subject(c)} "${String(c.params.key)}" đã có, vui lòng chọn ${object(c)} khác`,
  keySelectsOtherSchema: (c) =>
    `${subject(c)} "${String(c.params.key)}" dùng cho loại thông tin khác: hãy xóa dòng này rồi thêm dòng mới với ${object(c)} đó`,
  minProperties: (c) => `${subject(c)} cần ít nhất ${num(c, c.params.limit)} thông tin`,
  maxProperties: (c) => `${subject(c)} có quá nhiều thông tin (tối đa ${num(c, c.params.limit)})`,
  contains: (c) => `${subject(c)} chưa có mục phù hợp`,
  not: (c) => `${subject(c)} chưa hợp lệ`,
  notANumber: (c) => `${subject(c)} phải là một số, ví dụ 1.250 hoặc 12,5`,
  unreadableDate: (c) => {
    const mistake = c.kind === 'date' ? dateMistake(c.params.value) : null;
    if (mistake?.reason === 'notReal') return `${subject(c)} không có thật, vui lòng nhập lại, ví dụ 27 3 2007`;
    if (mistake?.reason === 'shortYear') return `${subject(c)}: năm phải gồm 4 chữ số`;
    if (mistake) return `${subject(c)} còn thiếu ${mistake.parts.map((part) => DATE_PARTS_VI[part]).join(' và ')}`;
    // A date-time or time no control can show is shown as its text: the citizen types it again.
    return `${subject(c)}: "${String(c.params.value)}" không phải là ${c.kind === 'time' ? 'giờ' : c.kind === 'datetime' ? 'ngày giờ' : 'ngày'} hợp lệ, vui lòng nhập lại`;
  },
  fallback: (c) => `${subject(c)} chưa hợp lệ`,

  // ---- names the form gives (label: the field's own title; params as listed) ----
  /** A field whose title another field shares, named with its group (params.group): "Ngày sinh của người mẹ". */
  fieldOfGroup: (c) => `${c.label} của ${groupNoun(String(c.params.group))}`,
  /** A line of the error summary (label: the field's name; params.message: its message), see `summaryLine`. */
  summary: (c) => summaryLine(c.label, String(c.params.message), 'vi'),

  // ---- interface words of the field tree (no label) ----
  /** The name of a list's items when the schema gives none ("Mục 2"). */
  item: () => 'Mục',
  /** An alternative without a title (params.n counts from 1). */
  option: (c) => `Lựa chọn ${num(c, c.params.n)}`,
  yes: () => 'Có',
  no: () => 'Không',
  none: () => 'Không có',
  /** A placeholder made from the schema's first example (params.value). */
  example: (c) => `Ví dụ: ${String(c.params.value)}`,
  /** The root's label when the schema has no title. */
  dossier: () => 'Hồ sơ',
  /** The label of a key–value list's keys when `propertyNames` has no title. */
  entryKey: () => 'Tên',
} satisfies Record<string, MessageFn>;
