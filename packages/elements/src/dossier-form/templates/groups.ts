/** Fields that hold fields: objects and sections, lists and their items, deferred groups, maps and tuples. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldNode } from '@dvc-kit/form-engine/core';
import { fieldList } from '../../shared/field-list.js';
import type { CollectionHost } from '../collections.js';
import { loadCollections, loadedCollections } from '../collections-chunk.js';
import { renderChildren, renderField } from './field.js';
import { describedBy, renderError, renderGroup, renderHint, type FieldContext } from './scaffold.js';

export function renderObject(ctx: FieldContext, node: FieldNode): TemplateResult {
  const section = Boolean(node.section);
  return html`<fieldset
    class="group ${section ? 'section' : 'object'}"
    part="fieldset"
    id=${node.id}
    tabindex="-1"
    aria-describedby=${describedBy(node) ?? nothing}
  >
    ${node.label
      ? html`<legend class="legend${section ? ' section-legend' : ''}" part="legend">
          ${section ? html`<h2 class="section-title">${node.label}</h2>` : node.label}
        </legend>`
      : nothing}
    ${renderHint(node)}${renderError(ctx, node)}
    <div class="fields">${renderChildren(ctx, node.children)}</div>
  </fieldset>`;
}

/** A group of a recursive schema below the data (a father's father): opened on request, one level at a time. */
export function renderDeferred(ctx: FieldContext, node: FieldNode): TemplateResult {
  const m = ctx.messages;
  return renderGroup(
    ctx,
    node,
    { class: 'group deferred', part: 'fieldset', id: node.id, tabindex: '-1' },
    node.readOnly
      ? html`<p class="empty">${m.noItems}</p>`
      : html`<button type="button" class="button button--secondary" part="button" data-action="open" data-pointer=${node.pointer} data-group=${node.id}>
          ${m.openGroup(node.label)}
        </button>`,
    'legend',
  );
}

/** A map or a tuple, with their templates (loaded before a form whose schema has one). */
export function renderCollection(ctx: FieldContext, node: FieldNode): TemplateResult {
  const collections = loadedCollections();
  if (collections) {
    const host: CollectionHost = {
      messages: () => ctx.messages,
      locale: () => ctx.locale ?? 'vi',
      renderField: (field) => renderField(ctx, field),
      renderGroup: (field, wrapper, body) => renderGroup(ctx, field, wrapper, body, 'legend'),
      renderChildren: (children) => renderChildren(ctx, children),
      apply: ctx.apply,
      rendered: ctx.rendered,
    };
    return node.kind === 'map' ? collections.renderMap(host, node) : collections.renderTuple(host, node);
  }
  // Not reached in practice: the templates load before a form whose schema has maps or tuples.
  void loadCollections().then(ctx.requestUpdate);
  return html`<p class="loading" role="status">${ctx.messages.loading}</p>`;
}

export function renderArray(ctx: FieldContext, node: FieldNode): TemplateResult {
  const m = ctx.messages;
  const items = node.items ?? [];
  const count = items.length;
  const itemLabel = node.itemLabel || m.defaultItemLabel;
  const canMove = !node.readOnly;
  return renderGroup(
    ctx,
    node,
    { class: 'group array', part: 'fieldset', id: node.id, 'data-array': node.pointer, tabindex: '-1' },
    html`${count
      ? html`<ol class="items">
          ${fieldList(
            items,
            (item, i) => renderItem(ctx, node, item, i, itemLabel),
            // An item is rendered again when its node changed, or anything else it shows (its buttons).
            `${ctx.locale} ${count} ${node.canRemove} ${canMove} ${itemLabel}`,
          )}
        </ol>`
      : html`<p class="empty">${m.noItems}</p>`}
      ${node.canAdd
        ? html`<button
            type="button"
            class="button button--secondary"
            part="button"
            data-action="add"
            data-pointer=${node.pointer}
          >
            ${m.addItem(itemLabel)}
          </button>`
        : nothing}`,
    'legend',
  );
}

function renderItem(ctx: FieldContext, array: FieldNode, item: FieldNode, index: number, itemLabel: string): TemplateResult {
  const m = ctx.messages;
  const arrayPointer = array.pointer;
  const count = array.items!.length;
  const canRemove = array.canRemove;
  const canMove = !array.readOnly;
  const name = m.itemName(itemLabel, index + 1);
  const button = (action: string, text: string) =>
    html`<button
      type="button"
      class="button button--secondary button--small"
      part="button"
      data-action=${action}
      data-pointer=${arrayPointer}
      data-index=${index}
    >
      ${text}<span class="visually-hidden"> ${name}</span>
    </button>`;
  return html`<li class="item" data-item-of=${arrayPointer}>
    ${renderField(ctx, item.label === name ? item : { ...item, label: name })}
    ${canRemove || (canMove && count > 1)
      ? html`<div class="item-actions">
          ${canMove && index > 0 ? button('up', m.moveUp) : nothing}
          ${canMove && index < count - 1 ? button('down', m.moveDown) : nothing}
          ${canRemove ? button('remove', m.remove) : nothing}
        </div>`
      : nothing}
  </li>`;
}
