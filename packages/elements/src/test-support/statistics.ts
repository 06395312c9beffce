/**
 * Dossiers of the fictional province of Minh Sơn (`H99` is not a real province) for the stories and browser tests of
 * `<dvc-stats>`: six months of filings at its three agencies, with every outcome (early, on time, late, overdue,
 * open, refused), made by a seeded generator so that every run sees the same figures, and the statistics of them
 * by `computeStatistics` (the server's own computation).
 */
import { StatisticsError, computeStatistics, type DossierStatistics } from '@dvc-kit/dossier/statistics';
import type { Agency, Dossier, DossierEvent } from '@dvc-kit/dossier/types';
import type { StatisticsLoader, StatsFailure } from '../stats/stats.js';

export const MINH_SON_CENTRE: Required<Agency> = { id: '000.00.01.H99', name: 'Trung tâm Phục vụ hành chính công tỉnh Minh Sơn' };
export const MINH_SON_JUSTICE: Required<Agency> = { id: '000.00.12.H99', name: 'Sở Tư pháp tỉnh Minh Sơn' };
export const AN_HOA_WARD: Required<Agency> = { id: '000.31.01.H99', name: 'Ủy ban nhân dân phường An Hòa' };
const AGENCIES = [MINH_SON_CENTRE, MINH_SON_JUSTICE, AN_HOA_WARD];

/** "Now" for the figures: open dossiers are overdue or in time as of then. */
export const STATS_AS_OF = '2026-12-05T10:00:00+07:00';
export const STATS_FROM = '2026-06';
export const STATS_TO = '2026-11';

const DAY = 86_400_000;
const iso = (ms: number): string => `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;

/** A small deterministic generator (a linear congruential one): the same figures on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function build(): Dossier[] {
  const next = random(20_261_205);
  const asOf = Date.parse(STATS_AS_OF);
  const dossiers: Dossier[] = [];
  for (let month = 6; month <= 11; month++) {
    AGENCIES.forEach((agency, a) => {
      const count = 6 + a * 3 + Math.floor(next() * 5);
      for (let n = 0; n < count; n++) {
        const filed = Date.parse(`2026-${String(month).padStart(2, '0')}-01T08:00:00+07:00`) + Math.floor(next() * 27) * DAY + Math.floor(next() * 8) * 3_600_000;
        if (filed > asOf) continue;
        const online = next() < 0.8;
        const due = filed + 10 * DAY;
        const roll = next();
        const events: DossierEvent[] = online ? [{ state: { kind: 'SUBMITTED' }, at: iso(filed), actor: 'Công dân' }] : [];
        events.push({ state: { kind: 'RECEIVED' }, at: iso(filed + 3_600_000), agency });
        let finishedAt: number | undefined;
        if (roll < 0.05) {
          events.push({ state: { kind: 'WITHDRAWN', reason: 'Công dân rút hồ sơ' }, at: iso(filed + 2 * DAY), agency });
        } else {
          events.push({ state: { kind: 'IN_PROCESS', agency }, at: iso(filed + 2 * 3_600_000), agency });
          // Early, on the due day, or a few days late; the rest still open.
          finishedAt = roll < 0.55 ? due - (1 + Math.floor(next() * 4)) * DAY : roll < 0.8 ? due : roll < 0.9 ? due + (1 + Math.floor(next() * 5)) * DAY : undefined;
          if (finishedAt !== undefined && finishedAt <= asOf) events.push({ state: { kind: 'RESULT_READY', outcome: 'GRANTED' }, at: iso(finishedAt), agency });
        }
        const code = `${agency.id}-26${String(month).padStart(2, '0')}${String(n + 1).padStart(2, '0')}-${String(dossiers.length + 1).padStart(4, '0')}`;
        const fee = a === 0 ? 50_000 : a === 1 ? 200_000 : next() < 0.5 ? 0 : 8_000;
        const paid = online && next() < 0.7;
        dossiers.push({
          code,
          procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
          applicant: { name: 'Công dân' },
          channel: online ? 'ONLINE' : 'DIRECT',
          submittedAt: iso(filed),
          receivedAt: iso(filed + 3_600_000),
          dueAt: iso(due),
          state: events[events.length - 1].state,
          events,
          delivery: { method: 'ONLINE' },
          ...(fee > 0 && {
            fees: {
              lines: [{ key: 'fee', kind: 'LE_PHI', name: 'Lệ phí', gross: fee, amount: fee }],
              total: fee,
              payment: paid ? { status: 'paid', amount: fee, paidAmount: fee, paidAt: iso(filed + 600_000) } : { status: 'unpaid', amount: fee },
            },
          }),
        });
      }
    });
  }
  return dossiers;
}

export const MINH_SON_DOSSIERS: readonly Dossier[] = build();

/** The statistics of the Minh Sơn dossiers, as the server computes them (a fresh copy each call). */
export function minhSonStatistics(options: { from?: string; to?: string; agency?: string } = {}): DossierStatistics {
  return computeStatistics(MINH_SON_DOSSIERS, {
    asOf: STATS_AS_OF,
    from: options.from || STATS_FROM,
    to: options.to || STATS_TO,
    ...(options.agency ? { agencyId: options.agency } : {}),
  });
}

/** A loader answering as the server would (a bad range is `invalid-request`), after `delayMs`. */
export function minhSonLoader(delayMs = 0): StatisticsLoader {
  return async (query, { signal }) => {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (signal.aborted) throw { code: 'network' } satisfies StatsFailure;
    try {
      return JSON.parse(JSON.stringify(minhSonStatistics(query))) as unknown;
    } catch (error) {
      if (error instanceof StatisticsError) throw { code: 'invalid-request', status: 400 } satisfies StatsFailure;
      throw error;
    }
  };
}
