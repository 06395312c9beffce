/**
 * Text of the portal around the form, Vietnamese first. The form translates itself (the engine's messages and the
 * schema's `x-ui.en`); procedure facts come from the catalogue in `{vi, en}` where it has them.
 */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const vi = {
  skip: 'Bỏ qua, đến nội dung chính',
  brand: 'Cổng Dịch vụ công (bản thử nghiệm dvc-kit)',
  langGroup: 'Ngôn ngữ',
  proceduresHeading: 'Thủ tục hành chính',
  proceduresIntro: 'Chọn một thủ tục để xem thông tin và nộp hồ sơ trực tuyến.',
  codeLabel: 'Mã thủ tục',
  sectorLabel: 'Lĩnh vực',
  agencyLabel: 'Cơ quan thực hiện',
  levelLabel: 'Cấp thực hiện',
  onlineLabel: 'Dịch vụ công trực tuyến',
  timeLabel: 'Thời hạn giải quyết',
  feesLabel: 'Phí, lệ phí',
  componentsLabel: 'Thành phần hồ sơ',
  deliveryLabel: 'Nhận kết quả',
  postalSubmissionLabel: 'Nộp hồ sơ qua bưu chính công ích',
  yes: 'Có',
  no: 'Không',
  levels: { MINISTRY: 'Cấp bộ', PROVINCE: 'Cấp tỉnh', COMMUNE: 'Cấp xã', OTHER: 'Cơ quan khác' },
  onlineService: { FULL: 'Toàn trình', PARTIAL: 'Một phần' },
  delivery: { ONLINE: 'Trực tuyến', IN_PERSON: 'Trực tiếp tại cơ quan', POST: 'Qua dịch vụ bưu chính công ích' },
  sameDay: 'Trong ngày',
  sameDayCutoff: (time: string) => `Trong ngày (tiếp nhận trước ${time})`,
  duration: (value: number, unit: string) =>
    `${value} ${unit === 'WORKING_DAY' ? 'ngày làm việc' : unit === 'HOUR' ? 'giờ' : 'ngày'}`,
  components: (total: number, required: number) => `${total} giấy tờ, ${required} bắt buộc (hoặc bắt buộc theo trường hợp)`,
  loading: 'Đang tải biểu mẫu…',
  loadFailed: 'Không tải được biểu mẫu của thủ tục này. Vui lòng tải lại trang.',
  notFoundTitle: 'Không tìm thấy thủ tục',
  notFound: (id: string) => `Không có thủ tục mã “${id}” trong danh mục. Vui lòng chọn một thủ tục trong danh sách.`,
  noCatalog: 'Chưa có danh mục thủ tục: hãy chạy “npm run build -w @dvc-kit/demo” (dvc-schema build).',
  resultHeading: 'Dữ liệu hồ sơ đã gửi',
  resultEmpty: 'Chưa gửi hồ sơ. Sau khi bạn nộp, dữ liệu gửi đi (sự kiện dvc-submit) hiện ở đây.',
  resultSent: 'Hồ sơ hợp lệ đã được gửi. Dữ liệu gửi đi:',
  filesHeading: 'Tệp đính kèm',
  noFiles: 'Không có tệp đính kèm.',
  footer: 'Dữ liệu mẫu, không gửi đến cơ quan nhà nước. Kiểm tra thông tin thủ tục trên dichvucong.gov.vn trước khi sử dụng.',
};

export type PageText = typeof vi;

export const en = {
  skip: 'Skip to main content',
  brand: 'Public Service Portal (dvc-kit demo)',
  langGroup: 'Language',
  proceduresHeading: 'Administrative procedures',
  proceduresIntro: 'Choose a procedure to see its facts and apply online.',
  codeLabel: 'Procedure code',
  sectorLabel: 'Sector',
  agencyLabel: 'Handled by',
  levelLabel: 'Level',
  onlineLabel: 'Online public service',
  timeLabel: 'Processing time',
  feesLabel: 'Fees and charges',
  componentsLabel: 'Dossier documents',
  deliveryLabel: 'Receiving the result',
  postalSubmissionLabel: 'Apply by public post',
  yes: 'Yes',
  no: 'No',
  levels: { MINISTRY: 'Ministry', PROVINCE: 'Province', COMMUNE: 'Commune', OTHER: 'Other agency' },
  onlineService: { FULL: 'Fully online', PARTIAL: 'Partly online' },
  delivery: { ONLINE: 'Online', IN_PERSON: 'In person at the agency', POST: 'By public postal service' },
  sameDay: 'The same day',
  sameDayCutoff: (time: string) => `The same day (if received before ${time})`,
  duration: (value: number, unit: string) => {
    const noun = unit === 'WORKING_DAY' ? 'working day' : unit === 'HOUR' ? 'hour' : 'day';
    return `${value} ${noun}${value === 1 ? '' : 's'}`;
  },
  components: (total: number, required: number) =>
    `${total} document${total === 1 ? '' : 's'}, ${required} required (always or in some cases)`,
  loading: 'Loading the form…',
  loadFailed: 'The form of this procedure could not be loaded. Please reload the page.',
  notFoundTitle: 'Procedure not found',
  notFound: (id: string) => `The catalogue has no procedure “${id}”. Please choose a procedure from the list.`,
  noCatalog: 'No procedure catalogue yet: run “npm run build -w @dvc-kit/demo” (dvc-schema build).',
  resultHeading: 'Submitted dossier data',
  resultEmpty: 'Nothing submitted yet. Once you submit, the data sent (the dvc-submit event) appears here.',
  resultSent: 'The dossier was valid and has been submitted. Data sent:',
  filesHeading: 'Attached files',
  noFiles: 'No files attached.',
  footer: 'Sample data; nothing is sent to any authority. Check the procedure on dichvucong.gov.vn before relying on it.',
} satisfies PageText;

export const PAGE_TEXT: Readonly<Record<Lang, PageText>> = { vi, en };

/** The page's simple strings, which `data-i18n` attributes in index.html name. */
export type StaticTextKey = { [K in keyof PageText]: PageText[K] extends string ? K : never }[keyof PageText];
