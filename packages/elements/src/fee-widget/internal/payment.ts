/**
 * What the widget reads about a payment: the shapes of `@dvc-kit/dossier` (the source's contract), and the one
 * method of a `DossierSource` the widget calls.
 */
import type { DossierSource } from '@dvc-kit/dossier/types';

export type { DossierPayment, LookupRequest, Payee, PaymentStatus, SecondFactor } from '@dvc-kit/dossier/types';

/** The part of a `DossierSource` the widget uses: any `DossierSource` is one. */
export type PaymentSource = Pick<DossierSource, 'payment'>;
