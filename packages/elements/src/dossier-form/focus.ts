/** Where focus goes after what the citizen did: the field an error summary link names, an added or moved item. */

const FOCUSABLE = ':is(input,select,textarea,button):not([disabled])';

/** A selector's test that attribute `name` is `value`. */
export const attrEquals = (name: string, value: string): string => `[${name}="${CSS.escape(value)}"]`;

function queryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  return [...root.querySelectorAll<E>(selector)];
}

/** The inputs of one field that has several (checkboxes, a date's parts), picked by `filter`. */
export function inputsOf(root: ParentNode, pointer: string, filter: string): HTMLInputElement[] {
  return queryAll<HTMLInputElement>(root, `input${filter}${attrEquals('data-pointer', pointer)}`);
}

/** After opening a deferred group: its first control, else the group itself (the node keeps its id). */
export function focusOpened(root: ParentNode, id: string): void {
  const group = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  (group?.querySelector<HTMLElement>(FOCUSABLE) ?? group)?.focus();
}

/**
 * After adding: the new item's first control. After removing: the item now in its place, else the one before,
 * else the add button. After moving: the same button on the moved item, so pressing again keeps moving it; at
 * the end, the other one.
 */
export function focusInList(root: ParentNode, arrayPointer: string, action: string, index: number): void {
  const items = queryAll(root, `li${attrEquals('data-item-of', arrayPointer)}`);
  let target: HTMLElement | null | undefined;
  if (action === 'up' || action === 'down') {
    const buttons = items[index] ? queryAll(items[index], ':scope > .item-actions > button') : [];
    const other = action === 'up' ? 'down' : 'up';
    target = buttons.find((b) => b.dataset.action === action) ?? buttons.find((b) => b.dataset.action === other);
  } else {
    const item = action === 'add' ? items[items.length - 1] : (items[index] ?? items[index - 1]);
    target =
      item?.querySelector<HTMLElement>(FOCUSABLE) ??
      root.querySelector<HTMLElement>(`button[data-action="add"]${attrEquals('data-pointer', arrayPointer)}`) ??
      root.querySelector<HTMLElement>(`fieldset${attrEquals('data-array', arrayPointer)}`);
  }
  target?.focus();
}

/** Focus a field from the error summary and scroll its label or legend into view (as GOV.UK does). */
export function focusField(root: ParentNode, id: string): void {
  let field = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!field) return;
  // A date: the first part to correct.
  if (field.dataset.part) field = field.closest('[data-date-of]')?.querySelector<HTMLElement>('input[aria-invalid="true"]') ?? field;
  field.focus({ preventScroll: true });
  // A group's legend: the field's own (a fieldset) or that of its group (an option, a date's part); else its label.
  const group = field.localName === 'fieldset' ? field : field.closest('.choices, .date-parts') && field.closest('fieldset');
  const label = group ? group.querySelector(':scope > legend') : root.querySelector(`label${attrEquals('for', id)}`);
  (label ?? field).scrollIntoView({ block: 'start' });
}
