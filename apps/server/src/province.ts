/**
 * The demo province, "Tỉnh Minh Sơn": fictional (its code `H99` is no real province). Its agencies, which agency
 * receives which procedure, its officers and the account fees are paid into.
 */
import type { Agency, Payee } from '@dvc-kit/dossier/types';

export type AgencyRecord = Required<Agency> & { address: string; hours: string };

export const PROVINCIAL_CENTRE: AgencyRecord = {
  id: '000.00.01.H99',
  name: 'Trung tâm Phục vụ hành chính công tỉnh Minh Sơn',
  address: 'Số 1 đường Trung tâm, phường An Hòa, tỉnh Minh Sơn',
  hours: 'Thứ Hai – Thứ Sáu, 7:30 – 11:30, 13:30 – 17:00; sáng thứ Bảy 7:30 – 11:30',
};
export const JUSTICE_DEPARTMENT: AgencyRecord = {
  id: '000.00.12.H99',
  name: 'Sở Tư pháp tỉnh Minh Sơn',
  address: 'Số 12 đường Lê Lợi, phường An Hòa, tỉnh Minh Sơn',
  hours: 'Thứ Hai – Thứ Sáu, 7:30 – 11:30, 13:30 – 17:00',
};
export const AN_HOA_WARD: AgencyRecord = {
  id: '000.31.01.H99',
  name: 'Ủy ban nhân dân phường An Hòa',
  address: 'Số 5 đường Hòa Bình, phường An Hòa, tỉnh Minh Sơn',
  hours: 'Thứ Hai – Thứ Sáu, 7:30 – 11:30, 13:30 – 17:00',
};

export const AGENCIES: readonly AgencyRecord[] = [PROVINCIAL_CENTRE, JUSTICE_DEPARTMENT, AN_HOA_WARD];

export function agencyById(id: string): AgencyRecord | undefined {
  return AGENCIES.find((agency) => agency.id === id);
}

/** Commune-level procedures are received by the ward; provincial ones by the provincial centre. */
export function receivingAgency(levels: readonly string[]): AgencyRecord {
  return levels.includes('COMMUNE') ? AN_HOA_WARD : PROVINCIAL_CENTRE;
}

/** The demo's one password, shown on the login page as the demo credentials. */
export const DEMO_PASSWORD = 'demo-minhson';

export const DEMO_OFFICERS = [
  { username: 'mot-cua.anhoa', displayName: 'Lê Thị Hoa (một cửa phường An Hòa)', agency: AN_HOA_WARD },
  { username: 'mot-cua.tinh', displayName: 'Phạm Văn Minh (một cửa tỉnh)', agency: PROVINCIAL_CENTRE },
  { username: 'tu-phap', displayName: 'Trần Quốc Bảo (Sở Tư pháp)', agency: JUSTICE_DEPARTMENT },
] as const;

/** Where fees are paid (VietQR); the purpose is the dossier code. */
export const PAYEE: Omit<Payee, 'purpose'> = { bankBin: '970436', accountNumber: '0011004455667', accountName: 'TTPVHCC TINH MINH SON' };

/** The postal operator that returns results by post. */
export const POSTAL_CARRIER = 'Bưu điện Việt Nam (VNPost)';
