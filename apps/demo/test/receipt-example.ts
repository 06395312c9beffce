import type { Receipt } from '@dvc-kit/dossier/types';

/** A receipt as api13 describes the server's answer (a dossier of 2.000720 with a fee). */
export const receiptExample: Receipt = {
  code: '000.00.01.H99-261206-0001',
  procedure: { code: '2.000720', name: 'Cấp giấy phép kinh doanh karaoke' },
  agency: { id: '000.00.01.H99', name: 'Trung tâm Phục vụ hành chính công tỉnh Minh Sơn' },
  applicant: { name: 'Nguyễn Văn An', idNumberMasked: '********2345', phoneMasked: '09******78' },
  submittedAt: '2026-12-06T02:30:00.000Z',
  expectedDueAt: '2026-12-18',
  components: [
    { field: '/attachments/application', name: 'Đơn đề nghị', files: [{ fileName: 'don.pdf', size: 245760, sha256: 'a'.repeat(64) }] },
    { field: '/attachments/other', name: 'Giấy tờ khác', files: [] },
  ],
  fees: {
    lines: [
      { key: 'appraisal', kind: 'PHI', name: 'Phí thẩm định', gross: 100000, amount: 100000 },
      { key: 'postage', kind: 'POSTAGE', name: 'Cước bưu chính', gross: 25000, amount: 25000 },
    ],
    total: 125000,
  },
  payee: { bankBin: '970436', accountNumber: '0011004455667', accountName: 'TTPVHCC TINH MINH SON' },
  delivery: { method: 'POST' },
};
