/**
 * The letter of apology (form 04: văn bản xin lỗi và hẹn lại ngày trả kết quả) that moves a late dossier's
 * appointment. The new date is kept beside the original `dueAt`, against which lateness is still measured.
 */
import { toInstant } from '@dvc-kit/vn/calendar';
import { CalendarError } from '@dvc-kit/vn/errors';
import type { Apology, Dossier, Instant } from './types.js';
import { isTerminal } from './lifecycle.js';
import { vnDayNumber } from './time.js';

/**
 * The rules of domain brief §3 as commonly implemented (marked unverified there): a portal may relax them.
 * Both default to true.
 */
export interface ApologyRules {
  /** At most one apology per dossier. */
  once?: boolean;
  /** Issued at least one day before the original due day (in Asia/Ho_Chi_Minh). */
  beforeDueDate?: boolean;
}

export const APOLOGY_ERROR_CODES = ['no-due-date', 'finished', 'already-apologized', 'too-late', 'not-later', 'invalid-time', 'no-reason'] as const;
/**
 * The dossier has no due date yet (not received); it is already finished (result ready, or ended); it had its
 * apology; the letter comes on or after the original due day; the new date is not after the original; a time is
 * not an instant with its zone; the reason is empty.
 */
export type ApologyErrorCode = (typeof APOLOGY_ERROR_CODES)[number];

export class ApologyError extends Error {
  readonly code: ApologyErrorCode;
  constructor(code: ApologyErrorCode, message: string) {
    super(message);
    this.name = 'ApologyError';
    this.code = code;
  }
}

/**
 * The dossier with its apology: `revisedDueAt` set beside the original `dueAt`, which does not change.
 *
 * @throws {ApologyError} when the dossier has no due date or is finished, a time is not an instant, the reason is
 * empty, the new date is not after the original, or (unless `rules` relax it) it already had an apology or the
 * letter comes later than the day before the original due day.
 */
export function apologize(dossier: Dossier, apology: Apology & { revisedDueAt: Instant }, rules: ApologyRules = {}): Dossier {
  const { revisedDueAt, ...letter } = apology;
  if (dossier.dueAt === undefined) throw new ApologyError('no-due-date', `Dossier ${dossier.code} has no due date to move: it has not been received.`);
  if (isTerminal(dossier.state) || dossier.state.kind === 'RESULT_READY') {
    throw new ApologyError('finished', `Dossier ${dossier.code} is ${dossier.state.kind}: there is no appointment left to move.`);
  }
  if (typeof letter.reason !== 'string' || letter.reason.trim() === '') throw new ApologyError('no-reason', 'An apology states why the dossier is late.');
  const due = instantOf(dossier.dueAt, 'dueAt');
  const at = instantOf(letter.at, 'at');
  const revised = instantOf(revisedDueAt, 'revisedDueAt');
  if ((rules.once ?? true) && dossier.apology !== undefined) {
    throw new ApologyError('already-apologized', `Dossier ${dossier.code} already had its apology (at ${dossier.apology.at}); only one is allowed.`);
  }
  if ((rules.beforeDueDate ?? true) && vnDayNumber(at) >= vnDayNumber(due)) {
    throw new ApologyError('too-late', `The apology must come at least one day before the original due date ${dossier.dueAt}, got ${letter.at}.`);
  }
  if (revised <= due) throw new ApologyError('not-later', `The new date ${revisedDueAt} must be after the original ${dossier.dueAt}.`);
  return { ...dossier, revisedDueAt, apology: letter };
}

function instantOf(value: unknown, what: string): number {
  try {
    return toInstant(value as string, what);
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    throw new ApologyError('invalid-time', `${what} must be an ISO date-time with its zone, got ${JSON.stringify(value)}.`);
  }
}
