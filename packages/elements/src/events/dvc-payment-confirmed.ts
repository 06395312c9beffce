export type DvcPaymentConfirmedDetail = {
  dossierCode: string;
  /** Paid, integer VND. */
  amount: number;
  /** When the payment platform confirmed it (ISO 8601), if the source says. */
  paidAt?: string;
  /** The payment platform's transaction reference, if the source says. */
  reference?: string;
};

/**
 * The payment status became paid while the widget was showing it (never for a dossier already paid when it was
 * first read, so a portal counts each payment once).
 */
export class DvcPaymentConfirmedEvent extends CustomEvent<DvcPaymentConfirmedDetail> {
  constructor(detail: DvcPaymentConfirmedDetail) {
    super('dvc-payment-confirmed', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-payment-confirmed': DvcPaymentConfirmedEvent;
  }
}
