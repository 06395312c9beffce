import type { Locale } from '@dvc-kit/form-engine/core';
import type { FeeLineKind } from '@dvc-kit/procedure';
import type { Dictionary } from '../shared/dictionary.js';
import type { PaymentStatus } from './internal/payment.js';

/** Units counted by a per-copy or per-page fee. */
type Unit = 'COPY' | 'PAGE';

/** Why a dossier code cannot be the purpose of a transfer (see `internal/payment-purpose.ts`). */
type PurposeProblem = 'empty' | 'not-ascii' | 'too-long';

/**
 * UI text of `<dvc-fee-widget>`, in Vietnamese (the source) and English. Amounts come in already formatted
 * (`1.234.000 ₫`); loaded with the element, never by pages without it.
 */
const vi = {
  caption: 'Phí, lệ phí của hồ sơ',
  headItem: 'Khoản thu',
  headDetail: 'Cách tính',
  headAmount: 'Số tiền',
  kind: (kind: FeeLineKind) => ({ PHI: 'Phí', LE_PHI: 'Lệ phí', SERVICE_PRICE: 'Giá dịch vụ', POSTAGE: 'Cước bưu chính' })[kind],
  /** "2 bản × 8.000 ₫". */
  units: (unit: Unit, count: number, price: string) => `${count} ${unit === 'PAGE' ? 'trang' : 'bản'} × ${price}`,
  /** "0,5% × 120.000.000 ₫". */
  percentOf: (percent: string, base: string) => `${percent} × ${base}`,
  atLeast: (amount: string) => `tối thiểu ${amount}`,
  atMost: (amount: string) => `tối đa ${amount}`,
  /** A field the fee needs is still empty: counted as 0 for now. */
  notEntered: (unit: Unit | 'VALUE') =>
    unit === 'VALUE' ? 'chưa nhập giá trị, tạm tính 0 ₫' : `chưa nhập số ${unit === 'PAGE' ? 'trang' : 'bản'}, tạm tính 0 ₫`,
  legalBasis: (basis: string) => `Căn cứ: ${basis}`,
  /** The row of an exemption (100 %) or a reduction, before its reason. */
  exemption: (percent: number) => (percent === 100 ? 'Miễn' : `Giảm ${percent}%`),
  total: 'Tổng cộng',
  inWords: 'Bằng chữ',
  provisional: 'Tạm tính: còn thông tin chưa nhập nên số tiền có thể thay đổi.',
  free: 'Thủ tục này không thu phí, lệ phí.',
  allExempt: 'Hồ sơ được miễn toàn bộ phí, lệ phí: không phải nộp.',
  noProcedure: 'Chưa có thông tin phí, lệ phí của thủ tục.',
  feeError: (where: string) =>
    `Không tính được phí, lệ phí: dữ liệu đã nhập hoặc cấu hình thủ tục chưa đúng${where ? ` (${where})` : ''}.`,
  payHeading: 'Thanh toán trực tuyến',
  payButton: 'Thanh toán bằng mã VietQR',
  payHint: 'Mở ứng dụng ngân hàng và quét mã, hoặc chuyển khoản đúng số tiền và nội dung dưới đây.',
  /** Text alternative of the QR image. */
  qrLabel: (amount: string, account: string, bank: string, purpose: string) =>
    `Mã VietQR: chuyển ${amount} vào tài khoản ${account}, ${bank}, nội dung ${purpose}`,
  qrLoading: 'Đang tạo mã QR…',
  qrFailed: 'Không tạo được mã QR. Vui lòng chuyển khoản theo thông tin dưới đây.',
  bank: 'Ngân hàng',
  account: 'Số tài khoản',
  accountName: 'Chủ tài khoản',
  amount: 'Số tiền',
  purpose: 'Nội dung chuyển khoản',
  bankBin: (bin: string) => `Ngân hàng mã ${bin}`,
  noCodeYet: 'Mã VietQR để thanh toán có sau khi hồ sơ được nộp và có mã hồ sơ.',
  /** The source's bill differs from the total counted here (the agency's word wins). */
  agencyAmount: (amount: string) => `Cơ quan giải quyết yêu cầu nộp ${amount}: mã VietQR dùng số tiền này.`,
  purposeRefused: (problem: PurposeProblem, code: string) =>
    problem === 'too-long'
      ? `Mã hồ sơ ${code} dài hơn 25 ký tự, không ghi đủ được vào nội dung chuyển khoản của mã VietQR. Vui lòng nộp phí tại bộ phận một cửa hoặc theo hướng dẫn của cơ quan giải quyết.`
      : `Mã hồ sơ ${code} có ký tự không ghi được vào nội dung chuyển khoản. Vui lòng nộp phí tại bộ phận một cửa hoặc theo hướng dẫn của cơ quan giải quyết.`,
  payeeInvalid: 'Thông tin tài khoản nhận tiền của trang chưa đúng nên không tạo được mã VietQR. Vui lòng báo cho đơn vị quản lý cổng dịch vụ công.',
  statusHeading: 'Trạng thái thanh toán',
  status: (status: PaymentStatus) =>
    ({ unpaid: 'Chưa thanh toán', pending: 'Đang chờ xác nhận thanh toán', paid: 'Đã thanh toán', failed: 'Thanh toán không thành công' })[status],
  paidAt: (time: string) => `Xác nhận lúc ${time}.`,
  pendingHint: 'Trạng thái được cập nhật tự động.',
  failedHint: 'Tiền chưa được ghi nhận. Vui lòng thanh toán lại.',
  statusLoading: 'Đang kiểm tra trạng thái thanh toán…',
  statusFailed: 'Không kiểm tra được trạng thái thanh toán.',
  statusNotFound: 'Không tìm thấy thông tin thanh toán của hồ sơ này.',
  statusWrongFactor: 'Số định danh hoặc số điện thoại không khớp với hồ sơ nên không xem được trạng thái thanh toán.',
  refresh: 'Cập nhật trạng thái',
  retry: 'Thử lại',
};

const en = {
  caption: 'Fees and charges for this dossier',
  headItem: 'Item',
  headDetail: 'How it is counted',
  headAmount: 'Amount',
  kind: (kind: FeeLineKind) => ({ PHI: 'Fee', LE_PHI: 'Charge', SERVICE_PRICE: 'Service price', POSTAGE: 'Postage' })[kind],
  units: (unit: Unit, count: number, price: string) =>
    `${count} ${unit === 'PAGE' ? (count === 1 ? 'page' : 'pages') : count === 1 ? 'copy' : 'copies'} × ${price}`,
  percentOf: (percent: string, base: string) => `${percent} × ${base}`,
  atLeast: (amount: string) => `at least ${amount}`,
  atMost: (amount: string) => `at most ${amount}`,
  notEntered: (unit: Unit | 'VALUE') =>
    unit === 'VALUE' ? 'value not entered yet, counted as 0 ₫' : `number of ${unit === 'PAGE' ? 'pages' : 'copies'} not entered yet, counted as 0 ₫`,
  legalBasis: (basis: string) => `Legal basis: ${basis}`,
  exemption: (percent: number) => (percent === 100 ? 'Exempt' : `${percent}% off`),
  total: 'Total',
  inWords: 'In words (Vietnamese)',
  provisional: 'Provisional: some information is not entered yet, so the amount may change.',
  free: 'This procedure has no fees or charges.',
  allExempt: 'This dossier is exempt from every fee and charge: nothing to pay.',
  noProcedure: 'No fee information for this procedure yet.',
  feeError: (where: string) =>
    `The fees cannot be counted: the data entered or the procedure's settings are not right${where ? ` (${where})` : ''}.`,
  payHeading: 'Pay online',
  payButton: 'Pay with a VietQR code',
  payHint: 'Open your banking app and scan the code, or transfer exactly the amount with the description below.',
  qrLabel: (amount: string, account: string, bank: string, purpose: string) =>
    `VietQR code: transfer ${amount} to account ${account}, ${bank}, description ${purpose}`,
  qrLoading: 'Making the QR code…',
  qrFailed: 'The QR code could not be made. Please transfer with the details below.',
  bank: 'Bank',
  account: 'Account number',
  accountName: 'Account holder',
  amount: 'Amount',
  purpose: 'Transfer description',
  bankBin: (bin: string) => `Bank with code ${bin}`,
  noCodeYet: 'The VietQR code to pay with comes once the dossier is submitted and has its code.',
  agencyAmount: (amount: string) => `The agency asks for ${amount}: the VietQR code uses this amount.`,
  purposeRefused: (problem: PurposeProblem, code: string) =>
    problem === 'too-long'
      ? `The dossier code ${code} is longer than 25 characters and does not fit whole in a VietQR transfer description. Please pay at the one-stop desk or as the agency instructs.`
      : `The dossier code ${code} has characters a transfer description cannot carry. Please pay at the one-stop desk or as the agency instructs.`,
  payeeInvalid: "The page's receiving account is not valid, so no VietQR code can be made. Please tell the portal's operator.",
  statusHeading: 'Payment status',
  status: (status: PaymentStatus) =>
    ({ unpaid: 'Not paid', pending: 'Waiting for the payment to be confirmed', paid: 'Paid', failed: 'Payment failed' })[status],
  paidAt: (time: string) => `Confirmed at ${time}.`,
  pendingHint: 'The status updates by itself.',
  failedHint: 'The money was not received. Please pay again.',
  statusLoading: 'Checking the payment status…',
  statusFailed: 'The payment status could not be checked.',
  statusNotFound: 'No payment was found for this dossier.',
  statusWrongFactor: 'The ID or phone number does not match the dossier, so its payment status cannot be shown.',
  refresh: 'Check status',
  retry: 'Try again',
} satisfies Dictionary<typeof vi>;

export type FeeMessages = Dictionary<typeof vi>;

export const FEE_MESSAGES: Readonly<Record<Locale, FeeMessages>> = { vi, en };
