import { describe, expect, it } from 'vitest';
import { computeStatistics, emptyCounts } from '@dvc-kit/dossier/statistics';
import { SAMPLE_DOSSIERS, SAMPLE_NOW } from '@dvc-kit/dossier/samples';
import { chartLayout, formatCount, formatShare, headline, niceCeiling, ticksOf } from './figures.js';

describe('numbers as a Vietnamese reader writes them', () => {
  it.each<[number, string, string]>([
    [0, '0', '0'],
    [7, '7', '7'],
    [1_234, '1.234', '1,234'],
    [1_234_567, '1.234.567', '1,234,567'],
  ])('count %d', (value, vi, en) => {
    expect(formatCount(value, 'vi')).toBe(vi);
    expect(formatCount(value, 'en')).toBe(en);
  });

  it.each<[number, string, string]>([
    [0.875, '87,5\u00a0%', '87.5%'],
    [1, '100,0\u00a0%', '100.0%'],
    [0, '0,0\u00a0%', '0.0%'],
    [2 / 3, '66,7\u00a0%', '66.7%'],
  ])('share %d', (value, vi, en) => {
    expect(formatShare(value, 'vi')).toBe(vi);
    expect(formatShare(value, 'en')).toBe(en);
  });
});

describe('headline', () => {
  it('divides by the right whole, and says when there is none', () => {
    const h = headline({ ...emptyCounts(), received: 8, filedOnline: 7, withFees: 4, paidOnline: 1, finished: 5, early: 2, onTime: 1, late: 1, overdue: 2, inProgress: 1 });
    expect(h.filedOnline).toEqual({ part: 7, whole: 8, share: 0.875 });
    expect(h.paidOnline).toEqual({ part: 1, whole: 4, share: 0.25 });
    // One finished dossier had no due date: the shares are of the four measured.
    expect(h.onTime).toEqual({ part: 3, whole: 4, share: 0.75 });
    expect(h.late).toEqual({ part: 1, whole: 4, share: 0.25 });
    expect(headline(emptyCounts()).onTime.share).toBeNull();
    expect(headline(emptyCounts()).filedOnline.share).toBeNull();
  });
});

describe('the chart scale', () => {
  it.each<[number, number]>([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 5],
    [7, 10],
    [10, 10],
    [11, 20],
    [21, 50],
    [180, 200],
    [1_001, 2_000],
  ])('rounds %d up to %d', (value, nice) => {
    expect(niceCeiling(value)).toBe(nice);
  });

  it.each<[number, number[]]>([
    [1, [0, 1]],
    [2, [0, 1, 2]],
    [5, [0, 1, 2, 3, 4, 5]],
    [10, [0, 2, 4, 6, 8, 10]],
    [20, [0, 5, 10, 15, 20]],
    [50, [0, 10, 20, 30, 40, 50]],
    [200, [0, 50, 100, 150, 200]],
  ])('marks 0 to %d', (max, marks) => {
    expect(ticksOf(max)).toEqual(marks);
  });
});

describe('chartLayout', () => {
  const stats = computeStatistics(Object.values(SAMPLE_DOSSIERS), { asOf: SAMPLE_NOW, from: '2026-01', to: '2026-03' });
  const chart = chartLayout(stats.byMonth);

  it('draws one bar per month, its segments stacked from the bottom in proportion', () => {
    expect(chart.bars.map((b) => [b.month, b.total, b.segments.map((s) => [s.kind, s.value])])).toEqual([
      ['2026-01', 0, []],
      ['2026-02', 2, [['early', 2]]],
      ['2026-03', 1, [['onTime', 1]]],
    ]);
    expect(chart.max).toBe(2);
    const full = chart.plot.bottom - chart.plot.top;
    const [early] = chart.bars[1].segments;
    expect(early.y + early.height).toBe(chart.plot.bottom);
    expect(early.height).toBeCloseTo(full);
    expect(chart.bars[2].segments[0].height).toBeCloseTo(full / 2);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 1, 2]);
    expect(chart.ticks[0].y).toBe(chart.plot.bottom);
    expect(chart.ticks[2].y).toBeCloseTo(chart.plot.top);
  });

  it('stacks early, on time, late in that order, each on the one below', () => {
    const month = { month: '2026-04', ...emptyCounts(), finished: 9, early: 2, onTime: 3, late: 4 };
    const { bars, plot } = chartLayout([month]);
    const [early, onTime, late] = bars[0].segments;
    expect([early.kind, onTime.kind, late.kind]).toEqual(['early', 'onTime', 'late']);
    expect(early.y + early.height).toBe(plot.bottom);
    expect(onTime.y + onTime.height).toBeCloseTo(early.y);
    expect(late.y + late.height).toBeCloseTo(onTime.y);
    expect(late.y).toBeCloseTo(plot.bottom - (9 / 10) * (plot.bottom - plot.top));
    // Bars do not overlap, and the chart is as wide as its months.
    const two = chartLayout([month, { ...month, month: '2026-05' }]);
    expect(two.bars[1].x).toBeGreaterThan(two.bars[0].x + two.bars[0].width);
    expect(two.width).toBeGreaterThan(two.bars[1].x + two.bars[1].width);
  });

  it('labels every month up to a year, and every few beyond, without overlap', () => {
    const months = (n: number) => Array.from({ length: n }, (_, i) => ({ month: `20${20 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, ...emptyCounts() }));
    expect(chartLayout(months(12)).bars.every((b) => b.labelled)).toBe(true);
    for (const n of [13, 36, 120]) {
      const labelled = chartLayout(months(n)).bars.filter((b) => b.labelled);
      expect(labelled[0].month).toBe('2020-01');
      for (let i = 1; i < labelled.length; i++) expect(labelled[i].x - labelled[i - 1].x, `${n} months`).toBeGreaterThanOrEqual(56);
    }
  });
});
