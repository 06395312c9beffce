import type { SchemaProblem } from '@dvc-kit/form-engine';
import type { DvcSourceErrorEvent } from './dvc-source-error.js';
import type { DvcCatalogErrorEvent } from './dvc-catalog-error.js';

export type DvcErrorDetail = {
  /** Every problem found, each with a JSON Pointer into the schema ('' when it concerns the whole schema). */
  problems: readonly SchemaProblem[];
};

/** The form cannot be shown: the schema is broken or could not be loaded. */
export class DvcErrorEvent extends CustomEvent<DvcErrorDetail> {
  constructor(detail: DvcErrorDetail) {
    super('dvc-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The form's schema (`DvcErrorEvent`), a tracker's dossier source (`DvcSourceErrorEvent`), or a procedure list's catalogue (`DvcCatalogErrorEvent`). */
    'dvc-error': DvcErrorEvent | DvcSourceErrorEvent | DvcCatalogErrorEvent;
  }
}
