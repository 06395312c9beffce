/**
 * What the widget reads about a payment, from `@dvc-kit/dossier` (the source's contract). Until that package is on
 * main this file holds the same shapes; the widget imports them from here only.
 */
export const PAYMENT_STATUSES = ['unpaid', 'pending', 'paid', 'failed'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export interface Payee {
  bankBin: string;
  accountNumber: string;
  accountName?: string;
  purpose?: string;
}

export interface DossierPayment {
  status: PaymentStatus;
  amount: number;
  paidAmount?: number;
  paidAt?: string;
  reference?: string;
  failureReason?: string;
  payee?: Payee;
  updatedAt?: string;
}

export interface SecondFactor {
  kind: 'id-number' | 'phone';
  value: string;
}

export interface LookupRequest {
  code: string;
  secondFactor?: SecondFactor;
}

/** The part of a `DossierSource` the widget uses. */
export interface PaymentSource {
  payment(request: LookupRequest, options?: { signal?: AbortSignal }): Promise<DossierPayment>;
}
