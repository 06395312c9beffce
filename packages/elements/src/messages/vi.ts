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
};

type Text<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

/** The shape every dictionary of element UI text has. */
export type Messages = { readonly [K in keyof typeof vi]: Text<(typeof vi)[K]> };
