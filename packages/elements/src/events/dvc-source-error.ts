import type { DossierSourceErrorCode } from '@dvc-kit/dossier/types';

export type DvcSourceErrorDetail = {
  /** Why the source failed (`DossierSourceError.code`): invalid-request, not-found, wrong-second-factor, rate-limited, server, network, timeout, malformed, aborted. */
  code: DossierSourceErrorCode;
  /** The HTTP status, when there was one. */
  status?: number;
  /** What the element shows, in its language. */
  message: string;
  /** False for a lookup the citizen (or `dossier-code`) asked for; true for a background refresh of the dossier shown. */
  refresh: boolean;
};

/**
 * A dossier source failed (`<dvc-status-tracker>`). Named `dvc-error` like the form's `DvcErrorEvent`, with a
 * different detail: tell them apart with `instanceof` or `'code' in event.detail`.
 */
export class DvcSourceErrorEvent extends CustomEvent<DvcSourceErrorDetail> {
  constructor(detail: DvcSourceErrorDetail) {
    super('dvc-error', { detail, bubbles: true, composed: true });
  }
}
