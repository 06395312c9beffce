/**
 * Times as Vietnamese papers write them, in Vietnam's time zone (UTC+7, no daylight saving), whatever the browser's:
 * `dd/mm/yyyy HH:mm` for people, and the machine-readable form for `<time datetime>`. DOM-free; one formatter for
 * the elements, the demo site and its officer console.
 */

const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const VIETNAM_OFFSET = '+07:00';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

type VietnamTime = { year: string; month: string; day: string; hour: string; minute: string };

/** The wall-clock parts of an instant in Vietnam (UTC+7, no daylight saving), or null for a value that is no time. */
function vietnamTime(value: string): VietnamTime | null {
  // A bare date (yyyy-mm-dd) is a civil date: it is that day in Vietnam, whatever the browser's zone.
  const civil = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (civil) {
    const [, year, month, day] = civil as unknown as [string, string, string, string];
    // Not 31/02: the day must survive a round trip (Date rolls it over to March).
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return null;
    return { year, month, day, hour: '00', minute: '00' };
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const parts: Record<string, string> = {};
  for (const part of dateTimeParts.formatToParts(ms)) parts[part.type] = part.value;
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** `15/01/2024 08:30` in Vietnam time, or undefined when the value is not a time. */
export function vietnamDateTime(value: string | undefined): string | undefined {
  const t = typeof value === 'string' ? vietnamTime(value) : null;
  return t ? `${t.day}/${t.month}/${t.year} ${t.hour}:${t.minute}` : undefined;
}

/** `15/01/2024 08:30` in Vietnam time; the value itself when it is not a time (shown as the server sent it). */
export function formatDateTimeVN(value: string): string {
  return vietnamDateTime(value) ?? value;
}

/** `15/01/2024` (the day in Vietnam); the value itself when it is not a date. */
export function formatDateVN(value: string): string {
  const t = vietnamTime(value);
  return t ? `${t.day}/${t.month}/${t.year}` : value;
}

/**
 * The machine-readable form for `<time datetime>`: `2024-01-15T08:30+07:00` for an instant, `2024-01-15` for a
 * date; undefined (no attribute) when the value is not a time.
 */
export function machineDateTime(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return vietnamTime(value) ? value : undefined;
  const t = vietnamTime(value);
  return t ? `${t.year}-${t.month}-${t.day}T${t.hour}:${t.minute}${VIETNAM_OFFSET}` : undefined;
}

/** The machine-readable day of a date or instant (`2024-01-15`, in Vietnam), for a due date's `<time>`. */
export function machineDate(value: string): string | undefined {
  const t = vietnamTime(value);
  return t ? `${t.year}-${t.month}-${t.day}` : undefined;
}
