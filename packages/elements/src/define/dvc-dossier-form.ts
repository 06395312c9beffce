import { DvcDossierForm } from '../dossier-form/dossier-form.js';
// The typed dvc-* events (GlobalEventHandlersEventMap) come with the tag.
export type * from '../events/index.js';

export { DvcDossierForm };

if (!customElements.get('dvc-dossier-form')) customElements.define('dvc-dossier-form', DvcDossierForm);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-form': DvcDossierForm;
  }
}
