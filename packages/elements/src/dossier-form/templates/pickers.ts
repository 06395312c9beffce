import { html, type TemplateResult } from 'lit';
import type { FieldNode } from '@dvc-kit/form-engine/core';
import type { AddressValue } from '../../address-picker/address-picker.js';
import { attrs } from '../internal/attrs.js';
import { controlAttrs, fieldParts, invalid, type FieldContext } from './scaffold.js';

/**
 * An address or attachments: an element of their own, which shows the label, the hint and the field's error in its
 * shadow root, beside the input they concern.
 */
export function renderPicker(ctx: FieldContext, node: FieldNode): TemplateResult {
  const upload = node.kind === 'file';
  const common = attrs(
    controlAttrs(node, {
      label: node.label,
      lang: ctx.locale,
      readonly: node.readOnly,
      'aria-invalid': undefined,
      'aria-describedby': undefined,
      '.errorMessage': invalid(node) ? node.errors.join(' ') : '',
    }),
  );
  let picker: TemplateResult;
  if (upload) {
    // Registers <dvc-file-upload> on first use, so forms without attachments never load it.
    void import('../../define/dvc-file-upload.js');
    const file = node.file ?? { accept: [], multiple: true };
    picker = html`<dvc-file-upload
      ${common}
      .value=${(node.value as unknown[] | undefined) ?? []}
      .accept=${file.accept}
      .maxBytes=${file.maxBytes ?? 10 * 1024 * 1024}
      .multiple=${file.multiple}
      .template=${file.template}
      .hint=${node.help}
      @dvc-change=${ctx.onPickerChange}
    ></dvc-file-upload>`;
  } else {
    // Registers <dvc-address-picker> on first use, so forms without an address never load it.
    void import('../../define/dvc-address-picker.js');
    picker = html`<dvc-address-picker
      ${common}
      .value=${node.value as AddressValue | undefined}
      .hint=${node.help}
      @dvc-change=${ctx.onPickerChange}
    ></dvc-address-picker>`;
  }
  return html`<div class="field" part=${fieldParts(node)}>${picker}</div>`;
}
