export type DvcChangeDetail = {
  /** All data, including values of fields currently hidden by a condition. */
  data: unknown;
  valid: boolean;
};

/** The citizen changed the data (typed, chose, added, removed or moved an item). Never fired when code sets `data`. */
export class DvcChangeEvent extends CustomEvent<DvcChangeDetail> {
  constructor(detail: DvcChangeDetail) {
    super('dvc-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-change': DvcChangeEvent;
  }
}
