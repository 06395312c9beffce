import { DvcDossierForm } from '../dossier-form/dossier-form.js';
// The typed dvc-* events (GlobalEventHandlersEventMap) come with the tag.
export type * from '../events/index.js';

export { DvcDossierForm };

// The same tag for pages whose procedure comes with a precompiled validator (`dvc-schema build`): it ships no
// validator of its own (no interpreter, no ajv) and no schema linter, so the page must set `validator`; without
// one the form shows a readable error and fires `dvc-error`. If the default define also runs on the page, its
// validator is the default.
// A raw schema (not written by `dvc-schema build`) is prepared by code loaded only when one is given, with the
// x-dvc vocabulary's references checked and its dossier components expanded (its meta-schema would need the
// interpreter, which this page does not ship).
DvcDossierForm.loadPrepareSchema ??= () => import('@dvc-kit/procedure/prepare').then((module) => module.prepareSchema);

if (!customElements.get('dvc-dossier-form')) customElements.define('dvc-dossier-form', DvcDossierForm);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-form': DvcDossierForm;
  }
}
