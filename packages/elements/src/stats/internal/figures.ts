/**
 * What `<dvc-stats>` shows, without the DOM: the headline shares, numbers written the Vietnamese way (`1.234`,
 * `87,5 %`), and the geometry of the bar chart (stacked early / on time / late per month, on a round scale).
 */
import type { Locale } from '@dvc-kit/form-engine/core';
import type { MonthStatistics, StatisticsCounts } from '@dvc-kit/dossier/statistics';

/** A part of a whole; `share` is null when the whole is 0 (nothing to divide by). */
export interface Share {
  part: number;
  whole: number;
  share: number | null;
}

const share = (part: number, whole: number): Share => ({ part, whole, share: whole > 0 ? part / whole : null });

/** The headline figures of a period. */
export interface Headline {
  received: number;
  /** Filed online, of the dossiers received. */
  filedOnline: Share;
  /** Paid online, of the dossiers with fees. */
  paidOnline: Share;
  /** Early or on time, of the finished dossiers that had a due date. */
  onTime: Share;
  /** Late, of the same. */
  late: Share;
  overdue: number;
  inProgress: number;
}

export function headline(totals: StatisticsCounts): Headline {
  const measured = totals.early + totals.onTime + totals.late;
  return {
    received: totals.received,
    filedOnline: share(totals.filedOnline, totals.received),
    paidOnline: share(totals.paidOnline, totals.withFees),
    onTime: share(totals.early + totals.onTime, measured),
    late: share(totals.late, measured),
    overdue: totals.overdue,
    inProgress: totals.inProgress,
  };
}

const COUNT_FORMAT: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};
const SHARE_FORMAT: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** A count: `1.234` in Vietnamese, `1,234` in English. */
export function formatCount(value: number, locale: Locale): string {
  return COUNT_FORMAT[locale].format(value);
}

/**
 * A share as a percentage with one decimal: `87,5 %` in Vietnamese (a no-break space before the sign, as Vietnamese
 * typesetting writes it), `87.5%` in English.
 */
export function formatShare(ratio: number, locale: Locale): string {
  const number = SHARE_FORMAT[locale].format(ratio * 100);
  return locale === 'vi' ? `${number}\u00a0%` : `${number}%`;
}

/** The month and year of `YYYY-MM`. */
export function monthParts(month: string): { month: number; year: number } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

export const SEGMENT_KINDS = ['early', 'onTime', 'late'] as const;
/** A part of a bar: finished early, on time, or late. */
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export interface BarSegment {
  kind: SegmentKind;
  value: number;
  /** Top edge, in chart units (y grows downwards). */
  y: number;
  height: number;
}

export interface Bar {
  month: string;
  /** Left edge and width, in chart units. */
  x: number;
  width: number;
  /** Early + on time + late. */
  total: number;
  /** Bottom up: early, on time, late; only those above 0. */
  segments: BarSegment[];
  /** Whether the month is written under the bar (every month, or every few when they are many). */
  labelled: boolean;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The plot area. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** The top of the scale (a round number at or above the tallest bar; at least 1). */
  max: number;
  /** The scale's marks, 0 up to `max`, with their heights. */
  ticks: { value: number; y: number }[];
  bars: Bar[];
}

/** The round number at or above `value`: 1, 2 or 5 times a power of ten. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Marks from 0 to `max` (a `niceCeiling`), in four or five round steps, whole numbers only. */
export function ticksOf(max: number): number[] {
  // 1, 5, 10, 50, … in fifths (0, 1, 2, …); 2, 20, … in quarters (0, 5, 10, 15, 20).
  const step = Math.max(1, String(max).startsWith('2') ? max / 4 : max / 5);
  const whole = Number.isInteger(step) ? step : 1;
  const marks: number[] = [];
  for (let value = 0; value <= max; value += whole) marks.push(value);
  return marks;
}

/** Room a month's label (`10/2026`) needs under its bar, in chart units. */
const LABEL_WIDTH = 56;

/**
 * The chart of `byMonth`: one bar per month, stacked early, on time, late from the bottom. Up to a year, wide bars
 * each with its month; beyond, narrower bars and the month written under every few, so that labels never overlap.
 */
export function chartLayout(byMonth: readonly MonthStatistics[], size: { barWidth?: number; gap?: number; height?: number } = {}): ChartLayout {
  const many = byMonth.length > 12;
  const barWidth = size.barWidth ?? (many ? 18 : 36);
  const gap = size.gap ?? (many ? 10 : 28);
  const labelEvery = Math.max(1, Math.ceil(LABEL_WIDTH / (barWidth + gap)));
  const height = size.height ?? 260;
  const plot = { left: 48, top: 24, right: 0, bottom: height - 40 };
  plot.right = plot.left + Math.max(1, byMonth.length) * (barWidth + gap) + gap;
  const width = plot.right + 8;
  const tallest = Math.max(0, ...byMonth.map((m) => m.early + m.onTime + m.late));
  const max = niceCeiling(tallest);
  const scale = (plot.bottom - plot.top) / max;
  const bars = byMonth.map((m, i): Bar => {
    let base = plot.bottom;
    const segments: BarSegment[] = [];
    for (const kind of SEGMENT_KINDS) {
      const value = m[kind];
      if (value <= 0) continue;
      const h = value * scale;
      base -= h;
      segments.push({ kind, value, y: base, height: h });
    }
    const x = plot.left + gap + i * (barWidth + gap);
    return { month: m.month, x, width: barWidth, total: m.early + m.onTime + m.late, segments, labelled: i % labelEvery === 0 };
  });
  const ticks = ticksOf(max).map((value) => ({ value, y: plot.bottom - value * scale }));
  return { width, height, plot, max, ticks, bars };
}
