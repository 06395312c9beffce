/**
 * The rows of the fee table from `computeFees`' result: one per fee line, with how it was counted, and one per
 * exemption or reduction under the fee it applies to, with its reason. Plain text and integer VND; the element
 * draws them.
 */
import { localized, type Locale } from '@dvc-kit/form-engine/core';
import { amountInWords, formatVND } from '@dvc-kit/vn/money';
import type { FeeLine, FeeResult } from '@dvc-kit/procedure';
import type { FeeMessages } from '../messages.js';

export interface FeeRow {
  /** Unique in the table: the line's key, or `<key>/exemption`. */
  key: string;
  type: 'fee' | 'exemption';
  /** Phí, Lệ phí, …; for an exemption "Miễn" or "Giảm 50%". */
  label: string;
  /** The fee's name, or the exemption's reason. */
  name: string;
  /** How it was counted ("2 bản × 8.000 ₫"), notes, the legal basis: one line each. */
  details: string[];
  /** VND: payable for a fee before its exemption (its gross), negative for what an exemption takes off. */
  amount: number;
}

export interface FeeTable {
  rows: FeeRow[];
  total: number;
  /** The total as a receipt writes it, e.g. "Tám nghìn đồng". */
  totalInWords: string;
  /** Some field the fees depend on is still empty. */
  provisional: boolean;
  /** No fee applies at all (a free procedure, or none for this data). */
  free: boolean;
}

export function feeTable(result: FeeResult, locale: Locale, m: FeeMessages): FeeTable {
  const rows: FeeRow[] = [];
  for (const line of result.lines) {
    rows.push({
      key: line.key,
      type: 'fee',
      label: m.kind(line.kind),
      name: localized(line.name, locale),
      details: lineDetails(line, locale, m),
      amount: line.gross,
    });
    const exemption = line.exemption;
    if (exemption) {
      rows.push({
        key: `${line.key}/exemption`,
        type: 'exemption',
        label: m.exemption(exemption.percent),
        name: localized(exemption.reason, locale),
        details: [],
        amount: -exemption.amount,
      });
    }
  }
  return {
    rows,
    total: result.total,
    totalInWords: amountInWords(result.total),
    provisional: result.missing.length > 0,
    free: result.lines.length === 0,
  };
}

/** How a line was counted, then its notes: what is not entered yet, the fee's own floor or cap, its legal basis. */
function lineDetails(line: FeeLine, locale: Locale, m: FeeMessages): string[] {
  const details: string[] = [];
  let counted: number | undefined;
  if (line.basis === 'PER_COPY' || line.basis === 'PER_PAGE') {
    const unit = line.basis === 'PER_PAGE' ? 'PAGE' : 'COPY';
    if (line.missing) details.push(m.notEntered(unit));
    const tiers = line.tiers ?? [];
    if (tiers.length) details.push(tiers.map((tier) => m.units(unit, tier.units, formatVND(tier.price))).join('; '));
    counted = tiers.reduce((sum, tier) => sum + tier.amount, 0);
  } else if (line.basis === 'PERCENT') {
    if (line.missing) details.push(m.notEntered('VALUE'));
    const percent = `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 4 }).format(line.percent ?? 0)}%`;
    details.push(m.percentOf(percent, formatVND(line.base ?? 0)));
    counted = Math.round(((line.base ?? 0) * (line.percent ?? 0)) / 100);
  }
  // The fee's floor or cap changed what the units or the rate gave.
  if (counted !== undefined && counted !== line.gross) {
    details.push(counted > line.gross ? m.atMost(formatVND(line.gross)) : m.atLeast(formatVND(line.gross)));
  }
  if (line.legalBasis) details.push(m.legalBasis(line.legalBasis));
  return details;
}
