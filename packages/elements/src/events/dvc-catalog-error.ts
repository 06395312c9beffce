import type { CatalogProblem } from '../procedure-list/internal/read-catalog.js';

/** Why a catalogue could not be shown, or was shown without some entries (`skipped`). */
export type CatalogFailureCode = 'network' | 'timeout' | 'http' | 'not-json' | 'too-large' | 'malformed' | 'skipped';

export type DvcCatalogErrorDetail = {
  code: CatalogFailureCode;
  /** The HTTP status, when there was one. */
  status?: number;
  /** What the element shows, in its language. */
  message: string;
  /** With `malformed` and `skipped`: what is wrong, where (JSON Pointers into the catalogue, English messages). */
  problems: readonly CatalogProblem[];
};

/**
 * `<dvc-procedure-list>` could not load or read its catalogue, or left broken entries out. Named `dvc-error` like the
 * form's `DvcErrorEvent`: tell them apart with `instanceof`.
 */
export class DvcCatalogErrorEvent extends CustomEvent<DvcCatalogErrorDetail> {
  constructor(detail: DvcCatalogErrorDetail) {
    super('dvc-error', { detail, bubbles: true, composed: true });
  }
}
