/**
 * The date-time conversion of `./date-time.js` is loaded only by pages whose schema has a date-time or time field
 * (most procedures have none), then registered here. Until then such a field is shown and edited as the text it
 * holds: nothing is converted, so nothing can shift.
 */
import type { ClockKind, ClockReading } from './date-time.js';

export interface Clock {
  readClock(kind: ClockKind, value: unknown): ClockReading | null;
  writeClock(kind: ClockKind, text: string, previous: unknown, showsSeconds: boolean): string | null;
}

/** The clock forms use now: undefined until `registerClock` (an ES module binding, so readers see it change). */
export let registeredClock: Clock | undefined;

/** Makes forms show date-times and times in native controls, in Vietnam time (pass the `date-time` module). */
export function registerClock(clock: Clock): void {
  registeredClock = clock;
}

/** Whether a schema has a date-time or time field, which needs the clock (a false alarm only loads it). */
export function needsClock(schema: unknown): boolean {
  try {
    return /"format":"(?:date-)?time"/.test(JSON.stringify(schema) ?? '');
  } catch {
    return true; // not JSON (a cycle): load it rather than guess
  }
}
