import { html, nothing, type TemplateResult } from 'lit';
import { deepEqual, type FieldNode } from '@dvc-kit/form-engine/core';
import { renderChildren } from './field.js';
import { controlAttrs, fieldAttrs, renderChoice, renderGroup, type FieldContext } from './scaffold.js';

/**
 * Radio buttons (`radio`) or checkboxes (`checkboxes`) in a fieldset; for `alternatives`, radio buttons that
 * choose a branch, whose fields follow.
 */
export function renderChoices(ctx: FieldContext, node: FieldNode): TemplateResult {
  const { id, kind, value } = node;
  const branches = kind === 'alternatives';
  const radio = kind !== 'checkboxes';
  const options = node.options ?? [];
  return renderGroup(
    ctx,
    node,
    // A branch's wrapper is a group of fields, not one field.
    branches ? { class: 'group alternatives', part: 'fieldset' } : fieldAttrs(node, ' group', true),
    html`<div class="choices${radio && !branches && options.length <= 2 ? ' choices--inline' : ''}">
        ${options.map((option, i) =>
          renderChoice(
            controlAttrs(node, {
              type: radio ? 'radio' : 'checkbox',
              id: i === 0 ? id : `${id}-${i}`,
              name: branches ? `${id}-branch` : radio ? id : undefined,
              'data-index': `${i}`,
              required: radio && node.required,
              disabled: node.readOnly,
              'aria-describedby': undefined,
              '.checked': radio
                ? i === node.selectedOption
                : Array.isArray(value) && value.some((v) => deepEqual(v, option.value)),
            }),
            option.label,
          ),
        )}
      </div>
      ${branches && node.children?.length
        ? html`<div class="fields branch">${renderChildren(ctx, node.children)}</div>`
        : nothing}`,
  );
}
