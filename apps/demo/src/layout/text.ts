/**
 * Text of the site's frame (header, navigation, footer), Vietnamese first; English checked against it with
 * `satisfies`. Each page has its own dictionary beside its script.
 */
import type { Lang } from './language.js';

export const vi = {
  skip: 'Bỏ qua, đến nội dung chính',
  brand: 'Trung tâm Phục vụ hành chính công tỉnh Minh Sơn',
  brandShort: 'TTPVHCC Minh Sơn',
  tagline: 'Cổng dịch vụ công trực tuyến',
  fictional:
    'Tỉnh Minh Sơn là tỉnh giả định. Đây là trang trình diễn của dvc-kit, không phải cổng của cơ quan nhà nước: hồ sơ nộp ở đây không được giải quyết.',
  navLabel: 'Điều hướng chính',
  nav: { home: 'Thủ tục hành chính', tracking: 'Tra cứu hồ sơ', statistics: 'Thống kê', officer: 'Cán bộ' },
  langGroup: 'Ngôn ngữ',
  footerAddress: 'Số 1 đường Trung Tâm, phường An Hòa, tỉnh Minh Sơn (địa chỉ giả định).',
  footerHours: 'Giờ tiếp nhận: sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu (trừ ngày lễ, Tết).',
  footerSource: 'Thông tin thủ tục là dữ liệu mẫu. Kiểm tra trên dichvucong.gov.vn trước khi sử dụng.',
};

export type LayoutText = typeof vi;

export const en = {
  skip: 'Skip to main content',
  brand: 'Minh Sơn Province Public Administration Service Centre',
  brandShort: 'Minh Sơn Service Centre',
  tagline: 'Online public services',
  fictional:
    'Minh Sơn is a fictional province. This is a dvc-kit demonstration, not a government portal: dossiers filed here are not handled.',
  navLabel: 'Main navigation',
  nav: { home: 'Procedures', tracking: 'Track a dossier', statistics: 'Statistics', officer: 'Officers' },
  langGroup: 'Language',
  footerAddress: '1 Trung Tâm Street, An Hòa Ward, Minh Sơn Province (fictional address).',
  footerHours: 'Opening hours: 7:30–11:30 and 13:30–17:00, Monday to Friday (except public holidays).',
  footerSource: 'Procedure facts are sample data. Check them on dichvucong.gov.vn before relying on them.',
} satisfies LayoutText;

export const LAYOUT_TEXT: Readonly<Record<Lang, LayoutText>> = { vi, en };
