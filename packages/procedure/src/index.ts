/**
 * `@dvc-kit/procedure`: what a procedure (thủ tục hành chính) is beyond its form, from its `x-dvc` vocabulary.
 * Pure TypeScript, no DOM. The form engine takes the vocabulary through its `vocabularies` option
 * (`procedureVocabulary`, also at `@dvc-kit/procedure/vocabulary`).
 */
export type * from './vocabulary-types.js';
export { DVC_META_SCHEMA } from './meta-schema.js';
export { checkProcedure } from './check.js';
export { checkProcedureReferences, procedureOf } from './references.js';
export { expandProcedure, acceptedTypes, EXTENSION_TYPES, DEFAULT_ACCEPT, DEFAULT_MAX_SIZE_MB } from './components.js';
export type { DossierComponent, FileMetadata } from './components.js';
export { procedureVocabulary } from './vocabulary.js';
export { procedureReferencesVocabulary, prepareSchema as prepareProcedureSchema } from './prepare.js';
export { catalogEntry, feeSummary, FEE_BASES } from './catalog.js';
export type { Catalog, CatalogEntry, CatalogFiles, FeeBasis, FeeSummary } from './catalog.js';
export { feeAmountText, feeNotes, feesSummaryText, FEE_TEXT, FEE_LANGS } from './fee-wording.js';
export type { FeeLang, FeeText } from './fee-wording.js';
export { computeFees, FeeError, FEE_ERROR_CODES, FEE_LINE_KINDS, SUBMISSION_CHANNELS, RETURN_CHANNELS } from './fees.js';
export type { AppliedExemption, ConditionTest, FeeErrorCode, FeeLine, FeeLineKind, FeeOptions, FeeResult, ReturnChannel, SubmissionChannel, TierLine } from './fees.js';
export { dueDate, DueDateError, DUE_DATE_ERROR_CODES } from './due-date.js';
export type { DueDate, DueDateErrorCode, DueDateOptions, ProcessingTime } from './due-date.js';
