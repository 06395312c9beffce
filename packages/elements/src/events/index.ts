export { DvcChangeEvent, type DvcChangeDetail } from './dvc-change.js';
export { DvcSubmitEvent, type DvcSubmitDetail } from './dvc-submit.js';
export { DvcErrorEvent, type DvcErrorDetail } from './dvc-error.js';
export { DvcPaymentStartedEvent, type DvcPaymentStartedDetail } from './dvc-payment-started.js';
export { DvcPaymentConfirmedEvent, type DvcPaymentConfirmedDetail } from './dvc-payment-confirmed.js';
export { DvcSourceErrorEvent, type DvcSourceErrorDetail } from './dvc-source-error.js';
export { DvcDossierLoadedEvent, type DvcDossierLoadedDetail } from './dvc-dossier-loaded.js';
export { DvcProcedureSelectEvent, type DvcProcedureSelectDetail } from './dvc-procedure-select.js';
export { DvcCatalogErrorEvent, type DvcCatalogErrorDetail, type CatalogFailureCode } from './dvc-catalog-error.js';
