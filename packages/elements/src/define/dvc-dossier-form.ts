import { DvcDossierForm } from '../dossier-form/dossier-form.js';
import { DvcDossierFormFull } from '../dossier-form/dossier-form-full.js';
// The typed dvc-* events (GlobalEventHandlersEventMap) come with the tag.
export type * from '../events/index.js';

// The default tag: any schema, given at run time, validated by the engine's eval-free interpreter when the page
// passes no `validator`. Pages with a precompiled validator use `dvc-dossier-form-precompiled.js` instead.
export { DvcDossierForm, DvcDossierFormFull };

if (!customElements.get('dvc-dossier-form')) customElements.define('dvc-dossier-form', DvcDossierFormFull);

declare global {
  interface HTMLElementTagNameMap {
    // Both define files name the base class (the same public API): one page registers one of them.
    'dvc-dossier-form': DvcDossierForm;
  }
}
