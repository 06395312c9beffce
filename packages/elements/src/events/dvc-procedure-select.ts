import type { ListedProcedure } from '../procedure-list/internal/read-catalog.js';

export type DvcProcedureSelectDetail = {
  /** The procedure chosen, as the catalogue has it (a copy). */
  procedure: ListedProcedure;
  /** The link's address (`item-href` with the procedure's id). */
  href: string;
};

/**
 * The citizen chose a procedure in `<dvc-procedure-list>` (clicked its link, or pressed Enter on it). Cancelable:
 * a single-page app calls `preventDefault()` and routes itself; otherwise the link is followed.
 */
export class DvcProcedureSelectEvent extends CustomEvent<DvcProcedureSelectDetail> {
  constructor(detail: DvcProcedureSelectDetail) {
    super('dvc-procedure-select', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-procedure-select': DvcProcedureSelectEvent;
  }
}
