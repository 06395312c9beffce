import { createForm, refersToMetaSchema } from '@dvc-kit/form-engine/create-form';
import { registerFormat, registeredFormats, type DossierForm, type FormOptions } from '@dvc-kit/form-engine/core';
import { procedureVocabulary } from '@dvc-kit/procedure/vocabulary';
import { DvcDossierForm } from './dossier-form.js';
import { usesVietnameseFormat } from './internal/vietnamese-formats.js';

/**
 * The Vietnamese formats (cccd, vn-tax-code, vn-phone, vn-postal-code) work in any schema with no setup by the page.
 * Their checks and messages are loaded the first time a schema uses one, so pages whose schemas do not stay small; a
 * page's own definition of one of these names stays. (A precompiled validator brings its own.) Null when there is
 * nothing to load.
 */
let vietnameseFormats: Promise<void> | 'registered' | undefined;
function loadVietnameseFormats(schema: unknown): Promise<void> | null {
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
}

/**
 * A complete, validated, accessible dossier form rendered from a JSON Schema, with citizen-friendly messages
 * in Vietnamese or English, for any schema given at run time: `<dvc-dossier-form>` as
 * `define/dvc-dossier-form.js` registers it. It validates with the engine's eval-free interpreter when the page
 * passes no `validator`, knows the x-dvc vocabulary (checks, dossier components as upload fields), and loads the
 * Vietnamese formats and the JSON Schema meta-schemas only for a schema that uses them. Its base class,
 * `DvcDossierForm`, is the same tag for pages with a precompiled validator (no interpreter).
 *
 * @summary A JSON-Schema dossier form for any schema given at run time.
 *
 * @fires {CustomEvent<{ data: unknown; valid: boolean }>} dvc-change - The citizen changed the data (`DvcChangeEvent`); `data` includes fields hidden by a condition.
 * @fires {CustomEvent<{ data: unknown; files: Record<string, File[]> }>} dvc-submit - The citizen submitted a valid form (`DvcSubmitEvent`, cancelable); `data` leaves hidden fields out, `files` holds the attachments by JSON Pointer.
 * @fires {CustomEvent<{ problems: readonly SchemaProblem[] }>} dvc-error - The schema is broken or could not be loaded (`DvcErrorEvent`).
 *
 * @csspart base - The inner form.
 * @csspart error-summary - The error summary shown after a failed submit.
 * @csspart schema-error - The box listing the problems of a broken schema.
 * @csspart field - The wrapper of one field.
 * @csspart field-invalid - A field wrapper whose error is shown.
 * @csspart field-label - A field's label (or a choice group's legend).
 * @csspart field-hint - A field's help text.
 * @csspart field-error - A field's inline error message.
 * @csspart input - A native input, select or textarea.
 * @csspart fieldset - A group: object, section, list, list item, choices.
 * @csspart legend - The legend of a group.
 * @csspart button - Add, remove and move buttons.
 * @csspart submit - The submit button.
 *
 * @cssprop --dvc-font-family - Font of the whole form.
 * @cssprop --dvc-font-size - Base font size.
 * @cssprop --dvc-color-text - Text colour.
 * @cssprop --dvc-color-muted - Hint text colour.
 * @cssprop --dvc-color-background - Background of inputs.
 * @cssprop --dvc-color-border - Border of inputs.
 * @cssprop --dvc-color-accent - Buttons, links and checked controls.
 * @cssprop --dvc-color-accent-contrast - Text on the accent colour.
 * @cssprop --dvc-color-error - Error messages, the error summary and invalid inputs.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-field-gap - Space between fields.
 * @cssprop --dvc-radius - Corner radius of inputs and buttons.
 *
 * @cssstate user-invalid - Some errors are shown (a field was touched, or the form was submitted).
 * @cssstate invalid - The data is not valid.
 * @cssstate loading - The schema is being loaded.
 * @cssstate broken - The schema could not be used.
 */
export class DvcDossierFormFull extends DvcDossierForm {
  /**
   * Loads the other schema documents a schema refers to, or returns undefined when it needs none: by default the
   * JSON Schema meta-schemas (a lazy chunk of about 1.7 KB gzip), only for a schema that names one. A page may
   * replace it to serve other documents its schemas name.
   */
  static loadReferencedSchemas: (schema: unknown) => Promise<Readonly<Record<string, unknown>>> | undefined = (schema) =>
    refersToMetaSchema(schema) ? import('@dvc-kit/form-engine/meta-schemas').then((module) => module.META_SCHEMAS) : undefined;

  /** The documents `loadReferencedSchemas` loaded (kept for later schemas). */
  #referencedSchemas?: Readonly<Record<string, unknown>>;

  /**
   * The full engine: it prepares a raw schema itself, and checks the x-dvc meta-schema too.
   * @internal
   */
  protected override _createForm(schema: unknown, data: unknown, options: FormOptions): DossierForm | Promise<unknown> {
    const formats = loadVietnameseFormats(schema);
    if (formats) return formats.then(() => schema);
    const referenced = this.#referencedSchemas ? undefined : (this.constructor as typeof DvcDossierFormFull).loadReferencedSchemas(schema);
    if (referenced) return referenced.then((schemas) => ((this.#referencedSchemas = schemas), schema));
    return createForm(schema, data, { vocabularies: [procedureVocabulary], ...options, schemas: this.#referencedSchemas });
  }
}
