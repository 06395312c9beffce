export type DvcPaymentStartedDetail = {
  /** The dossier the payment is for. */
  dossierCode: string;
  /** What the QR asks for, integer VND. */
  amount: number;
  /** The transfer purpose the QR carries (tag 62-08). */
  purpose: string;
};

/** The citizen chose to pay: the VietQR code and the transfer details are shown. */
export class DvcPaymentStartedEvent extends CustomEvent<DvcPaymentStartedDetail> {
  constructor(detail: DvcPaymentStartedDetail) {
    super('dvc-payment-started', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-payment-started': DvcPaymentStartedEvent;
  }
}
