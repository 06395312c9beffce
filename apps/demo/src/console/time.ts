/**
 * Times as the console shows them, in Vietnam (UTC+7 all year, no daylight saving) whatever the officer's browser
 * says: `dd/mm/yyyy HH:mm` for people, `YYYY-MM-DD` for date inputs, and the due date with the working days left.
 * DOM-free.
 */
import { timelinessOf } from '@dvc-kit/dossier/timeliness';
import type { Dossier, DossierEvent, DossierState, Instant } from '@dvc-kit/dossier/types';
import { formatDateTimeVN as formatDateTime, formatDateVN as formatDate } from '@dvc-kit/vn/time';
import type { ConsoleText } from './text.js';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** `2026-12-06T09:05` as Vietnam's wall clock reads the instant, or undefined for a value that is no time. */
function vietnamClock(value: Instant | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}

/** The day in Vietnam, `YYYY-MM-DD` (what a date input holds), or undefined. */
export function vietnamDay(value: Instant | Date | undefined): string | undefined {
  return vietnamClock(value instanceof Date ? value.toISOString() : value)?.slice(0, 10);
}

/** `06/12/2026 09:05` in Vietnam time and `06/12/2026`, the day in Vietnam; the value as it came when it is not a time. */
export { formatDateTime, formatDate };

/** `<time datetime>`'s machine form: the instant as sent, when it is one. */
export function machineTime(value: Instant): string | undefined {
  return vietnamClock(value) ? value : undefined;
}

/**
 * The instant on `day` (`YYYY-MM-DD`) in Vietnam at the wall-clock time of `timeOf` (so a new appointment keeps the
 * original's hour), or at `fallbackTime` (`HH:mm:ss`). Undefined when `day` is not a real date.
 */
export function instantOnDay(day: string, timeOf?: Instant, fallbackTime = '17:00:00'): Instant | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [, year, month, date] = match as unknown as [string, string, string, string];
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(date)));
  if (check.getUTCFullYear() !== Number(year) || check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(date)) return undefined;
  const clock = vietnamClock(timeOf);
  const time = clock ? `${clock.slice(11, 16)}:00` : fallbackTime;
  return `${day}T${time}+07:00`;
}

/**
 * A day as an officer types it, `dd/mm/yyyy` (or `d/m/yyyy`, or the ISO `yyyy-mm-dd` a date picker gives), as
 * `YYYY-MM-DD`; undefined when it is not a real date.
 */
export function parseDayInput(input: string): string | undefined {
  const trimmed = input.trim();
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [year, month, day] = vietnamese ? [vietnamese[3], vietnamese[2], vietnamese[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return undefined;
  const text = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return instantOnDay(text) === undefined ? undefined : text;
}

/** The day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export interface DueSummary {
  /** The due day, dd/mm/yyyy, or the "no due date" words. */
  date: string;
  /** Working days left, overdue, or how it finished; empty when there is nothing to measure. */
  status: string;
  overdue: boolean;
  /** The rescheduled day after an apology, in words. */
  revised?: string;
}

/** What the due date is measured on: a dossier, or a queue row (which may come without its history). */
export interface DueSubject {
  state: Pick<DossierState, 'kind'>;
  dueAt?: Instant;
  revisedDueAt?: Instant;
  /** The history, to know when a finished dossier finished; a row without it shows a finished one's date alone. */
  events?: readonly DossierEvent[];
}

/**
 * The due date of a dossier with its timeliness (domain brief §3): working days left, "quá hạn", or how it finished,
 * always against the original `dueAt`; before receipt, the expected date when the server sent one.
 */
export function dueSummary(subject: DueSubject, now: Date | Instant, text: ConsoleText, expectedDueAt?: Instant): DueSummary {
  const due = subject.dueAt ?? expectedDueAt;
  if (due === undefined) return { date: text.noDueDate, status: '', overdue: false };
  const summary: DueSummary = { date: formatDate(due), status: '', overdue: false };
  if (subject.revisedDueAt !== undefined) summary.revised = text.revisedDue(formatDate(subject.revisedDueAt));
  const finished = ['RESULT_READY', 'RETURNED'].includes(subject.state.kind);
  if (subject.events === undefined && finished) return summary;
  let report;
  try {
    report = timelinessOf({ state: subject.state, events: subject.events ?? [], dueAt: due, ...(subject.revisedDueAt ? { revisedDueAt: subject.revisedDueAt } : {}) } as Dossier, { now });
  } catch {
    return summary; // a due date that is no time: shown as it came, unmeasured
  }
  if (!report) return summary;
  switch (report.timeliness) {
    case 'pending':
      summary.status = text.daysLeft(report.workingDaysLeft);
      break;
    case 'overdue':
      summary.overdue = true;
      summary.status = report.workingDaysOver > 0 ? text.overdueDays(report.workingDaysOver) : text.overdue;
      break;
    case 'early':
      summary.status = text.finishedEarly;
      break;
    case 'on-time':
      summary.status = text.finishedOnTime;
      break;
    case 'late':
      summary.status = text.finishedLate;
      break;
  }
  return summary;
}
