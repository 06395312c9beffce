/**
 * What an officer may do to a dossier, and the request each action form sends. Which actions a state allows is
 * `allowedOfficerActions` of `@dvc-kit/dossier`, the table the server applies, so the console never offers what the
 * server would refuse for the state alone; this module adds the officer's clock (the apology's day rule) and reads
 * the forms. DOM-free: the forms hand their values in as strings and files.
 */
import { allowedOfficerActions, type OfficerAction } from '@dvc-kit/dossier';
import type { Dossier, Instant, Outcome } from '@dvc-kit/dossier/types';
import { handOffTargets } from './province.js';
import type { ConsoleText } from './text.js';
import { formatDate, instantOnDay, nextDay, parseDayInput, vietnamDay } from './time.js';

/** The officer API's `action` values (`POST /api/officer/dossiers/:code/actions`). */
export type ConsoleAction = OfficerAction;

/** The actions the console offers for the dossier in its current state, in the order the forms appear. */
export function allowedActions(dossier: Dossier, now: Date = new Date()): ConsoleAction[] {
  return allowedOfficerActions(dossier, now);
}

// ------------------------------------------------------------------ form → request

/** A field the officer must correct: the JSON Pointer of its value in the request (also the control's name). */
export interface FieldError {
  pointer: string;
  message: string;
}

/** What a form control holds: text, or a file (an empty file input gives a nameless, empty file). */
export type FormValue = string | Blob;
export type FormValues = ReadonlyMap<string, FormValue>;

/** The body of `POST /api/officer/dossiers/:code/actions`. */
export interface ActionRequest {
  action: ConsoleAction;
  expectedVersion: number;
  [field: string]: unknown;
}

export interface ActionContext {
  dossier: Dossier;
  /** The record's version as read: the server refuses the action when it changed meanwhile. */
  expectedVersion: number;
  /** The officer's agency (not a hand-off target). */
  agencyId?: string;
  now: Date;
  text: ConsoleText;
}

export type ActionDraft =
  | { ok: true; request: ActionRequest; /** Uploaded first (`POST /api/officer/results`); its id goes in `resultAttachmentId`. */ resultFile?: Blob }
  | { ok: false; errors: FieldError[] };

/** The control names (JSON Pointers) of the forms. */
export const FIELD = {
  reason: '/reason',
  deadline: '/deadline',
  agencyId: '/agencyId',
  step: '/step',
  amount: '/amount',
  outcome: '/outcome',
  documentNumber: '/documentNumber',
  resultFile: '/resultAttachmentId',
  revisedDueAt: '/revisedDueAt',
  itemName: (index: number) => `/items/${index}/name`,
  itemNote: (index: number) => `/items/${index}/note`,
} as const;

function textOf(values: FormValues, name: string): string {
  const value = values.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

function fileOf(values: FormValues, name: string): Blob | undefined {
  const value = values.get(name);
  return typeof value === 'object' && value !== null && value.size > 0 ? value : undefined;
}

/**
 * Whole VND as an officer types it: `1234000`, `1.234.000` or `1 234 000`, with or without `₫`/`đ`/`VND`.
 * Undefined for anything else (a decimal comma, a negative, zero, a sum past 2^53).
 */
export function parseAmount(input: string): number | undefined {
  const compact = input.replace(/\s+/g, '').replace(/(₫|đ|VNĐ|VND)$/i, '');
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(compact)) return undefined;
  const amount = Number(compact.replaceAll('.', ''));
  return Number.isSafeInteger(amount) && amount > 0 ? amount : undefined;
}

/** The supplement items as entered: every row with a name or a note (a row with a note needs its name). */
function readItems(values: FormValues, text: ConsoleText, errors: FieldError[]): { name: string; note?: string }[] {
  const indexes = new Set<number>();
  for (const key of values.keys()) {
    const match = /^\/items\/(\d{1,3})\/(name|note)$/.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  const items: { name: string; note?: string }[] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const name = textOf(values, FIELD.itemName(index));
    const note = textOf(values, FIELD.itemNote(index));
    if (name === '' && note === '') continue;
    if (name === '') errors.push({ pointer: FIELD.itemName(index), message: text.missing(text.itemName(index + 1)) });
    items.push(note === '' ? { name } : { name, note });
  }
  if (items.length === 0) errors.push({ pointer: FIELD.itemName(0), message: text.missing(text.itemName(1)) });
  return items;
}

function requireReason(values: FormValues, label: string, text: ConsoleText, errors: FieldError[]): string {
  const reason = textOf(values, FIELD.reason);
  if (reason === '') errors.push({ pointer: FIELD.reason, message: text.missing(label) });
  return reason;
}

/**
 * The request an action form makes, or what to correct first. Checks what the officer can fix in the form (required
 * fields, an amount, dates against today and the original due date); the lifecycle rules stay the server's.
 */
export function readActionForm(action: ConsoleAction, values: FormValues, context: ActionContext): ActionDraft {
  const { text, dossier } = context;
  const errors: FieldError[] = [];
  const request: ActionRequest = { action, expectedVersion: context.expectedVersion };
  let resultFile: Blob | undefined;

  switch (action) {
    case 'accept':
    case 'supplement-received':
    case 'return':
      break;
    case 'refuse':
    case 'stop':
      request.reason = requireReason(values, text.reasons[action], text, errors);
      break;
    case 'request-supplement': {
      request.reason = requireReason(values, text.reasons[action], text, errors);
      request.items = readItems(values, text, errors);
      const typed = textOf(values, FIELD.deadline);
      if (typed !== '') {
        const deadline = parseDayInput(typed);
        const instant = deadline === undefined ? undefined : instantOnDay(deadline, undefined, '23:59:59');
        if (deadline === undefined || instant === undefined) errors.push({ pointer: FIELD.deadline, message: text.badDate });
        else if (deadline < (vietnamDay(context.now) ?? '')) errors.push({ pointer: FIELD.deadline, message: text.dateInPast });
        else request.deadline = instant;
      }
      break;
    }
    case 'hand-off': {
      const agencyId = textOf(values, FIELD.agencyId);
      if (!handOffTargets(context.agencyId).some((agency) => agency.id === agencyId)) {
        errors.push({ pointer: FIELD.agencyId, message: text.chooseMissing(text.targetAgency) });
      } else request.agencyId = agencyId;
      const step = textOf(values, FIELD.step);
      if (step !== '') request.step = step;
      break;
    }
    case 'request-payment': {
      const typed = textOf(values, FIELD.amount);
      const amount = parseAmount(typed);
      if (typed === '') errors.push({ pointer: FIELD.amount, message: text.missing(text.amount) });
      else if (amount === undefined) errors.push({ pointer: FIELD.amount, message: text.badAmount });
      else request.amount = amount;
      request.reason = requireReason(values, text.reasons[action], text, errors);
      break;
    }
    case 'record-result': {
      const outcome = textOf(values, FIELD.outcome) as Outcome;
      if (outcome !== 'GRANTED' && outcome !== 'REJECTED') errors.push({ pointer: FIELD.outcome, message: text.chooseMissing(text.outcome) });
      else request.outcome = outcome;
      const reason = textOf(values, FIELD.reason);
      if (outcome === 'REJECTED' && reason === '') errors.push({ pointer: FIELD.reason, message: text.missing(text.rejectReason) });
      if (reason !== '') request.reason = reason;
      const documentNumber = textOf(values, FIELD.documentNumber);
      if (documentNumber !== '') request.documentNumber = documentNumber;
      resultFile = fileOf(values, FIELD.resultFile);
      if (resultFile === undefined && outcome === 'GRANTED' && resultFileRequired(dossier)) errors.push({ pointer: FIELD.resultFile, message: text.fileMissing });
      break;
    }
    case 'apologize': {
      request.reason = requireReason(values, text.apologyReasonLabel, text, errors);
      const typed = textOf(values, FIELD.revisedDueAt);
      const day = parseDayInput(typed);
      const original = dossier.dueAt;
      const revisedDueAt = day === undefined ? undefined : instantOnDay(day, original);
      if (typed === '') errors.push({ pointer: FIELD.revisedDueAt, message: text.missing(text.revisedDate) });
      else if (day === undefined || revisedDueAt === undefined) errors.push({ pointer: FIELD.revisedDueAt, message: text.badDate });
      else if (original !== undefined && day < earliestRevisedDay(original)) {
        errors.push({ pointer: FIELD.revisedDueAt, message: text.dateNotLater(formatDate(original)) });
      } else request.revisedDueAt = revisedDueAt;
      break;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return resultFile === undefined ? { ok: true, request } : { ok: true, request, resultFile };
}

/** A granted online result needs its file: the citizen downloads it (domain brief §7). A rejection may come without one. */
export function resultFileRequired(dossier: Dossier): boolean {
  return dossier.delivery.method === 'ONLINE';
}

/** The first day a new appointment may fall on: the day after the original due day (Vietnam). */
export function earliestRevisedDay(dueAt: Instant): string {
  const day = vietnamDay(dueAt);
  return day === undefined ? '' : nextDay(day);
}
