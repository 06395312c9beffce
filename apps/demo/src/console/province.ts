/**
 * The demo province, Tỉnh Minh Sơn (fictional: `H99` is no real province), as the server seeds it. The console needs
 * its agencies to offer a hand-off target (liên thông); the server checks the choice again.
 */
export interface ProvinceAgency {
  /** Electronic identifier in the national scheme's shape. */
  id: string;
  vi: string;
  en: string;
}

export const PROVINCE_AGENCIES: readonly ProvinceAgency[] = [
  { id: '000.00.01.H99', vi: 'Trung tâm Phục vụ hành chính công tỉnh Minh Sơn', en: 'Public Administration Service Centre of Minh Sơn province' },
  { id: '000.00.12.H99', vi: 'Sở Tư pháp tỉnh Minh Sơn', en: 'Department of Justice of Minh Sơn province' },
  { id: '000.31.01.H99', vi: 'Ủy ban nhân dân phường An Hòa', en: 'People’s Committee of An Hòa ward' },
];

/** The agencies a dossier held by `ownAgencyId` may be handed to: every other one. */
export function handOffTargets(ownAgencyId: string | undefined): readonly ProvinceAgency[] {
  return PROVINCE_AGENCIES.filter((agency) => agency.id !== ownAgencyId);
}
