/** @dvc-kit/elements: element classes, events and types. Importing this defines no tag; see `./define/*`. */
export { DvcDossierForm } from './dossier-form/dossier-form.js';
export { DvcDossierFormFull } from './dossier-form/dossier-form-full.js';
export { DvcAddressPicker, type AddressValue, type CommuneLoader } from './address-picker/address-picker.js';
export { DvcFileUpload, type FileMeta, type Rejection } from './file-upload/file-upload.js';
export { DvcFeeWidget, type DossierPayment, type Payee, type PaymentSource, type PaymentStatus } from './fee-widget/fee-widget.js';
export { DvcStatusTracker } from './status-tracker/status-tracker.js';
export { DvcProcedureList, type CatalogFetch, type CatalogProblem, type ListedCatalog, type ListedProcedure } from './procedure-list/procedure-list.js';
export { DvcStats, type StatsFailure, type StatsFailureCode, type StatisticsLoader, type StatisticsQuery } from './stats/stats.js';
export {
  DvcChangeEvent,
  DvcSubmitEvent,
  DvcErrorEvent,
  DvcPaymentStartedEvent,
  DvcPaymentConfirmedEvent,
  DvcSourceErrorEvent,
  DvcDossierLoadedEvent,
  DvcProcedureSelectEvent,
  DvcProcedureFilterEvent,
  DvcCatalogErrorEvent,
  type DvcChangeDetail,
  type DvcSubmitDetail,
  type DvcErrorDetail,
  type DvcPaymentStartedDetail,
  type DvcPaymentConfirmedDetail,
  type DvcSourceErrorDetail,
  type DvcDossierLoadedDetail,
  type DvcProcedureSelectDetail,
  type DvcProcedureFilterDetail,
  type DvcCatalogErrorDetail,
  type CatalogFailureCode,
} from './events/index.js';
export { vi, messagesFor, loadMessages, type Messages } from './messages/index.js';
export { en } from './messages/en.js';
export { resolveLocale } from './shared/locale.js';
