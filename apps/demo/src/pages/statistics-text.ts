import type { Lang } from '../layout/language.js';

export const vi = {
  pageTitle: 'Thống kê',
  title: 'Thống kê tình hình giải quyết hồ sơ',
  intro: 'Số hồ sơ Trung tâm và các cơ quan của tỉnh Minh Sơn đã tiếp nhận và giải quyết, theo tháng và theo cơ quan.',
  countedHeading: 'Cách tính',
  counted: [
    'Tiếp nhận: hồ sơ nộp trong tháng (tính theo giờ Việt Nam); trong đó số hồ sơ nộp trực tuyến, số hồ sơ phải nộp phí và số đã thanh toán trực tuyến.',
    'Đã giải quyết: hồ sơ có kết quả trong tháng, chia theo trước hạn, đúng hạn, trễ hạn so với ngày hẹn trả (theo ngày làm việc).',
    'Quá hạn: hồ sơ chưa có kết quả mà đã qua ngày hẹn trả; đang giải quyết: chưa có kết quả, còn trong hạn.',
    'Số liệu tính từ nhật ký sự kiện của từng hồ sơ, cập nhật mỗi lần tải trang. Dữ liệu của tỉnh giả định, chỉ để trình diễn.',
  ],
};
export type StatisticsText = typeof vi;

export const en = {
  pageTitle: 'Statistics',
  title: 'How dossiers are being handled',
  intro: 'Dossiers received and settled by the centre and the agencies of Minh Sơn Province, by month and by agency.',
  countedHeading: 'What is counted',
  counted: [
    'Received: dossiers filed in the month (Vietnam time); of them, those filed online, those with fees to pay and those paid online.',
    'Settled: dossiers whose result was ready in the month, early, on time or late against their appointment date (in working days).',
    'Overdue: no result yet and past the appointment date; in progress: no result yet, still within time.',
    'Figures come from each dossier’s event log, computed again on each visit. The province is fictional; the data is for demonstration only.',
  ],
} satisfies StatisticsText;

export const STATISTICS_TEXT: Readonly<Record<Lang, StatisticsText>> = { vi, en };
