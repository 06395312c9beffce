/** Instants as the server writes them: ISO 8601 in Vietnam time (+07:00), which every reader of the contract takes. */
const VN_OFFSET_MS = 7 * 3_600_000;

/** `2026-12-06T09:30:00+07:00` for a moment. */
export function vnInstant(ms: number): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + VN_OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}

/** `YYMMDD` of the day in Vietnam, as dossier codes carry it. */
export function vnDayCode(ms: number): string {
  const local = new Date(ms + VN_OFFSET_MS).toISOString();
  return local.slice(2, 4) + local.slice(5, 7) + local.slice(8, 10);
}

/** `YYYY-MM` of the month in Vietnam. */
export function vnMonth(ms: number): string {
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 7);
}

/** The first instant of a `YYYY-MM` month in Vietnam, in ms. */
export function vnMonthStart(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return Date.UTC(year, monthNumber - 1, 1) - VN_OFFSET_MS;
}
