export * from './errors.js';
export * from './text.js';
export * from './identifiers.js';
export { CCCD_PROVINCE_CODES, CCCD_REASONS } from './internal/cccd.js';
export * from './formats.js';
export * from './money.js';
export * from './vietqr.js';
export * from './banks.js';
export * from './lunar.js';
