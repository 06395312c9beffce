import { DvcDossierForm } from '../dossier-form/dossier-form.js';
// The typed dvc-* events (GlobalEventHandlersEventMap) come with the tag.
export type * from '../events/index.js';

// The same tag for pages whose procedure comes with a precompiled validator (`dvc-schema build`): it ships no
// validator of its own (no interpreter, no ajv) and no schema linter, so the page must set `validator`; without
// one the form shows a readable error and fires `dvc-error`. A raw schema (not written by `dvc-schema build`) is
// prepared by code loaded only when one is given. If the default define ran first on the page, its class stays.
export { DvcDossierForm };

if (!customElements.get('dvc-dossier-form')) customElements.define('dvc-dossier-form', DvcDossierForm);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-form': DvcDossierForm;
  }
}
