/**
 * One real `<form>` per action the dossier's state allows, each with its labelled fields and a submit button named
 * by the action ("Tiếp nhận", "Yêu cầu bổ sung", …). Submitting checks the fields here first (`readActionForm`),
 * uploads an electronic result file when there is one, then sends the action with the version the view read; the
 * server's 400 and 409 land in the form's error summary, which takes focus.
 */
import { FIELD, readActionForm, resultFileRequired, type ActionContext, type ConsoleAction, type FieldError } from './actions.js';
import { ApiError, type OfficerApi } from './api.js';
import { h } from './dom.js';
import { errorSummarySlot, field, radioGroup, showErrors } from './form-kit.js';
import { handOffTargets } from './province.js';
import type { ConsoleLang, ConsoleText } from './text.js';
import { formatDate } from './time.js';

export interface ActionFormOptions {
  api: OfficerApi;
  text: ConsoleText;
  lang: ConsoleLang;
  context: Omit<ActionContext, 'text' | 'now'>;
  now(): Date;
  /** The action went through. */
  onDone(action: ConsoleAction, request: Record<string, unknown>): void;
  /** The dossier changed since it was read (409 version-conflict): reload it. */
  onConflict(): void;
  /** The session ended (401). */
  onUnauthorized(): void;
  /** Words for a failure that is not the server's own message (network, 5xx without a body). */
  describeError(error: unknown): string;
}

function textArea(): HTMLTextAreaElement {
  return h('textarea', { rows: '3' });
}

function reasonField(text: ConsoleText, label: string, required = true, hint?: string): HTMLElement {
  return field({ label, pointer: FIELD.reason, required, text, control: textArea(), ...(hint ? { hint } : {}) }).wrapper;
}

/** One supplement item: its name and its note, in a fieldset of its own. */
function itemFieldset(text: ConsoleText, index: number, onRemove?: () => void): HTMLFieldSetElement {
  const name = field({ label: text.itemName(index + 1), pointer: FIELD.itemName(index), required: true, text });
  const note = field({ label: text.itemNote(index + 1), pointer: FIELD.itemNote(index), text, control: textArea() });
  const fieldset = h('fieldset', { class: 'item' }, h('legend', {}, text.item(index + 1)), name.wrapper, note.wrapper);
  if (onRemove) {
    const remove = h('button', { type: 'button', class: 'button button--link' }, text.removeItem(index + 1));
    remove.addEventListener('click', onRemove);
    fieldset.append(remove);
  }
  return fieldset;
}

/** The supplement items, one fieldset each, with a button to add another. */
function itemsEditor(text: ConsoleText): HTMLElement {
  const list = h('div', { class: 'items' });
  let count = 0;
  const renumber = (focusIndex?: number) => {
    // Rebuild with the values kept, so names, labels and pointers stay 1, 2, 3… after a removal.
    const values = [...list.querySelectorAll('fieldset.item')].map((fieldset) =>
      [...fieldset.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((control) => control.value),
    );
    list.replaceChildren();
    count = 0;
    for (const [name = '', note = ''] of values) add(name, note);
    if (focusIndex !== undefined) list.querySelectorAll<HTMLInputElement>('fieldset.item input')[Math.min(focusIndex, count - 1)]?.focus();
  };
  const add = (name = '', note = '') => {
    const index = count++;
    const fieldset = itemFieldset(text, index, index === 0 ? undefined : () => {
      fieldset.remove();
      renumber(index - 1);
    });
    const [nameControl, noteControl] = fieldset.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
    if (nameControl) nameControl.value = name;
    if (noteControl) noteControl.value = note;
    list.append(fieldset);
    return fieldset;
  };
  add();
  const more = h('button', { type: 'button', class: 'button button--secondary' }, text.addItem);
  more.addEventListener('click', () => add().querySelector('input')?.focus());
  return h('div', { class: 'items-editor' }, list, more);
}

/** The fields of each action's form. */
function fieldsOf(action: ConsoleAction, options: ActionFormOptions): HTMLElement[] {
  const { text, lang, context } = options;
  switch (action) {
    case 'accept':
    case 'supplement-received':
    case 'return':
      return [];
    case 'refuse':
    case 'stop':
      return [reasonField(text, text.reasons[action])];
    case 'request-supplement':
      return [
        reasonField(text, text.reasons[action]),
        itemsEditor(text),
        field({ label: text.deadline, pointer: FIELD.deadline, hint: text.deadlineHint, text, autocomplete: 'off' }).wrapper,
      ];
    case 'hand-off': {
      const select = h(
        'select',
        {},
        h('option', { value: '' }, text.chooseAgency),
        handOffTargets(context.agencyId).map((agency) => h('option', { value: agency.id }, lang === 'en' ? agency.en : agency.vi)),
      );
      return [
        field({ label: text.targetAgency, pointer: FIELD.agencyId, required: true, text, control: select }).wrapper,
        field({ label: text.stepName, pointer: FIELD.step, hint: text.stepHint, text }).wrapper,
      ];
    }
    case 'request-payment': {
      const amount = field({ label: text.amount, pointer: FIELD.amount, hint: text.amountHint, required: true, text, autocomplete: 'off' });
      amount.control.setAttribute('inputmode', 'numeric');
      return [amount.wrapper, reasonField(text, text.reasons[action])];
    }
    case 'record-result': {
      const file = h('input', { type: 'file', accept: 'application/pdf,image/jpeg,image/png' });
      const required = resultFileRequired(context.dossier);
      return [
        radioGroup({
          label: text.outcome,
          pointer: FIELD.outcome,
          required: true,
          text,
          choices: (['GRANTED', 'REJECTED'] as const).map((value) => ({ value, label: text.outcomes[value] })),
        }),
        field({ label: text.rejectReason, pointer: FIELD.reason, hint: text.rejectReasonHint, conditional: true, text, control: textArea() }).wrapper,
        field({ label: text.documentNumber, pointer: FIELD.documentNumber, hint: text.documentNumberHint, text }).wrapper,
        // Required only for a granted online result, as its hint says.
        field({ label: text.resultFile, pointer: FIELD.resultFile, hint: required ? text.resultFileHintOnline : text.resultFileHint, conditional: required, text, control: file }).wrapper,
      ];
    }
    case 'apologize': {
      const due = context.dossier.dueAt;
      const date = field({
        label: text.revisedDate,
        pointer: FIELD.revisedDueAt,
        required: true,
        text,
        autocomplete: 'off',
        ...(due ? { hint: text.revisedDateHint(formatDate(due)) } : {}),
      });
      return [reasonField(text, text.apologyReasonLabel), date.wrapper];
    }
  }
}

/** Every entry of the form, files included, by control name. */
function valuesOf(form: HTMLFormElement): Map<string, string | Blob> {
  const values = new Map<string, string | Blob>();
  for (const [name, value] of new FormData(form)) values.set(name, value);
  return values;
}

/** The server's answer as summary lines: its per-field errors, else its message in the page's language. */
function serverErrors(error: ApiError, options: ActionFormOptions, filePointer?: string): FieldError[] {
  if (error.errors.length > 0) return error.errors.map((entry) => ({ pointer: entry.pointer, message: entry.message }));
  const message = error.fromServer ? (options.lang === 'en' && error.messageEn ? error.messageEn : error.message) : options.describeError(error);
  return [{ pointer: filePointer ?? '', message }];
}

/** The section of one action: its heading, what it does, and its form. */
export function renderActionForm(action: ConsoleAction, options: ActionFormOptions): HTMLElement {
  const { text } = options;
  const headingId = `action-${action}`;
  const submit = h('button', { type: 'submit', class: action === 'refuse' || action === 'stop' ? 'button button--warning' : 'button' }, text.actions[action]);
  const form = h('form', { class: 'console-form action-form', novalidate: true, 'aria-labelledby': headingId }, errorSummarySlot(), ...fieldsOf(action, options), submit);

  const busy = (label?: string) => {
    submit.disabled = label !== undefined;
    submit.textContent = label ?? text.actions[action];
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    const draft = readActionForm(action, valuesOf(form), { ...options.context, text, now: options.now() });
    if (!draft.ok) return showErrors(form, draft.errors, text);
    const request = { ...draft.request };
    let stage: 'upload' | 'action' = 'action';
    try {
      if (draft.resultFile) {
        stage = 'upload';
        busy(text.uploadingResult);
        const name = draft.resultFile instanceof File ? draft.resultFile.name : 'ket-qua.pdf';
        request.resultAttachmentId = await options.api.uploadResult(draft.resultFile, name);
        stage = 'action';
      }
      busy(text.working);
      await options.api.act(options.context.dossier.code, request);
      options.onDone(action, request);
    } catch (error) {
      busy();
      if (error instanceof ApiError && error.status === 401) return options.onUnauthorized();
      if (error instanceof ApiError && error.code === 'version-conflict') return options.onConflict();
      const errors = error instanceof ApiError ? serverErrors(error, options, stage === 'upload' ? FIELD.resultFile : undefined) : [{ pointer: '', message: options.describeError(error) }];
      showErrors(form, errors, text);
    }
  });

  return h(
    'section',
    { class: `action action--${action}`, 'aria-labelledby': headingId },
    h('h4', { id: headingId }, text.actions[action]),
    h('p', { class: 'action-hint' }, text.actionHints[action]),
    form,
  );
}
