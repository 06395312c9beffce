export type DvcProcedureFilterDetail = {
  /** The search as typed. */
  query: string;
  /** The sector chosen (its Vietnamese name), or empty. */
  sector: string;
  /** The level chosen (`COMMUNE`, `PROVINCE`, …), or empty. */
  level: string;
  /** The online service type chosen (`FULL`, `PARTIAL`), or empty. */
  onlineService: string;
  /** How many procedures match. */
  count: number;
};

/**
 * The citizen changed the search or a filter of `<dvc-procedure-list>` (after the search box's short pause), e.g. for
 * the page to keep them in its URL. Not fired when the page sets them.
 */
export class DvcProcedureFilterEvent extends CustomEvent<DvcProcedureFilterDetail> {
  constructor(detail: DvcProcedureFilterDetail) {
    super('dvc-procedure-filter', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-procedure-filter': DvcProcedureFilterEvent;
  }
}
