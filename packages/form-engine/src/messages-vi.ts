/**
 * The Vietnamese validation messages: `@dvc-kit/form-engine/messages-vi`. Registered by the full engine; bundled by
 * `dvc-schema build` into each precompiled validator, so a page for a known procedure carries them with it.
 */
import { dateMistake } from './date-parts.js';
import type { MessageFn } from './messages.js';
import { isChoice, num } from './message-wording.js';

const lower = (label: string) => label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
const DATE_PARTS_VI = { day: 'ngày', month: 'tháng', year: 'năm' } as const;

const FORMAT_NAMES_VI: Record<string, string> = {
  date: 'một ngày hợp lệ',
  'date-time': 'ngày và giờ hợp lệ',
  time: 'giờ hợp lệ',
  email: 'địa chỉ email hợp lệ, ví dụ ten@example.com',
  uri: 'địa chỉ web hợp lệ, bắt đầu bằng https://',
  url: 'địa chỉ web hợp lệ, bắt đầu bằng https://',
  // The Vietnamese formats (@dvc-kit/vn), for a validator that checks them without their definitions.
  cccd: 'số định danh cá nhân gồm 12 chữ số',
  'vn-tax-code': 'mã số thuế hợp lệ: 10 chữ số, 10 chữ số-3 chữ số, hoặc số định danh cá nhân 12 chữ số',
  'vn-phone': 'số điện thoại di động gồm 10 chữ số, ví dụ 0912 345 678',
  'vn-postal-code': 'mã bưu chính gồm 5 chữ số, ví dụ 11120',
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
  maxDepth: (c) => `${c.label}: dữ liệu lồng nhau quá ${num(c, c.params.limit)} cấp, biểu mẫu không kiểm tra được phần này`,
  pattern: (c) => `${c.label} chưa đúng định dạng`,
  format: (c) => {
    const format = String(c.params.format);
    const known = Object.hasOwn(FORMAT_NAMES_VI, format) ? FORMAT_NAMES_VI[format] : undefined;
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
  // A key of a key–value list (label: the keys' label, e.g. "Tên"; params.key: the key).
  propertyNames: (c) => `${c.label} "${String(c.params.key)}" không được dùng`,
  keyNotAllowed: (c) => `${c.label} "${String(c.params.key)}" không được phép ở đây`,
  duplicateKey: (c) => `${c.label} "${String(c.params.key)}" đã có, vui lòng chọn ${lower(c.label)} khác`,
  keySelectsOtherSchema: (c) =>
    `${c.label} "${String(c.params.key)}" dùng cho loại thông tin khác: hãy xóa dòng này rồi thêm dòng mới với ${lower(c.label)} đó`,
  minProperties: (c) => `${c.label} cần ít nhất ${num(c, c.params.limit)} thông tin`,
  maxProperties: (c) => `${c.label} có quá nhiều thông tin (tối đa ${num(c, c.params.limit)})`,
  contains: (c) => `${c.label} chưa có mục phù hợp`,
  not: (c) => `${c.label} chưa hợp lệ`,
  notANumber: (c) => `${c.label} phải là một số, ví dụ 1.250 hoặc 12,5`,
  unreadableDate: (c) => {
    const mistake = c.kind === 'date' ? dateMistake(c.params.value) : null;
    if (mistake?.reason === 'notReal') return `${c.label} không có thật, vui lòng nhập lại, ví dụ 27 3 2007`;
    if (mistake?.reason === 'shortYear') return `${c.label}: năm phải gồm 4 chữ số`;
    if (mistake) return `${c.label} còn thiếu ${mistake.parts.map((part) => DATE_PARTS_VI[part]).join(' và ')}`;
    // A date-time or time no control can show is shown as its text: the citizen types it again.
    return `${c.label}: "${String(c.params.value)}" không phải là ${c.kind === 'time' ? 'giờ' : c.kind === 'datetime' ? 'ngày giờ' : 'ngày'} hợp lệ, vui lòng nhập lại`;
  },
  fallback: (c) => `${c.label} chưa hợp lệ`,
} satisfies Record<string, MessageFn>;

