import { html, nothing, type TemplateResult } from 'lit';
import type { FieldNode } from '@dvc-kit/form-engine/core';
import { displayValue } from '../internal/values.js';
import { fieldParts, renderError, renderHint, type FieldContext } from './scaffold.js';

/** A fixed value shown as text (`const`), or a value the form cannot edit and keeps as it is (`unsupported`). */
export function renderConst(ctx: FieldContext, node: FieldNode): TemplateResult {
  const m = ctx.messages;
  const id = node.id;
  const value = displayValue(node.value, m.yes, m.no);
  const fixed = node.kind === 'const';
  return html`<div class="field" part=${fieldParts(node)}>
    <div class="label" id=${fixed ? `${id}-label` : nothing} part="field-label">${node.label}</div>
    ${renderHint(node)}${renderError(ctx, node)}
    ${fixed
      ? html`<p class="const" id=${id} tabindex="-1" aria-labelledby="${id}-label ${id}">${value}</p>`
      : html`<p class="note" id=${id} tabindex="-1">${m.unsupported}</p>
          ${node.value === undefined ? nothing : html`<pre class="const">${value}</pre>`}`}
  </div>`;
}
