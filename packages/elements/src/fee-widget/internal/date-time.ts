/** A moment as Vietnamese papers write it, in Vietnam's time zone: `05/12/2026 14:05`. */
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `dd/mm/yyyy hh:mm` in Asia/Ho_Chi_Minh, or undefined for anything that is not a valid date-time. */
export function formatDateTime(instant: string | undefined): string | undefined {
  if (typeof instant !== 'string' || instant === '') return undefined;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return undefined;
  const part = Object.fromEntries(PARTS.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}
