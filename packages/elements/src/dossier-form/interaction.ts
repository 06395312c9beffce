/**
 * What the citizen does in the form's fields, turned into changes of the engine form: typing, choosing, leaving
 * a field, pasting a date, pressing a list's buttons, following an error summary link, using a picker.
 */
import { composeDate, type DatePart, type DossierForm, type FormState } from '@dvc-kit/form-engine/core';
import type { AddressValue, DvcAddressPicker } from '../address-picker/address-picker.js';
import type { DvcChangeEvent } from '../events/dvc-change.js';
import { focusField, focusInList, focusOpened, inputsOf } from './focus.js';
import { rememberTyped } from './internal/input-value.js';
import { TEXT_KINDS } from './internal/values.js';

/** What the listeners need from the element. */
export interface InteractionHost {
  /** The element's render root. */
  root(): HTMLElement | DocumentFragment;
  /** Resolves once the element has rendered the last change. */
  rendered(): Promise<unknown>;
  /** The engine form, once ready. */
  form(): DossierForm | null;
  /** Apply a change the citizen made (fires `dvc-change`). */
  apply(change: (form: DossierForm) => FormState): void;
  /** Show a new state of the form (a touch: no `dvc-change`). */
  commit(state: FormState): void;
  /** True while Lit renders: removing a focused field then fires focusout synchronously. */
  rendering(): boolean;
  /** The files the citizen attached, by field pointer. */
  readonly files: Map<string, File[]>;
}

/** The form's listeners (arrow functions: bound once, the same on every render). */
export class FormInteraction {
  readonly #host: InteractionHost;
  /** The date field a pointer is pressed in (see `onFocusOut`). */
  #pressedDate?: string | null;

  constructor(host: InteractionHost) {
    this.#host = host;
  }

  readonly onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const { kind, pointer, part: datePart } = target.dataset ?? {};
    if (!kind || pointer === undefined || !TEXT_KINDS.has(kind)) return;
    // One of a date's three parts: the value is made of all three.
    const inputs = datePart ? inputsOf(this.#host.root(), pointer, '[data-part]') : [target];
    const text = (name: DatePart) => inputs.find((input) => input.dataset.part === name)?.value ?? '';
    this.#host.apply((form) => {
      const next = form.setInput(pointer, datePart ? composeDate(text('day'), text('month'), text('year')) : target.value);
      for (const input of inputs) rememberTyped(input, form.getNode(pointer)?.value);
      return next;
    });
  };

  readonly onChange = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const { kind, pointer, index } = target.dataset ?? {};
    if (pointer === undefined) return;
    if (kind === 'alternatives') {
      this.#host.apply((form) => form.selectAlternative(pointer, Number(index)));
      return;
    }
    let value: string | boolean | number[];
    switch (kind) {
      case 'checkbox':
        value = target.checked;
        break;
      case 'radio':
        value = index ?? '';
        break;
      case 'select':
        value = target.value;
        break;
      case 'checkboxes':
        value = inputsOf(this.#host.root(), pointer, '[data-kind="checkboxes"]').flatMap((box) => (box.checked ? [Number(box.dataset.index)] : []));
        break;
      default:
        return; // text-like kinds are read on input
    }
    this.#host.apply((form) => form.setInput(pointer, value));
  };

  readonly onPickerChange = (event: DvcChangeEvent): void => {
    // The field's own event stops here; the form reports the change of the whole dossier instead.
    event.stopPropagation();
    const picker = event.currentTarget as HTMLElement & { files?: readonly File[] };
    const pointer = picker.dataset.pointer!;
    const files = picker.dataset.kind === 'file';
    if (files) this.#host.files.set(pointer, [...(picker.files ?? [])]);
    const data = event.detail.data as unknown[] & AddressValue;
    // The files' metadata (none: no value); of an address, the parts the citizen changed (the rest stays as it was).
    this.#host.apply((form) =>
      form.setValue(pointer, files ? (data.length > 0 ? data : undefined) : (picker.constructor as typeof DvcAddressPicker).editedValue(form.getNode(pointer)?.value, data)),
    );
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    const host = this.#host;
    const target = event.target as HTMLElement;
    const pointer = target.dataset?.pointer;
    if (!host.form() || pointer === undefined || !target.dataset.kind) return;
    // Moving between the options of one group is not leaving the field; nor is pressing a date part's label
    // (focus moves to its input only when the press ends).
    if ((event.relatedTarget as HTMLElement | null)?.dataset?.pointer === pointer) return;
    if (!event.relatedTarget && this.#pressedDate === pointer) return;
    const touch = () => {
      const next = host.form()?.touch(pointer);
      if (next) host.commit(next);
    };
    // A field removed while focused (its condition stopped holding) blurs in the middle of rendering.
    if (host.rendering()) queueMicrotask(touch);
    else touch();
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    const group = (event.target as Element).closest<HTMLElement>('[data-date-of]');
    this.#pressedDate = group?.dataset.dateOf ?? null;
    if (this.#pressedDate !== null) {
      // Cleared once the press has ended and the label's click has moved the focus.
      addEventListener('pointerup', () => setTimeout(() => (this.#pressedDate = null)), { once: true });
    }
  };

  /** A whole date pasted into one part ("27/03/2007", "27.3.2007", "27 3 2007") fills the three. */
  readonly onPaste = (event: ClipboardEvent): void => {
    const target = event.target as HTMLInputElement;
    if (!target.dataset?.part) return;
    const match = /^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})\s*$/.exec(event.clipboardData?.getData('text') ?? '');
    if (!match) return;
    event.preventDefault();
    const values: Record<string, string> = { day: match[1]!, month: match[2]!, year: match[3]! };
    for (const input of inputsOf(this.#host.root(), target.dataset.pointer!, '[data-part]')) input.value = values[input.dataset.part!] ?? '';
    target.dispatchEvent(new Event('input', { bubbles: true }));
  };

  /** The list buttons (add, remove, move, open a deferred group) and the error summary's links. */
  readonly onClick = (event: Event): void => {
    const host = this.#host;
    const target = (event.target as Element).closest<HTMLElement>('button[data-action], a[data-target]');
    if (!target) return;
    if (target.localName === 'a') {
      event.preventDefault();
      focusField(host.root(), target.dataset.target!);
      return;
    }
    const { pointer, action } = target.dataset as { pointer: string; action: 'add' | 'remove' | 'up' | 'down' | 'open' };
    if (action === 'open') {
      host.apply((form) => form.setValue(pointer, {}));
      void host.rendered().then(() => focusOpened(host.root(), target.dataset.group!));
      return;
    }
    const index = Number(target.dataset.index);
    // Where a moved item goes; for a removal, the index removed (an addition ignores it).
    const destination = action === 'up' ? index - 1 : action === 'down' ? index + 1 : index;
    host.apply((form) => {
      if (action === 'add') return form.addItem(pointer);
      if (action === 'remove') return form.removeItem(pointer, index);
      return form.moveItem(pointer, index, destination);
    });
    void host.rendered().then(() => focusInList(host.root(), pointer, action, destination));
  };
}
