/**
 * The procedure catalogue that `dvc-schema build` writes (`catalog.json`), typed with the x-dvc vocabulary
 * (schemas/README.md), and its facts worded for the page. No DOM here. The model and the fees' wording come
 * from @dvc-kit/procedure.
 */
import type { Catalog, CatalogEntry, DvcProcedure, FeeSummary, Text } from '@dvc-kit/procedure';
import { PAGE_TEXT, type Lang } from './pages/procedure-text.js';

export { feeAmountText, feeNotes, feesSummaryText } from '@dvc-kit/procedure/wording';

/** An x-dvc *text*: Vietnamese, or Vietnamese and English. */
export type DvcText = Text;
export type Procedure = CatalogEntry;
export type Fee = FeeSummary;
type ProcessingTime = DvcProcedure['processingTime'];
type Delivery = DvcProcedure['delivery'];

/** The procedures of the catalogue the CLI writes (typed by the x-dvc vocabulary, which the build checked). */
export function proceduresOf(catalog: Catalog): Procedure[] {
  return catalog.procedures;
}

/** Text in the wanted language, and the language it is actually written in (the Vietnamese when no English exists). */
export interface Localized {
  text: string;
  lang: Lang;
}

export function localize(value: DvcText | undefined, lang: Lang): Localized {
  if (value === undefined) return { text: '', lang };
  if (typeof value === 'string') return { text: value, lang: 'vi' };
  if (lang === 'en' && value.en) return { text: value.en, lang: 'en' };
  return { text: value.vi, lang: 'vi' };
}

export function processingTimeText(time: ProcessingTime | undefined, lang: Lang): string {
  const t = PAGE_TEXT[lang];
  if (!time) return '';
  if (time.value === 0) return time.sameDayCutoff ? t.sameDayCutoff(time.sameDayCutoff) : t.sameDay;
  return t.duration(time.value, time.unit);
}

export function levelText(procedure: Procedure, lang: Lang): string {
  return (procedure.level ?? []).map((level) => PAGE_TEXT[lang].levels[level] ?? level).join(', ');
}

export function deliveryText(delivery: Delivery | undefined, lang: Lang): string {
  return (delivery?.result ?? []).map((method) => PAGE_TEXT[lang].delivery[method] ?? method).join('; ');
}
