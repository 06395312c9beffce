import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Contract from '../src/contract-types.js';
import type * as Model from '../src/types.js';
import type * as Statistics from '../src/statistics.js';

/** True when each type is assignable to the other: they describe the same JSON. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// The proof is the type check (npm run typecheck): a `false` here does not compile.
const SAME: Record<string, true> = {
  lookupRequest: true satisfies Same<Contract.LookupRequest, Model.LookupRequest>,
  dossier: true satisfies Same<Contract.Dossier, Model.Dossier>,
  state: true satisfies Same<Contract.DossierState, Model.DossierState>,
  event: true satisfies Same<Contract.DossierEvent, Model.DossierEvent>,
  delivery: true satisfies Same<Contract.Delivery, Model.Delivery>,
  result: true satisfies Same<Contract.ElectronicResult, Model.ElectronicResult>,
  fees: true satisfies Same<Contract.DossierFees, Model.DossierFees>,
  payment: true satisfies Same<Contract.DossierPayment, Model.DossierPayment>,
  paymentStatus: true satisfies Same<Contract.PaymentStatus, Model.PaymentStatus>,
  applicant: true satisfies Same<Contract.MaskedApplicant, Model.MaskedApplicant>,
  statistics: true satisfies Same<Contract.DossierStatistics, Statistics.DossierStatistics>,
  statisticsRow: true satisfies Same<Contract.StatisticsRow, Statistics.StatisticsRow>,
};

describe('the hand-written types and the contract', () => {
  it('describe the same JSON (checked by the compiler)', () => {
    expect(Object.keys(SAME)).toHaveLength(12);
  });

  it('src/contract-types.ts is what schemas/api makes (npm run generate)', () => {
    const script = fileURLToPath(new URL('../scripts/generate.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 30_000);
});
