import { createForm, refersToMetaSchema } from '@dvc-kit/form-engine/create-form';
import { registerFormat, registeredFormats } from '@dvc-kit/form-engine/core';
import { procedureVocabulary } from '@dvc-kit/procedure/vocabulary';
import { DvcDossierForm } from '../dossier-form/dossier-form.js';
import { usesVietnameseFormat } from '../dossier-form/internal/vietnamese-formats.js';
// The typed dvc-* events (GlobalEventHandlersEventMap) come with the tag.
export type * from '../events/index.js';

export { DvcDossierForm };

// The default tag: any schema, given at run time, validated by the engine's eval-free interpreter when the page
// passes no `validator`. Pages with a precompiled validator use `dvc-dossier-form-precompiled.js` instead.
// The engine knows no procedure: the x-dvc vocabulary (checks, dossier components as upload fields) comes from here.
DvcDossierForm.createDefaultForm ??= (schema, data, options = {}) => createForm(schema, data, { vocabularies: [procedureVocabulary], ...options });
// The Vietnamese formats (cccd, vn-tax-code, vn-phone, vn-postal-code) work in any schema with no setup by the page.
// Their checks and messages are loaded the first time a schema uses one, so pages whose schemas do not stay small; a
// page's own definition of one of these names stays. (A precompiled validator brings its own: see the other define.)
let vietnameseFormats: Promise<void> | 'registered' | undefined;
DvcDossierForm.loadFormats ??= (schema) => {
  if (vietnameseFormats === 'registered' || !usesVietnameseFormat(schema)) return null;
  vietnameseFormats ??= import('@dvc-kit/vn/formats').then(
    ({ registerVnFormats }) => {
      registerVnFormats((name, definition) => {
        if (!Object.hasOwn(registeredFormats(), name)) registerFormat(name, definition);
      });
      vietnameseFormats = 'registered';
    },
    (error: unknown) => {
      vietnameseFormats = undefined; // the next schema tries again
      throw error;
    },
  );
  return vietnameseFormats;
};
// The JSON Schema meta-schemas (a lazy chunk of about 1.7 KB gzip) only for a schema that refers to one.
DvcDossierForm.loadReferencedSchemas ??= (schema) =>
  refersToMetaSchema(schema) ? import('@dvc-kit/form-engine/meta-schemas').then((module) => module.META_SCHEMAS) : undefined;

if (!customElements.get('dvc-dossier-form')) customElements.define('dvc-dossier-form', DvcDossierForm);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-form': DvcDossierForm;
  }
}
