import { midSentence } from '@dvc-kit/form-engine/message-wording';
import type { Dictionary } from '../shared/dictionary.js';

/** UI text of `<dvc-dossier-form>` in Vietnamese: the source dictionary, built in. `en.ts` must match its shape. */
export const vi = {
  errorSummaryTitle: 'Có lỗi cần sửa',
  errorPrefix: 'Lỗi:',
  /** Label of the button that adds one item to a list (the item's title inside a sentence: no capital, acronyms kept). */
  addItem: (itemLabel: string) => `Thêm ${midSentence(itemLabel, 'vi')}`,
  /** Name of one item of a list, e.g. "Thành viên 2". */
  itemName: (itemLabel: string, n: number) => `${itemLabel} ${n}`,
  /** Label of the button that opens a group a recursive schema left closed (a father's father). */
  openGroup: (label: string) => `Nhập ${midSentence(label, 'vi')}`,
  defaultItemLabel: 'Mục',
  remove: 'Xóa',
  moveUp: 'Lên',
  moveDown: 'Xuống',
  noItems: 'Chưa có mục nào.',
  submit: 'Nộp hồ sơ',
  choose: 'Chọn…',
  /** A date is typed in three parts (day, month, year), as it is written in Vietnamese. */
  dateDay: 'Ngày',
  dateMonth: 'Tháng',
  dateYear: 'Năm',
  /** Same words as the engine's placeholders (`example`). */
  dateExample: 'Ví dụ: 27 3 2007',
  loading: 'Đang tải biểu mẫu…',
  unsupported: 'Trường này không chỉnh sửa được ở đây; giá trị hiện có được giữ nguyên.',
  schemaErrorTitle: 'Không thể hiển thị biểu mẫu',
  schemaErrorIntro:
    'Biểu mẫu này đang bị lỗi cấu hình. Vui lòng thử lại sau hoặc báo cho đơn vị quản lý cổng dịch vụ công.',
  /** Shown (and sent with `dvc-error`) by the precompiled-only tag when no `validator` was given. */
  needsValidator: 'Trang này cần bộ kiểm tra dữ liệu đã biên dịch sẵn (thuộc tính validator) cho biểu mẫu, nhưng chưa được cung cấp.',
  fetchFailed: (url: string, status: string) => `Không tải được biểu mẫu từ ${url} (${status}).`,
  yes: 'Có',
  no: 'Không',
};

/** The shape every dictionary of the form's UI text has. */
export type Messages = Dictionary<typeof vi>;
