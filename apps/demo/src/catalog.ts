/**
 * The procedure catalogue that `dvc-schema build` writes (`catalog.json`), typed with the x-dvc vocabulary
 * (schemas/README.md), and its facts worded for the page. No DOM here.
 */
import type { Catalog, CatalogEntry, DvcProcedure, FeeSummary, Text } from '@dvc-kit/schema-cli';
import { formatVND } from '@dvc-kit/vn';
import { PAGE_TEXT, type Lang } from './text.js';

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

/** One fee's amount: `100.000 ₫`, `8.000 ₫/bản`, `0,5% (tối thiểu 10.000 ₫)`. */
export function feeAmountText(fee: Fee, lang: Lang): string {
  const t = PAGE_TEXT[lang];
  const money = (n: number | undefined) => (n === undefined ? undefined : formatVND(n));
  if (fee.basis === 'PERCENT') {
    const percent = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(fee.percent ?? 0);
    const bounds = t.minMax(money(fee.min), money(fee.max));
    return bounds ? `${t.percentOf(percent)} (${bounds})` : t.percentOf(percent);
  }
  if (fee.basis === 'FIXED') return money(fee.amount) ?? '';
  const perUnit = t.perUnit[fee.basis];
  if (!fee.tiers) return `${money(fee.amount) ?? ''}${perUnit}`;
  // Tiers: each price with the units it covers, e.g. "8.000 ₫/bản (bản thứ 1), 5.000 ₫/bản (từ bản thứ 2)".
  let from = 1;
  return fee.tiers
    .map((tier) => {
      const text = `${formatVND(tier.price)}${perUnit} (${t.tierUnits(fee.basis as 'PER_COPY' | 'PER_PAGE', from, tier.upTo)})`;
      if (tier.upTo !== undefined) from = tier.upTo + 1;
      return text;
    })
    .join(', ');
}

/** The list's fee column: "Miễn phí", or every amount. */
export function feesSummaryText(procedure: Procedure, lang: Lang): string {
  if (procedure.free || procedure.fees.length === 0) return PAGE_TEXT[lang].free;
  return procedure.fees.map((fee) => feeAmountText(fee, lang)).join('; ');
}

/** The remarks on one fee: when it applies only in some cases, or has exemptions. */
export function feeNotes(fee: Fee, lang: Lang): string[] {
  const t = PAGE_TEXT[lang];
  return [fee.conditional ? t.feeConditional : '', fee.exemptions > 0 ? t.feeExemptions : ''].filter(Boolean);
}

export function levelText(procedure: Procedure, lang: Lang): string {
  return (procedure.level ?? []).map((level) => PAGE_TEXT[lang].levels[level] ?? level).join(', ');
}

export function deliveryText(delivery: Delivery | undefined, lang: Lang): string {
  return (delivery?.result ?? []).map((method) => PAGE_TEXT[lang].delivery[method] ?? method).join('; ');
}
