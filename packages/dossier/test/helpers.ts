import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DossierInit, DossierState, LifecycleStep } from '../src/index.js';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, `file://${REPO}`), 'utf8'));
}

/** A whole state for every step of the machine. */
export const STATE_OF: Record<LifecycleStep, DossierState> = {
  SUBMITTED: { kind: 'SUBMITTED' },
  'SUPPLEMENT_REQUIRED[intake]': { kind: 'SUPPLEMENT_REQUIRED', stage: 'intake', reason: 'Thiếu tờ khai', items: [{ name: 'Tờ khai đăng ký khai sinh' }] },
  RECEIVED: { kind: 'RECEIVED' },
  REFUSED: { kind: 'REFUSED', reason: 'Không thuộc thẩm quyền' },
  IN_PROCESS: { kind: 'IN_PROCESS', agency: { id: '000.00.01.H29', name: 'UBND phường Ba Đình' }, step: 'Thẩm định' },
  'SUPPLEMENT_REQUIRED[processing]': {
    kind: 'SUPPLEMENT_REQUIRED',
    stage: 'processing',
    reason: 'Bản sao giấy chứng sinh không rõ',
    items: [{ name: 'Giấy chứng sinh', componentKey: 'birthCertificate', note: 'Bản chụp rõ nét' }],
  },
  PAYMENT_REQUIRED: { kind: 'PAYMENT_REQUIRED', amount: 8_000 },
  RESULT_READY: { kind: 'RESULT_READY', outcome: 'GRANTED' },
  RETURNED: { kind: 'RETURNED' },
  WITHDRAWN: { kind: 'WITHDRAWN', reason: 'Công dân rút hồ sơ' },
  STOPPED: { kind: 'STOPPED', reason: 'Quá hạn bổ sung' },
};

export const INIT: DossierInit = {
  code: '000.00.01.H29-260213-0001',
  procedure: { code: '1.012783', name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất' },
  applicant: { name: 'Nguyễn Văn A', idNumber: '*********123' },
  channel: 'ONLINE',
  submittedAt: '2026-02-12T08:00:00+07:00',
  delivery: { method: 'IN_PERSON', place: { name: 'Trung tâm Phục vụ hành chính công tỉnh' } },
};
