import type { Lang } from '../layout/language.js';

export const vi = {
  pageTitle: 'Thủ tục hành chính',
  title: 'Trung tâm Phục vụ hành chính công tỉnh Minh Sơn',
  intro: 'Tra cứu thủ tục hành chính, nộp hồ sơ trực tuyến, theo dõi tiến độ giải quyết và thanh toán phí, lệ phí bằng mã VietQR.',
  trackingLink: 'Tra cứu hồ sơ',
  trackingHint: 'Xem tình trạng hồ sơ bằng mã hồ sơ trên giấy hẹn.',
  statisticsLink: 'Thống kê',
  statisticsHint: 'Số hồ sơ tiếp nhận, giải quyết đúng hạn và trễ hạn theo tháng.',
  proceduresHeading: 'Thủ tục hành chính',
};
export type StartText = typeof vi;

export const en = {
  pageTitle: 'Procedures',
  title: 'Minh Sơn Province Public Administration Service Centre',
  intro: 'Find an administrative procedure, apply online, follow your dossier and pay fees with a VietQR code.',
  trackingLink: 'Track a dossier',
  trackingHint: 'See where your dossier is, with the dossier code on your appointment slip.',
  statisticsLink: 'Statistics',
  statisticsHint: 'Dossiers received, and settled on time or late, month by month.',
  proceduresHeading: 'Administrative procedures',
} satisfies StartText;

export const START_TEXT: Readonly<Record<Lang, StartText>> = { vi, en };
