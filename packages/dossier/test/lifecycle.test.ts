import { describe, expect, it } from 'vitest';
import {
  DOSSIER_TRANSITIONS,
  DossierTransitionError,
  LIFECYCLE_STEPS,
  applyEvent,
  canTransition,
  isTerminal,
  openDossier,
  stepOf,
  transition,
} from '../src/index.js';
import type { Dossier, DossierState, LifecycleStep } from '../src/index.js';
import { INIT, STATE_OF, readJson } from './helpers.js';

const AT = '2026-03-02T09:00:00+07:00';
const LATER = '2026-03-03T09:00:00+07:00';

/** A dossier whose current state is `step`, with one event. */
function dossierIn(step: LifecycleStep): Dossier {
  return { ...INIT, state: STATE_OF[step], events: [{ state: STATE_OF[step], at: AT }] };
}

// Domain brief §3, written out again edge by edge so that a change to the table shows here.
const ALLOWED: [LifecycleStep, LifecycleStep][] = [
  ['SUBMITTED', 'RECEIVED'],
  ['SUBMITTED', 'REFUSED'],
  ['SUBMITTED', 'SUPPLEMENT_REQUIRED[intake]'],
  ['SUBMITTED', 'WITHDRAWN'],
  ['SUPPLEMENT_REQUIRED[intake]', 'SUBMITTED'],
  ['SUPPLEMENT_REQUIRED[intake]', 'WITHDRAWN'],
  ['SUPPLEMENT_REQUIRED[intake]', 'STOPPED'],
  ['RECEIVED', 'IN_PROCESS'],
  ['RECEIVED', 'WITHDRAWN'],
  ['IN_PROCESS', 'IN_PROCESS'],
  ['IN_PROCESS', 'SUPPLEMENT_REQUIRED[processing]'],
  ['IN_PROCESS', 'PAYMENT_REQUIRED'],
  ['IN_PROCESS', 'RESULT_READY'],
  ['IN_PROCESS', 'STOPPED'],
  ['IN_PROCESS', 'WITHDRAWN'],
  ['SUPPLEMENT_REQUIRED[processing]', 'IN_PROCESS'],
  ['SUPPLEMENT_REQUIRED[processing]', 'STOPPED'],
  ['SUPPLEMENT_REQUIRED[processing]', 'WITHDRAWN'],
  ['PAYMENT_REQUIRED', 'IN_PROCESS'],
  ['PAYMENT_REQUIRED', 'RESULT_READY'],
  ['PAYMENT_REQUIRED', 'STOPPED'],
  ['RESULT_READY', 'RETURNED'],
];
const isAllowed = (from: LifecycleStep, to: LifecycleStep) => ALLOWED.some(([a, b]) => a === from && b === to);
const ALL_PAIRS = LIFECYCLE_STEPS.flatMap((from) => LIFECYCLE_STEPS.map((to) => [from, to] as [LifecycleStep, LifecycleStep]));

describe('the state machine of domain brief §3', () => {
  it('has exactly the edges of the brief', () => {
    const table = Object.entries(DOSSIER_TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from} -> ${to}`));
    expect(table.sort()).toEqual(ALLOWED.map(([a, b]) => `${a} -> ${b}`).sort());
  });

  it.each(ALLOWED)('%s -> %s is allowed', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    const next = applyEvent(dossierIn(from), { state: STATE_OF[to], at: LATER, actor: 'Bộ phận một cửa', note: 'ghi chú' });
    expect(stepOf(next.state)).toBe(to);
    expect(next.events).toHaveLength(2);
    expect(next.events[1]).toEqual({ state: STATE_OF[to], at: LATER, actor: 'Bộ phận một cửa', note: 'ghi chú' });
  });

  const refused = ALL_PAIRS.filter(([from, to]) => !isAllowed(from, to));
  it(`refuses the other ${refused.length} pairs with a typed error`, () => {
    expect(refused.length).toBe(LIFECYCLE_STEPS.length ** 2 - ALLOWED.length);
    for (const [from, to] of refused) {
      expect(canTransition(from, to)).toBe(false);
      const before = dossierIn(from);
      let error: unknown;
      try {
        applyEvent(before, { state: STATE_OF[to], at: LATER });
      } catch (e) {
        error = e;
      }
      expect(error, `${from} -> ${to}`).toBeInstanceOf(DossierTransitionError);
      expect(error).toMatchObject({ from, to, reason: 'not-allowed' });
      expect(before.events).toHaveLength(1);
    }
  });

  it('says why a final state refuses everything', () => {
    expect(() => applyEvent(dossierIn('RETURNED'), { state: STATE_OF.IN_PROCESS, at: LATER })).toThrow('RETURNED is final');
    expect(() => applyEvent(dossierIn('RECEIVED'), { state: STATE_OF.RESULT_READY, at: LATER })).toThrow(
      'RECEIVED may be followed by IN_PROCESS, WITHDRAWN only',
    );
  });

  it('knows the terminal states', () => {
    expect(LIFECYCLE_STEPS.filter((step) => isTerminal(STATE_OF[step]))).toEqual(['REFUSED', 'RETURNED', 'WITHDRAWN', 'STOPPED']);
    for (const step of LIFECYCLE_STEPS) expect(DOSSIER_TRANSITIONS[step].length === 0).toBe(isTerminal(STATE_OF[step]));
  });
});

describe('applyEvent', () => {
  it('returns a new dossier and leaves the old one as it was', () => {
    const before = dossierIn('IN_PROCESS');
    const copy = structuredClone(before);
    const next = transition(before, STATE_OF.RESULT_READY, { at: LATER, agency: { name: 'UBND phường Ba Đình' } });
    expect(before).toEqual(copy);
    expect(next).not.toBe(before);
    expect(next.state).toEqual({ kind: 'RESULT_READY', outcome: 'GRANTED' });
  });

  it('sets receivedAt and the due date from the procedure on receipt', () => {
    const procedure = readJson('schemas/procedures/1.012783/schema.json'); // 5 working days
    const submitted = openDossier(INIT, { state: { kind: 'SUBMITTED' }, at: '2026-02-12T08:00:00+07:00' });
    expect(submitted.receivedAt).toBeUndefined();
    const received = applyEvent(submitted, { state: { kind: 'RECEIVED' }, at: '2026-02-13T09:30:00+07:00' }, { procedure });
    expect(received.receivedAt).toBe('2026-02-13T09:30:00+07:00');
    // Across the 2026 Tết break (14-22 Feb): the brief's worked example.
    expect(received.dueAt).toBe('2026-02-27T17:00:00+07:00');
  });

  it('keeps a due date already set (a second receipt after an intake supplement does not move it)', () => {
    const dossier = { ...dossierIn('SUBMITTED'), dueAt: '2026-03-09T17:00:00+07:00' };
    const procedure = readJson('schemas/procedures/1.012783/schema.json');
    expect(applyEvent(dossier, { state: { kind: 'RECEIVED' }, at: LATER }, { procedure }).dueAt).toBe('2026-03-09T17:00:00+07:00');
  });

  it('walks a whole history: intake supplement, receipt, hand-off, processing supplement, payment, result, return', () => {
    const steps: [DossierState, string][] = [
      [STATE_OF['SUPPLEMENT_REQUIRED[intake]'], '2026-04-27T10:00:00+07:00'],
      [STATE_OF.SUBMITTED, '2026-04-28T08:00:00+07:00'],
      [STATE_OF.RECEIVED, '2026-04-28T09:00:00+07:00'],
      [STATE_OF.IN_PROCESS, '2026-04-28T10:00:00+07:00'],
      [{ kind: 'IN_PROCESS', agency: { name: 'Văn phòng đăng ký đất đai' }, step: 'Cấp giấy' }, '2026-04-29T10:00:00+07:00'],
      [STATE_OF['SUPPLEMENT_REQUIRED[processing]'], '2026-05-04T10:00:00+07:00'],
      [STATE_OF.IN_PROCESS, '2026-05-05T10:00:00+07:00'],
      [STATE_OF.PAYMENT_REQUIRED, '2026-05-05T11:00:00+07:00'],
      [STATE_OF.RESULT_READY, '2026-05-06T10:00:00+07:00'],
      [STATE_OF.RETURNED, '2026-05-07T10:00:00+07:00'],
    ];
    let dossier = openDossier(INIT, { state: STATE_OF.SUBMITTED, at: '2026-04-27T08:00:00+07:00' });
    for (const [state, at] of steps) dossier = transition(dossier, state, { at });
    expect(dossier.events.map((event) => stepOf(event.state))).toEqual(['SUBMITTED', ...steps.map(([state]) => stepOf(state))]);
    expect(dossier.state.kind).toBe('RETURNED');
    expect(dossier.receivedAt).toBe('2026-04-28T09:00:00+07:00');
  });

  it.each<[string, DossierState, string]>([
    ['a refusal without a reason', { kind: 'REFUSED', reason: ' ' }, 'the reason is required'],
    ['a stop without a reason', { kind: 'STOPPED', reason: '' }, 'the reason is required'],
    ['a supplement with no items', { kind: 'SUPPLEMENT_REQUIRED', stage: 'processing', reason: 'x', items: [] }, 'at least one item'],
    ['a supplement item without a name', { kind: 'SUPPLEMENT_REQUIRED', stage: 'processing', reason: 'x', items: [{ name: '' }] }, 'needs a name'],
    ['a supplement with a bad deadline', { kind: 'SUPPLEMENT_REQUIRED', stage: 'processing', reason: 'x', items: [{ name: 'a' }], deadline: '2026-03-10' }, 'deadline'],
    ['a hand-off to no agency', { kind: 'IN_PROCESS', agency: { name: '' } }, 'agency'],
    ['a payment of a fraction of a đồng', { kind: 'PAYMENT_REQUIRED', amount: 1.5 }, 'whole VND'],
    ['a rejection without a reason', { kind: 'RESULT_READY', outcome: 'REJECTED' }, 'a rejection needs its reason'],
  ])('refuses %s (invalid-state)', (_what, state, message) => {
    const from = state.kind === 'SUPPLEMENT_REQUIRED' || state.kind === 'RESULT_READY' || state.kind === 'PAYMENT_REQUIRED' || state.kind === 'STOPPED' || state.kind === 'IN_PROCESS' ? 'IN_PROCESS' : 'SUBMITTED';
    expect(() => applyEvent(dossierIn(from), { state, at: LATER })).toThrow(message);
    expect(() => applyEvent(dossierIn(from), { state, at: LATER })).toThrow(expect.objectContaining({ reason: 'invalid-state' }));
  });

  it('refuses a supplement with an unknown stage, naming the stage', () => {
    const state = { ...STATE_OF['SUPPLEMENT_REQUIRED[intake]'], stage: 'review' } as unknown as DossierState;
    expect(() => applyEvent(dossierIn('SUBMITTED'), { state, at: LATER })).toThrow('the stage must be intake or processing');
  });

  it.each(['2026-03-03', '2026-02-30T09:00:00+07:00', '2026-03-03T09:00:00', 'yesterday'])('refuses the time %j (invalid-time)', (at) => {
    expect(() => applyEvent(dossierIn('SUBMITTED'), { state: STATE_OF.RECEIVED, at })).toThrow(expect.objectContaining({ reason: 'invalid-time' }));
  });

  it('refuses an event older than the last one, comparing instants across zones (out-of-order)', () => {
    // 01:59 UTC on 2 Mar is 08:59 in Hà Nội: one minute before the last event.
    expect(() => applyEvent(dossierIn('SUBMITTED'), { state: STATE_OF.RECEIVED, at: '2026-03-02T01:59:00Z' })).toThrow(
      expect.objectContaining({ reason: 'out-of-order', from: 'SUBMITTED', to: 'RECEIVED' }),
    );
    expect(applyEvent(dossierIn('SUBMITTED'), { state: STATE_OF.RECEIVED, at: '2026-03-02T02:00:00Z' }).state.kind).toBe('RECEIVED');
  });
});

describe('openDossier', () => {
  it('starts online dossiers at SUBMITTED and paper or postal ones at RECEIVED', () => {
    expect(openDossier(INIT, { state: STATE_OF.SUBMITTED, at: AT }).events).toHaveLength(1);
    const paper = openDossier({ ...INIT, channel: 'DIRECT' }, { state: STATE_OF.RECEIVED, at: AT });
    expect(paper).toMatchObject({ state: { kind: 'RECEIVED' }, receivedAt: AT });
  });

  it.each(LIFECYCLE_STEPS.filter((step) => step !== 'SUBMITTED' && step !== 'RECEIVED'))('refuses to start at %s (not-initial)', (step) => {
    expect(() => openDossier(INIT, { state: STATE_OF[step], at: AT })).toThrow(expect.objectContaining({ reason: 'not-initial', from: undefined, to: step }));
  });
});
