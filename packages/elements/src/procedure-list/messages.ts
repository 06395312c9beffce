import type { Locale } from '@dvc-kit/form-engine/core';
import type { Dictionary } from '../shared/dictionary.js';

/**
 * UI text of `<dvc-procedure-list>`, in Vietnamese (the source) and English. The procedures' facts (levels, online
 * service, processing time, fees) are worded by `@dvc-kit/procedure/wording`, as on the portal's own pages.
 */
const vi = {
  searchLabel: 'Tìm thủ tục',
  searchHint: 'Nhập tên, mã thủ tục, lĩnh vực hoặc cơ quan; có thể gõ không dấu.',
  /** The accessible name of the search landmark. */
  searchRegion: 'Tìm kiếm thủ tục hành chính',
  sectorLabel: 'Lĩnh vực',
  levelLabel: 'Cấp thực hiện',
  onlineServiceLabel: 'Dịch vụ công trực tuyến',
  anySector: 'Tất cả lĩnh vực',
  anyLevel: 'Tất cả các cấp',
  anyOnlineService: 'Toàn trình và một phần',
  clearFilters: 'Xóa bộ lọc',
  /** The count, in a polite live region: announced after each search. */
  found: (count: number) => (count === 0 ? 'Không tìm thấy thủ tục nào' : `Tìm thấy ${count} thủ tục`),
  foundOf: (count: number, total: number) => `Tìm thấy ${count} trong ${total} thủ tục`,
  /** Title of the results list (visually hidden). */
  resultsLabel: 'Danh sách thủ tục',
  codeLabel: 'Mã thủ tục',
  agencyLabel: 'Cơ quan thực hiện',
  timeLabel: 'Thời hạn giải quyết',
  feesLabel: 'Phí, lệ phí',
  noResultTitle: 'Không tìm thấy thủ tục phù hợp',
  noResultQuery: (query: string) => `Không có thủ tục nào khớp với “${query}” trong các lựa chọn hiện tại.`,
  noResultFilters: 'Không có thủ tục nào khớp với các lựa chọn hiện tại.',
  noResultTips: 'Hãy thử kiểm tra chính tả, dùng ít từ hơn, tìm theo mã thủ tục, hoặc xóa bộ lọc để xem tất cả thủ tục.',
  emptyCatalog: 'Danh mục chưa có thủ tục nào.',
  showMore: (count: number, left: number) => `Hiển thị thêm ${count} thủ tục (còn ${left})`,
  loading: 'Đang tải danh mục thủ tục…',
  loadFailedTitle: 'Không tải được danh mục thủ tục',
  failedNetwork: 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  failedTimeout: 'Máy chủ không trả lời kịp. Vui lòng thử lại.',
  failedHttp: (status: number) => `Máy chủ báo lỗi (mã ${status}). Vui lòng thử lại sau ít phút.`,
  failedNotFound: 'Không tìm thấy danh mục thủ tục ở địa chỉ đã cấu hình (lỗi 404). Vui lòng báo cho đơn vị quản lý trang.',
  failedMalformed: 'Danh mục thủ tục không đúng định dạng nên không hiển thị được. Vui lòng báo cho đơn vị quản lý trang.',
  failedTooLarge: 'Danh mục thủ tục quá lớn để hiển thị. Vui lòng báo cho đơn vị quản lý trang.',
  technicalDetails: 'Chi tiết kỹ thuật',
  retry: 'Thử lại',
  noCatalog: 'Trang này chưa được cấu hình danh mục thủ tục (thuộc tính catalog hoặc src).',
  skipped: (count: number) => `${count} thủ tục trong danh mục có dữ liệu lỗi nên không được hiển thị.`,
};

const en = {
  searchLabel: 'Find a procedure',
  searchHint: 'Type a name, procedure code, sector or agency; accents are optional.',
  searchRegion: 'Search administrative procedures',
  sectorLabel: 'Sector',
  levelLabel: 'Level',
  onlineServiceLabel: 'Online public service',
  anySector: 'All sectors',
  anyLevel: 'All levels',
  anyOnlineService: 'Fully and partly online',
  clearFilters: 'Clear filters',
  found: (count: number) => (count === 0 ? 'No procedures found' : `${count} procedure${count === 1 ? '' : 's'} found`),
  foundOf: (count: number, total: number) => `${count} of ${total} procedures found`,
  resultsLabel: 'Procedures',
  codeLabel: 'Procedure code',
  agencyLabel: 'Handled by',
  timeLabel: 'Processing time',
  feesLabel: 'Fees and charges',
  noResultTitle: 'No matching procedure',
  noResultQuery: (query: string) => `No procedure matches “${query}” with the current choices.`,
  noResultFilters: 'No procedure matches the current choices.',
  noResultTips: 'Check the spelling, use fewer words, search by procedure code, or clear the filters to see every procedure.',
  emptyCatalog: 'The catalogue has no procedures yet.',
  showMore: (count: number, left: number) => `Show ${count} more procedure${count === 1 ? '' : 's'} (${left} left)`,
  loading: 'Loading the procedure catalogue…',
  loadFailedTitle: 'The procedure catalogue could not be loaded',
  failedNetwork: 'Could not reach the server. Check your connection, then try again.',
  failedTimeout: 'The server took too long to answer. Try again.',
  failedHttp: (status: number) => `The server reported an error (status ${status}). Try again in a few minutes.`,
  failedNotFound: 'There is no procedure catalogue at the configured address (404). Please tell the team that runs this site.',
  failedMalformed: 'The procedure catalogue is not in the expected format, so it cannot be shown. Please tell the team that runs this site.',
  failedTooLarge: 'The procedure catalogue is too large to show. Please tell the team that runs this site.',
  technicalDetails: 'Technical details',
  retry: 'Try again',
  noCatalog: 'This page has no procedure catalogue configured (the catalog property or the src attribute).',
  skipped: (count: number) => `${count} procedure${count === 1 ? '' : 's'} of the catalogue ${count === 1 ? 'has' : 'have'} broken data and ${count === 1 ? 'is' : 'are'} not shown.`,
} satisfies Dictionary<typeof vi>;

export type ProcedureListMessages = Dictionary<typeof vi>;

export const PROCEDURE_LIST_MESSAGES: Readonly<Record<Locale, ProcedureListMessages>> = { vi, en };
