/** One field by its widget kind (the engine chooses the kind; this table maps kinds to templates). */
import { nothing, type TemplateResult } from 'lit';
import type { FieldNode } from '@dvc-kit/form-engine/core';
import { fieldList } from '../../shared/field-list.js';
import { renderChoices } from './choices.js';
import { renderConst } from './const.js';
import { renderDate } from './date.js';
import { renderArray, renderCollection, renderDeferred, renderObject } from './groups.js';
import { renderCheckbox, renderSelect, renderTextInput } from './inputs.js';
import { renderPicker } from './pickers.js';
import type { FieldContext } from './scaffold.js';

export function renderField(ctx: FieldContext, node: FieldNode): TemplateResult {
  switch (node.kind) {
    case 'checkbox':
      return renderCheckbox(ctx, node);
    case 'radio':
    case 'checkboxes':
    case 'alternatives':
      return renderChoices(ctx, node);
    case 'select':
      return renderSelect(ctx, node);
    case 'date':
      return renderDate(ctx, node);
    case 'const':
    case 'unsupported':
      return renderConst(ctx, node);
    case 'object':
      return renderObject(ctx, node);
    case 'array':
      return renderArray(ctx, node);
    case 'deferred':
      return renderDeferred(ctx, node);
    case 'map':
    case 'tuple':
      return renderCollection(ctx, node);
    case 'address':
    case 'file':
      return renderPicker(ctx, node);
    default:
      return renderTextInput(ctx, node);
  }
}

export function renderChildren(ctx: FieldContext, children: readonly FieldNode[] | undefined): unknown {
  // Keyed by pointer, so a field that appears or disappears does not shift the DOM (and focus) of the
  // others; on a keystroke only the changed field is visited.
  return children?.length ? fieldList(children, (node) => renderField(ctx, node), ctx.messages) : nothing;
}
