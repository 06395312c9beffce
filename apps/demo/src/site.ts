/** Facts of the fictional Tỉnh Minh Sơn service centre that the pages need (api13). */
import type { Payee } from '@dvc-kit/dossier/types';

/** Where the centre's fees are paid (VietQR): Vietcombank; the transfer purpose is the dossier code. */
export const CENTRE_PAYEE: Payee = { bankBin: '970436', accountNumber: '0011004455667', accountName: 'TTPVHCC TINH MINH SON' };
