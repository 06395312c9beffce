/**
 * Templates of the kinds few schemas need: key–value maps (`map`) and tuples (`tuple`), with the engine's support
 * for them. `<dvc-dossier-form>` imports this module when a schema first has one (`collectionAt`), so the page of a
 * procedure without them never loads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DossierForm, FieldNode, FormState, Locale } from '@dvc-kit/form-engine/core';
// Not from the core: a lazy chunk that imports the core shares the whole engine with the page, and esbuild then
// ships the engine as a chunk of its own that every page loads up front (more bytes than one chunk).
import { joinPointer } from '@dvc-kit/form-engine/collections';
import { midSentence } from '@dvc-kit/form-engine/message-wording';
import type { Messages } from '../messages/index.js';

// The engine's side of maps and tuples comes with their templates.
export { mapsAndTuples } from '@dvc-kit/form-engine/collections';

/** What the templates need from the form that renders them. */
export interface CollectionHost {
  messages(): Messages;
  /** The form's language. */
  locale(): Locale;
  renderField(node: FieldNode): TemplateResult;
  /** A fieldset led by the node's legend, hint and error (see `renderGroup` in templates/scaffold.ts). */
  renderGroup(node: FieldNode, wrapper: Record<string, string>, body: unknown): TemplateResult;
  renderChildren(children: readonly FieldNode[] | undefined): unknown;
  /** Apply a change the citizen made (fires `dvc-change`). */
  apply(change: (form: DossierForm) => FormState): void;
  /** The element's shadow root, once it has rendered the change. */
  rendered(): Promise<ShadowRoot>;
}

const TEXT = {
  vi: {
    addEntry: (keyLabel: string) => `Thêm ${midSentence(keyLabel, 'vi')} mới`,
    add: 'Thêm',
    noEntries: 'Chưa có dòng nào.',
    rowKey: (keyLabel: string, n: number) => `${keyLabel} (dòng ${n})`,
  },
  en: {
    addEntry: (keyLabel: string) => `New ${midSentence(keyLabel, 'en')}`,
    add: 'Add',
    noEntries: 'No rows yet.',
    rowKey: (keyLabel: string, n: number) => `${keyLabel} (row ${n})`,
  },
};

const describedBy = (...ids: (string | false | undefined)[]): string | typeof nothing => ids.filter(Boolean).join(' ') || nothing;

function errorText(host: CollectionHost, id: string, messages: readonly string[]): TemplateResult {
  return html`<p class="error" id=${id} part="field-error">
    <span class="visually-hidden">${host.messages().errorPrefix} </span>${messages.join(' ')}
  </p>`;
}

/** A tuple: each position with its own label; the tail that `items` allows can be added to and removed from. */
export function renderTuple(host: CollectionHost, node: FieldNode): TemplateResult {
  const m = host.messages();
  const items = node.items ?? [];
  const fixed = node.fixedItems ?? 0;
  const itemLabel = node.itemLabel || m.defaultItemLabel;
  return host.renderGroup(
    node,
    { class: 'group array tuple', part: 'fieldset', id: node.id, 'data-array': node.pointer, tabindex: '-1' },
    html`${items.length
      ? html`<ol class="items">
          ${items.map(
            (item, index) => html`<li class="item" data-item-of=${node.pointer}>
              ${host.renderField(item)}
              ${node.canRemove && index >= fixed
                ? html`<div class="item-actions">
                    <button type="button" class="button button--secondary button--small" part="button" data-action="remove" data-pointer=${node.pointer} data-index=${index}>
                      ${m.remove}<span class="visually-hidden"> ${item.label}</span>
                    </button>
                  </div>`
                : nothing}
            </li>`,
          )}
        </ol>`
      : html`<p class="empty">${m.noItems}</p>`}
    ${node.canAdd
      ? html`<button type="button" class="button button--secondary" part="button" data-action="add" data-pointer=${node.pointer}>
          ${m.addItem(itemLabel)}
        </button>`
      : nothing}`,
  );
}

/**
 * A key–value map: its declared fields, then a row per other key (the key in a text box, its value as the field
 * its schema makes, a remove button), then a box and a button to add a key. Rows are matched by place, not by key,
 * so renaming a key keeps the focus where the citizen is.
 */
export function renderMap(host: CollectionHost, node: FieldNode): TemplateResult {
  const text = TEXT[host.locale()] ?? TEXT.vi;
  const m = host.messages();
  const keyLabel = node.keyLabel ?? '';
  const entries = node.entries ?? [];
  const newKeyId = `${node.id}-new-key`;
  const newKeyError = node.keyEdit ? `${newKeyId}-error` : undefined;
  const onRename = (event: Event, entry: FieldNode) => {
    const input = event.target as HTMLInputElement;
    host.apply((form) => form.renameEntry(node.pointer, entry.entryKey!, input.value));
  };
  const onKeyDown = (event: KeyboardEvent, entry?: FieldNode) => {
    if (event.key !== 'Enter') return;
    // Enter commits this key (and never submits the whole form).
    event.preventDefault();
    if (entry) onRename(event, entry);
    else void add();
  };
  const add = async () => {
    const root = await host.rendered();
    const input = root.getElementById(newKeyId) as HTMLInputElement;
    const key = input.value;
    host.apply((form) => form.addEntry(node.pointer, key));
    const after = await host.rendered();
    const row = after.querySelector<HTMLElement>(`li[data-entry="${CSS.escape(joinPointer(node.pointer, key))}"]`);
    if (row) {
      // Added: the box is ready for the next key, and the citizen goes on with the new row's value.
      input.value = '';
      (row.querySelector<HTMLElement>('[data-pointer]') ?? row.querySelector<HTMLElement>('input'))?.focus();
    } else {
      input.focus(); // refused: the box keeps the key and says why
    }
  };
  const remove = async (entry: FieldNode, index: number) => {
    host.apply((form) => form.removeEntry(node.pointer, entry.entryKey!));
    const root = await host.rendered();
    const rows = [...root.querySelectorAll<HTMLElement>(`li[data-entry-of="${CSS.escape(node.pointer)}"]`)];
    // The row now in its place, else the one before, else the box that adds a key.
    const row = rows[index] ?? rows[index - 1];
    (row?.querySelector<HTMLElement>('input') ?? root.getElementById(newKeyId))?.focus();
  };
  return host.renderGroup(
    node,
    { class: 'group map', part: 'fieldset', id: node.id, tabindex: '-1' },
    html`${node.children?.length ? html`<div class="fields">${host.renderChildren(node.children)}</div>` : nothing}
      ${entries.length
        ? html`<ul class="items">
            ${entries.map((entry, index) => {
              const keyId = `${entry.id}-key`;
              const problems = entry.keyEdit ? [entry.keyEdit.message] : entry.showErrors ? (entry.keyErrors ?? []) : [];
              const errorId = problems.length ? `${keyId}-error` : undefined;
              return html`<li class="item entry" data-entry-of=${node.pointer} data-entry=${entry.pointer}>
                <div class="field${problems.length ? ' field--error' : ''}" part="field">
                  <label class="label" for=${keyId} part="field-label">${text.rowKey(keyLabel, index + 1)}</label>
                  ${errorId ? errorText(host, errorId, problems) : nothing}
                  <input
                    class="input"
                    part="input"
                    id=${keyId}
                    autocomplete="off"
                    ?readonly=${entry.readOnly}
                    aria-invalid=${errorId ? 'true' : nothing}
                    aria-describedby=${describedBy(errorId)}
                    .value=${entry.keyEdit?.text ?? entry.entryKey ?? ''}
                    @change=${(event: Event) => onRename(event, entry)}
                    @keydown=${(event: KeyboardEvent) => onKeyDown(event, entry)}
                  />
                </div>
                ${host.renderField(entry)}
                ${node.canRemove
                  ? html`<div class="item-actions">
                      <button type="button" class="button button--secondary button--small" part="button" @click=${() => remove(entry, index)}>
                        ${m.remove}<span class="visually-hidden"> ${entry.entryKey}</span>
                      </button>
                    </div>`
                  : nothing}
              </li>`;
            })}
          </ul>`
        : html`<p class="empty">${text.noEntries}</p>`}
      ${node.canAdd
        ? html`<div class="field${newKeyError ? ' field--error' : ''}" part="field">
            <label class="label" for=${newKeyId} part="field-label">${text.addEntry(keyLabel)}</label>
            ${newKeyError ? errorText(host, newKeyError, [node.keyEdit!.message]) : nothing}
            <input
              class="input"
              part="input"
              id=${newKeyId}
              autocomplete="off"
              aria-invalid=${newKeyError ? 'true' : nothing}
              aria-describedby=${describedBy(newKeyError)}
              @keydown=${(event: KeyboardEvent) => onKeyDown(event)}
            />
            <button type="button" class="button button--secondary" part="button" @click=${add}>${text.add}</button>
          </div>`
        : nothing}`,
  );
}
