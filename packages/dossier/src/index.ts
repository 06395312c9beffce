/**
 * `@dvc-kit/dossier`: a dossier (hồ sơ) after it is filed: its lifecycle, timeliness, and the source a widget reads
 * it from. Pure TypeScript, no DOM.
 */
export type * from './types.js';
export {
  DOSSIER_STATE_KINDS,
  TERMINAL_STATE_KINDS,
  DVCQG_STATUS_CODES,
  SUPPLEMENT_STAGES,
  OUTCOMES,
  PAYMENT_STATUSES,
  SECOND_FACTOR_KINDS,
  DOSSIER_SOURCE_ERROR_CODES,
  DossierSourceError,
} from './types.js';
/** The timeliness values, `@dvc-kit/vn`'s `ON_TIME_STATUSES`. */
export { ON_TIME_STATUSES as TIMELINESS } from '@dvc-kit/vn';
