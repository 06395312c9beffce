import { createForm } from '@dvc-kit/form-engine/create-form';
import { procedureVocabulary } from '@dvc-kit/procedure/vocabulary';
import { DvcDossierForm } from '../dossier-form/dossier-form.js';
// The typed dvc-* events (GlobalEventHandlersEventMap) come with the tag.
export type * from '../events/index.js';

export { DvcDossierForm };

// The default tag: any schema, given at run time, validated by the engine's eval-free interpreter when the page
// passes no `validator`. Pages with a precompiled validator use `dvc-dossier-form-precompiled.js` instead.
// The engine knows no procedure: the x-dvc vocabulary (checks, dossier components as upload fields) comes from here.
DvcDossierForm.createDefaultForm ??= (schema, data, options = {}) => createForm(schema, data, { vocabularies: [procedureVocabulary], ...options });

if (!customElements.get('dvc-dossier-form')) customElements.define('dvc-dossier-form', DvcDossierForm);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-form': DvcDossierForm;
  }
}
