/**
 * The formats dvc-schema knows beyond the standard ones: the Vietnamese formats of `@dvc-kit/vn` (`cccd`,
 * `vn-tax-code`, `vn-phone`, `vn-postal-code`). Lint accepts them, and the build bundles each one a procedure uses
 * into its generated validator, which also hands their definitions to the form (wording, normalisation).
 */
import { fileURLToPath } from 'node:url';
import { vnFormats, type VnFormatName } from '@dvc-kit/vn';
import type { FormatDefinition } from '@dvc-kit/form-engine';

export const EXTRA_FORMATS: Readonly<Record<string, FormatDefinition>> = vnFormats;

/** The module the generated validators import the definitions from (bundled in), and each one's export. */
export const EXTRA_FORMATS_FILE = fileURLToPath(import.meta.resolve('@dvc-kit/vn/formats'));
export const EXTRA_FORMAT_EXPORTS: Readonly<Record<VnFormatName, string>> = {
  cccd: 'cccdFormat',
  'vn-tax-code': 'vnTaxCodeFormat',
  'vn-phone': 'vnPhoneFormat',
  'vn-postal-code': 'vnPostalCodeFormat',
};
