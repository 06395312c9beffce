import type { Dossier } from '@dvc-kit/dossier/types';

export type DvcDossierLoadedDetail = {
  /** The dossier as the source returned it (the applicant as the server masked it). */
  dossier: Dossier;
  /** False after a lookup; true after a refresh that brought a change. */
  refresh: boolean;
};

/** A dossier was looked up, or a refresh brought a change to the one shown. */
export class DvcDossierLoadedEvent extends CustomEvent<DvcDossierLoadedDetail> {
  constructor(detail: DvcDossierLoadedDetail) {
    super('dvc-dossier-loaded', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-dossier-loaded': DvcDossierLoadedEvent;
  }
}
