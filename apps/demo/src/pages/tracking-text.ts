import type { Lang } from '../layout/language.js';

export const vi = {
  title: 'Tra cứu hồ sơ',
  intro: 'Nhập mã hồ sơ in trên giấy tiếp nhận và hẹn trả kết quả để xem tình trạng giải quyết.',
  resultReady: 'Kết quả điện tử của hồ sơ đã sẵn sàng.',
  download: 'Tải kết quả điện tử',
};
export type TrackingText = typeof vi;

export const en = {
  title: 'Track a dossier',
  intro: 'Enter the dossier code printed on your receipt and appointment slip to see where your dossier is.',
  resultReady: 'The electronic result of this dossier is ready.',
  download: 'Download the electronic result',
} satisfies TrackingText;

export const TRACKING_TEXT: Readonly<Record<Lang, TrackingText>> = { vi, en };
