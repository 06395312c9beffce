/**
 * A catalogue entry's facts in words, Vietnamese first: its level ("Cấp xã"), online service ("Toàn trình"),
 * processing time ("5 ngày làm việc"), how the result comes back, and a bilingual text in the wanted language.
 * Shared by the portal's pages and `<dvc-procedure-list>`, so that both say the same thing. No DOM.
 */
import type { DvcProcedure, Text } from './vocabulary-types.js';
import type { FeeLang } from './fee-wording.js';

export type Level = DvcProcedure['level'][number];
export type OnlineService = DvcProcedure['onlineService'];
export type ProcessingTimeFact = DvcProcedure['processingTime'];
export type ResultDelivery = DvcProcedure['delivery']['result'][number];
type TimeUnit = ProcessingTimeFact['unit'];

/** The levels in the order a list shows them: from the commune up, then other agencies. */
export const LEVELS = ['COMMUNE', 'PROVINCE', 'MINISTRY', 'OTHER'] as const satisfies readonly Level[];
export const ONLINE_SERVICES = ['FULL', 'PARTIAL'] as const satisfies readonly OnlineService[];
export const RESULT_DELIVERIES = ['ONLINE', 'IN_PERSON', 'POST'] as const satisfies readonly ResultDelivery[];

const vi = {
  levels: { COMMUNE: 'Cấp xã', PROVINCE: 'Cấp tỉnh', MINISTRY: 'Cấp bộ', OTHER: 'Cơ quan khác' } satisfies Record<Level, string>,
  onlineService: { FULL: 'Toàn trình', PARTIAL: 'Một phần' } satisfies Record<OnlineService, string>,
  delivery: {
    ONLINE: 'Trực tuyến',
    IN_PERSON: 'Trực tiếp tại cơ quan',
    POST: 'Qua dịch vụ bưu chính công ích',
  } satisfies Record<ResultDelivery, string>,
  sameDay: 'Trong ngày',
  sameDayCutoff: (time: string) => `Trong ngày (tiếp nhận trước ${time})`,
  duration: (value: number, unit: TimeUnit) => `${value} ${unit === 'WORKING_DAY' ? 'ngày làm việc' : unit === 'HOUR' ? 'giờ' : 'ngày'}`,
};

/** The words of a catalogue entry's facts, per language. */
export type CatalogText = typeof vi;

const en = {
  levels: { COMMUNE: 'Commune', PROVINCE: 'Province', MINISTRY: 'Ministry', OTHER: 'Other agency' },
  onlineService: { FULL: 'Fully online', PARTIAL: 'Partly online' },
  delivery: { ONLINE: 'Online', IN_PERSON: 'In person at the agency', POST: 'By public postal service' },
  sameDay: 'The same day',
  sameDayCutoff: (time: string) => `The same day (if received before ${time})`,
  duration: (value: number, unit: TimeUnit) => {
    const noun = unit === 'WORKING_DAY' ? 'working day' : unit === 'HOUR' ? 'hour' : 'day';
    return `${value} ${noun}${value === 1 ? '' : 's'}`;
  },
} satisfies CatalogText;

export const CATALOG_TEXT: Readonly<Record<FeeLang, CatalogText>> = { vi, en };

/** A text in the wanted language, and the language it is actually in (`vi` when it has no English). */
export interface LocalizedText {
  text: string;
  lang: FeeLang;
}

/** An x-dvc text in `lang`: its English when asked for and present, else its Vietnamese; empty when absent. */
export function localizedText(value: Text | undefined, lang: FeeLang): LocalizedText {
  if (value === undefined) return { text: '', lang };
  if (typeof value === 'string') return { text: value, lang: 'vi' };
  if (lang === 'en' && value.en) return { text: value.en, lang: 'en' };
  return { text: value.vi, lang: 'vi' };
}

/** "5 ngày làm việc", "Trong ngày (tiếp nhận trước 15:00)"; empty when the entry has none. */
export function processingTimeText(time: Pick<ProcessingTimeFact, 'value' | 'unit' | 'sameDayCutoff'> | undefined, lang: FeeLang): string {
  if (!time) return '';
  const t = CATALOG_TEXT[lang];
  if (time.value === 0) return time.sameDayCutoff ? t.sameDayCutoff(time.sameDayCutoff) : t.sameDay;
  return t.duration(time.value, time.unit);
}

/** "Cấp xã", or several joined: "Cấp xã, Cấp tỉnh". */
export function levelsText(levels: readonly Level[] | undefined, lang: FeeLang): string {
  return (levels ?? []).map((level) => CATALOG_TEXT[lang].levels[level]).join(', ');
}

/** "Toàn trình" or "Một phần"; empty when the entry says nothing. */
export function onlineServiceText(service: OnlineService | undefined, lang: FeeLang): string {
  return service ? CATALOG_TEXT[lang].onlineService[service] : '';
}

/** How the result may come back: "Trực tuyến; Qua dịch vụ bưu chính công ích". */
export function deliveryText(delivery: Pick<DvcProcedure['delivery'], 'result'> | undefined, lang: FeeLang): string {
  return (delivery?.result ?? []).map((method) => CATALOG_TEXT[lang].delivery[method]).join('; ');
}
