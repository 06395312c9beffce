/**
 * `@dvc-kit/procedure/wording`: a catalogue entry's facts and fees in words (Vietnamese and English), without the
 * rest of the package, for a page that only lists procedures. The facts' words are only here, not in the index.
 */
export { feeAmountText, feeNotes, feesSummaryText, FEE_TEXT, FEE_LANGS } from './fee-wording.js';
export type { FeeLang, FeeText } from './fee-wording.js';
export {
  CATALOG_TEXT,
  LEVELS,
  ONLINE_SERVICES,
  RESULT_DELIVERIES,
  deliveryText,
  levelsText,
  localizedText,
  onlineServiceText,
  processingTimeText,
} from './catalog-wording.js';
export type { CatalogText, Level, LocalizedText, OnlineService, ProcessingTimeFact, ResultDelivery } from './catalog-wording.js';
export { FEE_BASES } from './catalog.js';
export type { Catalog, CatalogEntry, CatalogFiles, FeeBasis, FeeSummary } from './catalog.js';
