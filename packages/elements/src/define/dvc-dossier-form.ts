import { DvcDossierForm } from '../dossier-form/dossier-form.js';

export { DvcDossierForm };

if (!customElements.get('dvc-dossier-form')) customElements.define('dvc-dossier-form', DvcDossierForm);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-form': DvcDossierForm;
  }
}
