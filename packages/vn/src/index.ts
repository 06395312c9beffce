export * from './errors.js';
export * from './text.js';
export * from './identifiers.js';
export { CCCD_PROVINCE_CODES, CCCD_REASONS } from './internal/cccd.js';
export * from './formats.js';
export * from './money.js';
export * from './vietqr.js';
export * from './banks.js';
export { solarToLunar, lunarToSolar, tetDate, type LunarDate } from './lunar.js';
export * from './calendar.js';
export * from './time.js';
export {
  PROVINCE_TYPES,
  COMMUNE_TYPES,
  UNITS_DATA_INFO,
  provinces,
  findProvince,
  loadCommunes,
  matchUnits,
  formatAddress,
  type ProvinceType,
  type CommuneType,
  type Province,
  type Commune,
  type AdminUnit,
  type UnitSearchOptions,
} from './units.js';
export * from './units-all.js';
export * from './messages.js';
