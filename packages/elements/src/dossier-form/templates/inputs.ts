/** Fields with one control: text-like inputs and textareas, selects, a single checkbox. */
import { html, type TemplateResult } from 'lit';
import type { FieldNode } from '@dvc-kit/form-engine/core';
import { attrs } from '../internal/attrs.js';
import { inputValue } from '../internal/input-value.js';
import {
  controlAttrs,
  fieldAttrs,
  renderChoice,
  renderError,
  renderHint,
  renderLabelled,
  renderRequired,
  type FieldContext,
} from './scaffold.js';

/**
 * The `type` of an `<input>` for the text-like kinds whose type is not their own name (`text`, `email`, `url`,
 * `tel`, `password` and `time` are). Numbers are typed as text (GOV.UK's advice): no spinner, no
 * locale-dependent parsing, a decimal comma works.
 */
const INPUT_TYPES: Readonly<Record<string, string>> = { number: 'text', integer: 'text', datetime: 'datetime-local' };

export function renderTextInput(ctx: FieldContext, node: FieldNode): TemplateResult {
  const kind = node.kind;
  const multiline = kind === 'textarea';
  // One attribute directive per input: this is the hot path of long forms.
  const control = attrs(
    controlAttrs(node, {
      class: `input input--${kind}`,
      // A date-time or time the native control cannot show exactly is edited as its text.
      type: multiline ? undefined : node.rawText ? 'text' : (INPUT_TYPES[kind] ?? kind),
      rows: multiline ? String(node.rows ?? 4) : undefined,
      // 1: a date-time or time control shows seconds (the value has some).
      step: kind === 'datetime' || kind === 'time' ? node.constraints.step?.toString() : undefined,
      inputmode: node.inputMode,
      placeholder: node.placeholder,
      autocomplete: node.autocomplete,
      readonly: node.readOnly,
      '.value': inputValue(node),
    }),
  );
  if (multiline) return renderLabelled(ctx, node, html`<textarea part="input" ${control}></textarea>`);
  // The scaffold written out: a single-line input is the hot path of long forms, one template each.
  return html`<div ${attrs(fieldAttrs(node))}>
    <label class="label" for=${node.id} part="field-label">${node.label}${renderRequired(node)}</label>
    ${renderHint(node)}${renderError(ctx, node)}<input part="input" ${control} />
  </div>`;
}

export function renderSelect(ctx: FieldContext, node: FieldNode): TemplateResult {
  const selected = node.selectedOption ?? -1;
  return renderLabelled(
    ctx,
    node,
    html`<select class="input" part="input" ${attrs(controlAttrs(node, { disabled: node.readOnly }))}>
      <option value="" ${attrs({ '.selected': selected < 0 })}>${ctx.messages.choose}</option>
      ${(node.options ?? []).map(
        (option, i) => html`<option ${attrs({ value: `${i}`, '.selected': i === selected })}>${option.label}</option>`,
      )}
    </select>`,
  );
}

export function renderCheckbox(ctx: FieldContext, node: FieldNode): TemplateResult {
  // The error first and the hint last, as GOV.UK lays out a single checkbox.
  return html`<div ${attrs(fieldAttrs(node, ' field--checkbox'))}>
    ${renderError(ctx, node)}
    ${renderChoice(
      controlAttrs(node, { type: 'checkbox', required: false, disabled: node.readOnly, '.checked': node.value === true }),
      html`${node.label}${renderRequired(node)}`,
      'field-label',
    )}
    ${renderHint(node)}
  </div>`;
}
