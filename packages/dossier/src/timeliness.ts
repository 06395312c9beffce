/**
 * Is the dossier early, on time or late: against the original due date, in Asia/Ho_Chi_Minh, with the working days
 * left or over counted on `@dvc-kit/vn`'s working-day calendar (domain brief §3 and §4).
 */
import { CIVIL_SERVICE_CALENDAR, onTimeStatus, toInstant, workingDaysBetween } from '@dvc-kit/vn/calendar';
import type { WorkingCalendar } from '@dvc-kit/vn/calendar';
import type { Dossier, Instant, Timeliness } from './types.js';
import { dayText, vnDayNumber } from './time.js';

/** Timeliness against one due date. */
export interface DueMeasure {
  timeliness: Timeliness;
  /** The due day, `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
  dueDay: string;
  /**
   * Working days after today (or the day it finished) up to and including the due day: left while `pending` (0 on
   * the due day itself), ahead when `early`; 0 otherwise.
   */
  workingDaysLeft: number;
  /**
   * Working days after the due day up to and including today (or the day it finished), when `overdue` or `late`;
   * 0 otherwise. It can be 0 while overdue, on the weekend right after a Friday due day.
   */
  workingDaysOver: number;
}

/** The dossier's timeliness, and the same measure against the revised date after an apology. */
export interface TimelinessReport extends DueMeasure {
  /** When processing finished: the time of the first RESULT_READY event (status code 9). */
  finishedAt?: Instant;
  /** Against `revisedDueAt`, to show beside the real timeliness; present after an apology. */
  revised?: DueMeasure;
}

export interface TimelinessOptions {
  /** Now, for an open dossier; default the current time. */
  now?: Date | Instant;
  /** Default the civil-service calendar (one-stop desks), `CIVIL_SERVICE_CALENDAR`. */
  calendar?: WorkingCalendar;
}

/**
 * The dossier's timeliness against its original `dueAt` (an apology never makes a late dossier on time: the revised
 * date is measured separately, in `revised`). Undefined when there is nothing to measure: no due date yet (not
 * received), or the dossier ended without a result (refused, withdrawn, stopped).
 *
 * @throws {CalendarError} (from `@dvc-kit/vn`) when a date is not an instant with its zone.
 */
export function timelinessOf(dossier: Dossier, options: TimelinessOptions = {}): TimelinessReport | undefined {
  if (dossier.dueAt === undefined) return undefined;
  const finishedAt = dossier.events.find((event) => event.state.kind === 'RESULT_READY')?.at;
  if (finishedAt === undefined && ['REFUSED', 'WITHDRAWN', 'STOPPED'].includes(dossier.state.kind)) return undefined;
  const now = options.now ?? new Date();
  const calendar = options.calendar ?? CIVIL_SERVICE_CALENDAR;
  const report: TimelinessReport = measure(dossier.dueAt, finishedAt, now, calendar);
  if (finishedAt !== undefined) report.finishedAt = finishedAt;
  if (dossier.revisedDueAt !== undefined) report.revised = measure(dossier.revisedDueAt, finishedAt, now, calendar);
  return report;
}

/** Timeliness of `dueAt` for a dossier finished at `finishedAt`, or still open at `now`. */
export function measure(dueAt: Instant, finishedAt: Instant | undefined, now: Date | Instant, calendar: WorkingCalendar = CIVIL_SERVICE_CALENDAR): DueMeasure {
  const timeliness = onTimeStatus(dueAt, finishedAt, now);
  const reference = finishedAt ?? now;
  const ahead = timeliness === 'pending' || timeliness === 'early';
  const behind = timeliness === 'overdue' || timeliness === 'late';
  return {
    timeliness,
    dueDay: dayText(vnDayNumber(toInstant(dueAt, 'dueAt'))),
    workingDaysLeft: ahead ? workingDaysBetween(reference, dueAt, calendar) : 0,
    workingDaysOver: behind ? workingDaysBetween(dueAt, reference, calendar) : 0,
  };
}
