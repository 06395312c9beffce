/**
 * Text of the procedure page around the form, Vietnamese first. The form translates itself (the engine's messages
 * and the schema's `x-ui.en`); procedure facts come from the catalogue in `{vi, en}` where it has them, worded by
 * `@dvc-kit/procedure/wording` (levels, online service, processing time, delivery), not here.
 */
import type { Lang } from '../layout/language.js';

export type { Lang } from '../layout/language.js';

export const vi = {
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
  components: (total: number, required: number) => `${total} giấy tờ, ${required} bắt buộc (hoặc bắt buộc theo trường hợp)`,
  loading: 'Đang tải biểu mẫu…',
  loadFailed: 'Không tải được biểu mẫu của thủ tục này. Vui lòng tải lại trang.',
  notFoundTitle: 'Không tìm thấy thủ tục',
  notFound: (id: string) => `Không có thủ tục mã “${id}” trong danh mục. Vui lòng chọn một thủ tục ở trang chủ.`,
  noCatalog: 'Chưa có danh mục thủ tục: hãy chạy “npm run build -w @dvc-kit/demo” (dvc-schema build).',
  backToList: 'Về danh sách thủ tục',
  applyHeading: 'Nộp hồ sơ trực tuyến',
  draftKept: 'Bản nháp được lưu tự động trong thẻ trình duyệt này khi bạn nhập (chỉ thẻ này, mất khi đóng thẻ). Tệp đính kèm không lưu được trong bản nháp: nếu tải lại trang, hãy đính kèm lại.',
  draftRestored: (time: string) => `Đã khôi phục bản nháp lưu lúc ${time}. Tệp đính kèm không được lưu: vui lòng đính kèm lại.`,
  draftOff: 'Trình duyệt không cho lưu bản nháp: dữ liệu sẽ mất nếu bạn tải lại trang.',
  draftClear: 'Xoá bản nháp',
  draftCleared: 'Đã xoá bản nháp và làm trống biểu mẫu.',
  sending: 'Đang gửi hồ sơ, vui lòng chờ…',
  invalidHeading: 'Hồ sơ chưa được tiếp nhận: cần sửa thông tin',
  invalidIntro: 'Máy chủ kiểm tra hồ sơ và thấy các lỗi sau. Chọn một lỗi để đến trường cần sửa.',
  refusedHeading: 'Hồ sơ chưa được tiếp nhận',
  refused: {
    'unsupported-media-type': 'Có tệp đính kèm không đúng loại tệp được chấp nhận (máy chủ kiểm tra nội dung tệp, không chỉ tên tệp).',
    'payload-too-large': 'Tệp đính kèm hoặc hồ sơ vượt quá dung lượng cho phép.',
    'idempotency-conflict': 'Lần gửi trước với cùng dữ liệu chưa hoàn tất. Vui lòng bấm “Nộp hồ sơ” lại.',
    'not-found': 'Máy chủ không có thủ tục này.',
  } as Record<string, string>,
  refusedOther: (status: number) => `Máy chủ từ chối hồ sơ (mã ${status}).`,
  retryHeading: 'Chưa gửi được hồ sơ',
  retryIntro: 'Không kết nối được máy chủ hoặc máy chủ đang bận. Mọi thông tin bạn đã nhập vẫn còn. Gửi lại sẽ không tạo hồ sơ trùng.',
  retry: 'Thử lại',
  filedRedirect: (code: string) => `Đã tiếp nhận hồ sơ ${code}. Đang chuyển đến giấy hẹn…`,
  receiptNotKept: 'Trình duyệt không cho lưu giấy hẹn trong thẻ này: hãy ghi lại mã hồ sơ.',
  feesHeading: 'Phí, lệ phí của hồ sơ',
  componentRequired: 'bắt buộc',
  componentConditional: 'bắt buộc trong một số trường hợp',
  componentOptional: 'không bắt buộc',
  componentPresent: 'xuất trình bản chính',
};

export type PageText = typeof vi;

export const en = {
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
  components: (total: number, required: number) =>
    `${total} document${total === 1 ? '' : 's'}, ${required} required (always or in some cases)`,
  loading: 'Loading the form…',
  loadFailed: 'The form of this procedure could not be loaded. Please reload the page.',
  notFoundTitle: 'Procedure not found',
  notFound: (id: string) => `The catalogue has no procedure “${id}”. Please choose a procedure on the start page.`,
  noCatalog: 'No procedure catalogue yet: run “npm run build -w @dvc-kit/demo” (dvc-schema build).',
  backToList: 'Back to the procedures',
  applyHeading: 'Apply online',
  draftKept: 'Your draft is kept automatically in this browser tab as you type (this tab only, gone when it closes). Attached files cannot be kept in the draft: after a reload, attach them again.',
  draftRestored: (time: string) => `Your draft saved at ${time} was restored. Attached files are not kept: please attach them again.`,
  draftOff: 'This browser does not let the page keep a draft: your data is lost if you reload the page.',
  draftClear: 'Clear draft',
  draftCleared: 'The draft is cleared and the form is empty.',
  sending: 'Sending your dossier, please wait…',
  invalidHeading: 'Your dossier was not received: some answers need fixing',
  invalidIntro: 'The server checked your dossier and found these errors. Choose one to go to the field to fix.',
  refusedHeading: 'Your dossier was not received',
  refused: {
    'unsupported-media-type': 'An attached file is not of a type this document accepts (the server reads the file itself, not only its name).',
    'payload-too-large': 'An attached file, or the dossier, is larger than allowed.',
    'idempotency-conflict': 'An earlier attempt with this data did not finish. Please choose “Submit” again.',
    'not-found': 'The server does not know this procedure.',
  } as Record<string, string>,
  refusedOther: (status: number) => `The server refused the dossier (status ${status}).`,
  retryHeading: 'Your dossier could not be sent yet',
  retryIntro: 'The server could not be reached or is busy. Everything you entered is still here. Sending again will not file it twice.',
  retry: 'Try again',
  filedRedirect: (code: string) => `Dossier ${code} was received. Opening your appointment slip…`,
  receiptNotKept: 'This browser does not let the page keep your slip in this tab: please write the dossier code down.',
  feesHeading: 'Fees for your dossier',
  componentRequired: 'required',
  componentConditional: 'required in some cases',
  componentOptional: 'optional',
  componentPresent: 'original shown',
} satisfies PageText;

export const PAGE_TEXT: Readonly<Record<Lang, PageText>> = { vi, en };

/** The page's simple strings, which `data-i18n` attributes in index.html name. */
export type StaticTextKey = { [K in keyof PageText]: PageText[K] extends string ? K : never }[keyof PageText];
