/**
 * Search and filters of the procedure list, DOM-free. Matching folds case and diacritics (`foldVietnamese`: "đ" is
 * "d"), so "dang ky khai sinh" finds "Đăng ký khai sinh"; each word typed must appear in the procedure's name (either
 * language), code, sector or agency, in any order. The folded text of each procedure is made once per catalogue.
 */
import { foldVietnamese } from '@dvc-kit/vn/text';
import { LEVELS, ONLINE_SERVICES, localizedText, type FeeLang, type Level, type OnlineService, type LocalizedText } from '@dvc-kit/procedure/wording';
import type { ListedProcedure } from './read-catalog.js';

/** What the citizen (or the page, from its URL) asked for; an empty string is "any". */
export interface ProcedureFilters {
  query: string;
  /** A sector's name, Vietnamese or English (case and diacritics do not matter). */
  sector: string;
  /** A level: COMMUNE, PROVINCE, MINISTRY, OTHER (any case). */
  level: string;
  /** FULL or PARTIAL (any case). */
  onlineService: string;
}

/** Characters of a query that are matched: what is typed beyond stays in the box, and is not searched. */
export const QUERY_LIMIT = 200;

/** A procedure with its text folded for matching. */
export interface IndexedProcedure {
  readonly entry: ListedProcedure;
  /** The folded names, each on its line: a phrase found here ranks first. */
  readonly names: string;
  /** Every searched text folded, one per line (so that a word never spans two facts). */
  readonly haystack: string;
  readonly code: string;
  /** The folded sector names (Vietnamese and English). */
  readonly sectors: readonly string[];
}

const fold = (text: string): string => foldVietnamese(text);

const textsOf = (value: ListedProcedure['name'] | undefined): string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : value.en ? [value.vi, value.en] : [value.vi];

export function indexProcedures(entries: readonly ListedProcedure[]): IndexedProcedure[] {
  return entries.map((entry) => {
    const names = textsOf(entry.name).map(fold).join('\n');
    const sectors = textsOf(entry.sector).map(fold);
    const code = fold(entry.code);
    return { entry, names, code, sectors, haystack: [names, code, ...sectors, ...textsOf(entry.agency).map(fold)].join('\n') };
  });
}

/** The level named (any case), or null. */
export function toLevel(value: string): Level | null {
  const upper = value.trim().toUpperCase();
  return (LEVELS as readonly string[]).includes(upper) ? (upper as Level) : null;
}

/** The online service type named (any case), or null. */
export function toOnlineService(value: string): OnlineService | null {
  const upper = value.trim().toUpperCase();
  return (ONLINE_SERVICES as readonly string[]).includes(upper) ? (upper as OnlineService) : null;
}

/** The folded words of a query (at most `QUERY_LIMIT` characters of it). */
export function queryWords(query: string): string[] {
  const folded = fold(query.slice(0, QUERY_LIMIT));
  return folded ? folded.split(' ') : [];
}

/** Whether any filter or a query is set. */
export function isFiltered(filters: ProcedureFilters): boolean {
  return [filters.query, filters.sector, filters.level, filters.onlineService].some((value) => value.trim() !== '');
}

/**
 * The procedures that match, best first: the code typed exactly, then a name containing the words as typed (one
 * phrase), then the rest in catalogue order. A filter whose value is unknown (a level that does not exist) matches
 * nothing, so that a wrong URL shows "no result" rather than everything.
 */
export function filterProcedures(index: readonly IndexedProcedure[], filters: ProcedureFilters): ListedProcedure[] {
  const words = queryWords(filters.query);
  const phrase = words.join(' ');
  const sector = filters.sector.trim() ? fold(filters.sector) : '';
  const levelAsked = filters.level.trim();
  const level = levelAsked ? toLevel(levelAsked) : null;
  const onlineAsked = filters.onlineService.trim();
  const online = onlineAsked ? toOnlineService(onlineAsked) : null;
  if ((levelAsked && !level) || (onlineAsked && !online)) return [];
  const ranked: { entry: ListedProcedure; rank: number }[] = [];
  for (const item of index) {
    const { entry } = item;
    if (sector && !item.sectors.includes(sector)) continue;
    if (level && !entry.level?.includes(level)) continue;
    if (online && entry.onlineService !== online) continue;
    if (!words.every((word) => item.haystack.includes(word))) continue;
    const rank = !phrase ? 2 : item.code === phrase ? 0 : item.names.includes(phrase) ? 1 : 2;
    ranked.push({ entry, rank });
  }
  // Array.prototype.sort is stable: equal ranks keep the catalogue's order.
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.entry);
}

/** One choice of the sector filter: its value (the Vietnamese name) and its label in the list's language. */
export interface SectorOption {
  value: string;
  label: LocalizedText;
}

/** The sectors of the catalogue, each once (by its folded Vietnamese name), in alphabetical order of the label. */
export function sectorOptions(entries: readonly ListedProcedure[], lang: FeeLang): SectorOption[] {
  const byKey = new Map<string, SectorOption>();
  for (const entry of entries) {
    if (entry.sector === undefined) continue;
    const vi = typeof entry.sector === 'string' ? entry.sector : entry.sector.vi;
    const key = fold(vi);
    if (!byKey.has(key)) byKey.set(key, { value: vi, label: localizedText(entry.sector, lang) });
  }
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en');
  return [...byKey.values()].sort((a, b) => collator.compare(a.label.text, b.label.text));
}

/** The levels the catalogue has, in the order of `LEVELS` (commune first). */
export function levelOptions(entries: readonly ListedProcedure[]): Level[] {
  const present = new Set(entries.flatMap((entry) => entry.level ?? []));
  return LEVELS.filter((level) => present.has(level));
}

/** The online service types the catalogue has (full first). */
export function onlineServiceOptions(entries: readonly ListedProcedure[]): OnlineService[] {
  const present = new Set(entries.map((entry) => entry.onlineService));
  return ONLINE_SERVICES.filter((service) => present.has(service));
}

/**
 * The sector a filter names, as the value of its option (the Vietnamese name), matched folded against either
 * language; null when no procedure has it (the select then shows the value as a choice of its own).
 */
export function sectorOptionValue(entries: readonly ListedProcedure[], sector: string): string | null {
  const key = fold(sector);
  if (!key) return null;
  for (const entry of entries) {
    if (entry.sector !== undefined && textsOf(entry.sector).some((text) => fold(text) === key)) {
      return typeof entry.sector === 'string' ? entry.sector : entry.sector.vi;
    }
  }
  return null;
}
