/** UI text of the elements in Vietnamese: the source dictionary. `en.ts` must match its shape. */
export const vi = {
  errorSummaryTitle: 'Có lỗi cần sửa',
  errorPrefix: 'Lỗi:',
  /** Label of the button that adds one item to a list. */
  addItem: (itemLabel: string) => `Thêm ${itemLabel}`,
  /** Name of one item of a list, e.g. "Thành viên 2". */
  itemName: (itemLabel: string, n: number) => `${itemLabel} ${n}`,
  defaultItemLabel: 'Mục',
  remove: 'Xóa',
  moveUp: 'Lên',
  moveDown: 'Xuống',
  noItems: 'Chưa có mục nào.',
  submit: 'Nộp hồ sơ',
  choose: 'Chọn…',
  loading: 'Đang tải biểu mẫu…',
  unsupported: 'Trường này không chỉnh sửa được ở đây; giá trị hiện có được giữ nguyên.',
  schemaErrorTitle: 'Không thể hiển thị biểu mẫu',
  schemaErrorIntro:
    'Biểu mẫu này đang bị lỗi cấu hình. Vui lòng thử lại sau hoặc báo cho đơn vị quản lý cổng dịch vụ công.',
  fetchFailed: (url: string, status: string) => `Không tải được biểu mẫu từ ${url} (${status}).`,
  yes: 'Có',
  no: 'Không',
  /** `<dvc-address-picker>`: legend of the group, when no `label` is given. */
  addressLegend: 'Địa chỉ',
  addressProvince: 'Tỉnh, thành phố',
  addressCommune: 'Phường, xã, đặc khu',
  addressStreet: 'Số nhà, tên đường, thôn, tổ dân phố',
  addressChooseProvinceFirst: 'Chọn tỉnh, thành phố trước.',
  addressLoadingCommunes: 'Đang tải danh sách phường, xã…',
  addressLoadFailed: 'Không tải được danh sách phường, xã.',
  addressRetry: 'Tải lại',
  addressNoMatch: 'Không có kết quả phù hợp.',
  /** Announced while a listbox is open. */
  addressResults: (n: number) => `${n} kết quả`,
  addressMissingProvince: 'Chọn tỉnh, thành phố',
  addressMissingCommune: 'Chọn phường, xã hoặc đặc khu',
  addressMissingStreet: 'Nhập số nhà, tên đường, thôn hoặc tổ dân phố',
  /** `<dvc-file-upload>`: legend of the group, when no `label` is given. */
  fileLegend: 'Tệp đính kèm',
  /** The button (a label of the native file input) that opens the file picker. */
  fileChoose: (_multiple: boolean) => 'Chọn tệp',
  fileDropHint: 'hoặc kéo và thả tệp vào đây',
  /** `types` is a list such as "PDF, JPG, PNG" (empty when every type is accepted); `max` e.g. "10 MB". */
  fileConstraints: (types: string, max: string) =>
    types ? `Định dạng ${types}, tối đa ${max} mỗi tệp.` : `Tối đa ${max} mỗi tệp.`,
  fileListLabel: 'Tệp đã đính kèm',
  /** Accessible name of the button that removes one file. */
  fileRemove: (name: string) => `Xóa ${name}`,
  fileTemplate: 'Tải mẫu đơn',
  fileWrongType: (name: string, types: string) => `Tệp “${name}” không đúng loại: chỉ nhận ${types}`,
  fileTooLarge: (name: string, max: string) => `Tệp “${name}” lớn hơn ${max}`,
  fileEmpty: (name: string) => `Tệp “${name}” không có nội dung`,
  fileOnlyOne: (name: string) => `Chỉ đính kèm được một tệp: tệp “${name}” không được thêm`,
  /** Announced (live region) after files were attached; `names` joined with commas. */
  fileAdded: (names: string) => `Đã đính kèm ${names}.`,
  fileRemoved: (name: string) => `Đã xóa ${name}.`,
  /** Required and empty; `label` is the field's label. */
  fileMissing: (label: string) => `Vui lòng đính kèm ${label}`,
  fileMissingAny: 'Vui lòng đính kèm tệp',
};

type Text<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

/** The shape every dictionary of element UI text has. */
export type Messages = { readonly [K in keyof typeof vi]: Text<(typeof vi)[K]> };
