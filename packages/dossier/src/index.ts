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
export { ON_TIME_STATUSES as TIMELINESS } from '@dvc-kit/vn/calendar';
export {
  LIFECYCLE_STEPS,
  DOSSIER_TRANSITIONS,
  INITIAL_STEPS,
  TRANSITION_ERROR_REASONS,
  DossierTransitionError,
  stepOf,
  canTransition,
  isTerminal,
  openDossier,
  applyEvent,
  transition,
  stateProblem,
} from './lifecycle.js';
export type { LifecycleStep, TransitionErrorReason, DossierInit, ApplyOptions } from './lifecycle.js';
export { apologize, ApologyError, APOLOGY_ERROR_CODES } from './apology.js';
export type { ApologyRules, ApologyErrorCode } from './apology.js';
export { OFFICER_ACTIONS, isOfficerAction, officerActionTarget, canTakeAction, canApologize, allowedOfficerActions } from './officer-actions.js';
export type { OfficerAction, LifecycleAction } from './officer-actions.js';
export { timelinessOf } from './timeliness.js';
export type { DueMeasure, TimelinessReport, TimelinessOptions } from './timeliness.js';
export { readDossier, readPayment, ContractError } from './contract.js';
export { checkLookupRequest } from './request.js';
export { createHttpDossierSource } from './http-source.js';
export type { Backoff, HttpDossierSourceOptions, FetchLike, FetchResponseLike } from './http-source.js';
export { createMemoryDossierSource } from './memory-source.js';
export type { MemoryDossierSource, MemoryDossierSourceOptions } from './memory-source.js';
export { computeStatistics, readStatistics, emptyCounts, StatisticsError, STATISTICS_ERROR_CODES, STATISTICS_COUNT_KEYS, MAX_STATISTICS_MONTHS } from './statistics.js';
export type { StatisticsCounts, MonthStatistics, AgencyStatistics, StatisticsRow, DossierStatistics, StatisticsOptions, StatisticsErrorCode } from './statistics.js';
