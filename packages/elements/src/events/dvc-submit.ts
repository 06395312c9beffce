export type DvcSubmitDetail = {
  /** The data to submit: fields hidden by a condition are left out. Attachments appear as file metadata. */
  data: unknown;
  /** The attached files, by the JSON Pointer of their field (e.g. `/attachments/application`). */
  files: Record<string, File[]>;
};

/**
 * The citizen submitted a valid form. Cancelable: inside a native `<form>`, calling `preventDefault()`
 * stops the element from submitting that form.
 */
export class DvcSubmitEvent extends CustomEvent<DvcSubmitDetail> {
  constructor(detail: DvcSubmitDetail) {
    super('dvc-submit', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-submit': DvcSubmitEvent;
  }
}
