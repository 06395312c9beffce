/**
 * The catalogue's fees in words, Vietnamese first: `100.000 ₫`, `8.000 ₫/bản`, `0,5% (tối thiểu 10.000 ₫)`.
 */
import { formatVND } from '@dvc-kit/vn/money';
import type { CatalogEntry, FeeSummary } from './catalog.js';

export const FEE_LANGS = ['vi', 'en'] as const;
export type FeeLang = (typeof FEE_LANGS)[number];

type PerUnitBasis = 'PER_COPY' | 'PER_PAGE';

const vi = {
  free: 'Miễn phí',
  perUnit: { PER_COPY: '/bản', PER_PAGE: '/trang' },
  /** The units a price tier covers: "bản thứ 1", "từ trang thứ 2 đến trang thứ 5", "từ bản thứ 6 trở đi". */
  tierUnits: (basis: PerUnitBasis, from: number, upTo?: number) => {
    const unit = basis === 'PER_PAGE' ? 'trang' : 'bản';
    if (upTo === undefined) return `từ ${unit} thứ ${from} trở đi`;
    return from === upTo ? `${unit} thứ ${from}` : `từ ${unit} thứ ${from} đến ${unit} thứ ${upTo}`;
  },
  minMax: (min?: string, max?: string) => [min && `tối thiểu ${min}`, max && `tối đa ${max}`].filter(Boolean).join(', '),
  conditional: 'chỉ áp dụng trong một số trường hợp',
  exemptions: 'có trường hợp được miễn, giảm',
};

/** The words of the fee summaries, per language. */
export type FeeText = typeof vi;

const en = {
  free: 'Free',
  perUnit: { PER_COPY: ' per copy', PER_PAGE: ' per page' },
  tierUnits: (basis: PerUnitBasis, from: number, upTo?: number) => {
    const [one, many] = basis === 'PER_PAGE' ? ['page', 'pages'] : ['copy', 'copies'];
    if (upTo === undefined) return `from ${one} ${from}`;
    return from === upTo ? `${one} ${from}` : `${many} ${from}–${upTo}`;
  },
  minMax: (min?: string, max?: string) => [min && `at least ${min}`, max && `at most ${max}`].filter(Boolean).join(', '),
  conditional: 'only in some cases',
  exemptions: 'exemptions or reductions apply',
} satisfies FeeText;

export const FEE_TEXT: Readonly<Record<FeeLang, FeeText>> = { vi, en };

/** One fee's amount: `100.000 ₫`, `8.000 ₫/bản`, `8.000 ₫/bản (bản thứ 1), 5.000 ₫/bản (từ bản thứ 2 trở đi)`, `0,5% (tối thiểu 10.000 ₫)`. */
export function feeAmountText(fee: FeeSummary, lang: FeeLang): string {
  const t = FEE_TEXT[lang];
  const money = (n: number | undefined) => (n === undefined ? undefined : formatVND(n));
  if (fee.basis === 'PERCENT') {
    const percent = `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(fee.percent ?? 0)}%`;
    const bounds = t.minMax(money(fee.min), money(fee.max));
    return bounds ? `${percent} (${bounds})` : percent;
  }
  if (fee.basis === 'FIXED') return money(fee.amount) ?? '';
  const perUnit = t.perUnit[fee.basis];
  const bounds = t.minMax(money(fee.min), money(fee.max));
  const suffix = bounds ? ` (${bounds})` : '';
  if (!fee.tiers) return `${money(fee.amount) ?? ''}${perUnit}${suffix}`;
  // Tiers: each price with the units it covers.
  let from = 1;
  const tiers = fee.tiers.map((tier) => {
    const text = `${formatVND(tier.price)}${perUnit} (${t.tierUnits(fee.basis as PerUnitBasis, from, tier.upTo)})`;
    if (tier.upTo !== undefined) from = tier.upTo + 1;
    return text;
  });
  return `${tiers.join(', ')}${suffix}`;
}

/** The fee column of a procedure list: "Miễn phí", or every amount. */
export function feesSummaryText(entry: Pick<CatalogEntry, 'free' | 'fees'>, lang: FeeLang): string {
  if (entry.free || entry.fees.length === 0) return FEE_TEXT[lang].free;
  return entry.fees.map((fee) => feeAmountText(fee, lang)).join('; ');
}

/** The remarks on one fee: when it applies only in some cases, or has exemptions. */
export function feeNotes(fee: FeeSummary, lang: FeeLang): string[] {
  const t = FEE_TEXT[lang];
  return [fee.conditional ? t.conditional : '', fee.exemptions > 0 ? t.exemptions : ''].filter(Boolean);
}
