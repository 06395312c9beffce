import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STEPS, apologize, applyEvent, canTransition } from '../src/index.js';
import type { Dossier, DossierState, LifecycleStep } from '../src/index.js';
import { SAMPLE_DOSSIERS, SAMPLE_NOW } from '../src/samples.js';
import {
  OFFICER_ACTIONS,
  allowedOfficerActions,
  canApologize,
  canTakeAction,
  isOfficerAction,
  officerActionTarget,
  type LifecycleAction,
  type OfficerAction,
} from '../src/officer-actions.js';
import { INIT, STATE_OF } from './helpers.js';

const LIFECYCLE_ACTIONS = OFFICER_ACTIONS.filter((action): action is LifecycleAction => action !== 'apologize');

/** Every step × action: the step the action aims at, `undefined` where it has no meaning, and whether the lifecycle allows it. */
const EXPECTED: Record<LifecycleStep, Partial<Record<LifecycleAction, LifecycleStep>>> = {
  SUBMITTED: { accept: 'RECEIVED', 'request-supplement': 'SUPPLEMENT_REQUIRED[intake]', refuse: 'REFUSED' },
  'SUPPLEMENT_REQUIRED[intake]': { 'supplement-received': 'SUBMITTED', stop: 'STOPPED' },
  RECEIVED: {},
  REFUSED: {},
  IN_PROCESS: {
    'request-supplement': 'SUPPLEMENT_REQUIRED[processing]',
    'hand-off': 'IN_PROCESS',
    'request-payment': 'PAYMENT_REQUIRED',
    'record-result': 'RESULT_READY',
    stop: 'STOPPED',
  },
  'SUPPLEMENT_REQUIRED[processing]': { 'supplement-received': 'IN_PROCESS', stop: 'STOPPED' },
  PAYMENT_REQUIRED: { 'record-result': 'RESULT_READY', stop: 'STOPPED' },
  RESULT_READY: { return: 'RETURNED' },
  RETURNED: {},
  WITHDRAWN: {},
  STOPPED: {},
};

function dossierAt(step: LifecycleStep, extra: Partial<Dossier> = {}): Dossier {
  const state = STATE_OF[step];
  return { ...INIT, state, events: [{ at: INIT.submittedAt, state }], ...extra } as Dossier;
}

describe('officer actions', () => {
  it('lists each action once, apologize last, and recognises only them', () => {
    expect(new Set(OFFICER_ACTIONS).size).toBe(OFFICER_ACTIONS.length);
    expect(OFFICER_ACTIONS.at(-1)).toBe('apologize');
    for (const action of OFFICER_ACTIONS) expect(isOfficerAction(action)).toBe(true);
    for (const other of ['ACCEPT', 'withdraw', '', undefined, null, 1, {}, 'toString']) expect(isOfficerAction(other)).toBe(false);
  });

  describe.each(LIFECYCLE_STEPS)('from %s', (from) => {
    it.each(LIFECYCLE_ACTIONS)('%s is allowed exactly as the table says', (action) => {
      const expected = EXPECTED[from][action];
      expect(canTakeAction(action, from)).toBe(expected !== undefined);
      if (expected !== undefined) {
        expect(officerActionTarget(action, from)).toBe(expected);
        expect(canTransition(from, expected)).toBe(true);
      } else {
        const target = officerActionTarget(action, from);
        if (target !== undefined) expect(canTransition(from, target)).toBe(false);
      }
    });

    it('the allowed actions without a due date are the table row, in order', () => {
      const row = OFFICER_ACTIONS.filter((action) => action !== 'apologize' && EXPECTED[from][action] !== undefined);
      expect(allowedOfficerActions(dossierAt(from))).toEqual(row);
    });
  });

  it('aims each action at its step whatever the lifecycle says of it', () => {
    expect(officerActionTarget('accept', 'IN_PROCESS')).toBe('RECEIVED');
    expect(officerActionTarget('request-supplement', 'PAYMENT_REQUIRED')).toBe('SUPPLEMENT_REQUIRED[processing]');
    expect(officerActionTarget('supplement-received', 'IN_PROCESS')).toBeUndefined();
    expect(officerActionTarget('hand-off', 'PAYMENT_REQUIRED')).toBeUndefined();
    expect(officerActionTarget('apologize' as LifecycleAction, 'IN_PROCESS')).toBeUndefined();
  });
});

describe('canApologize', () => {
  const due = '2026-03-06T17:00:00+07:00';
  const received = { receivedAt: '2026-02-13T08:00:00+07:00', dueAt: due };

  it('follows apologize(): a due date, not finished, no apology yet', () => {
    expect(canApologize(dossierAt('SUBMITTED'))).toBe(false);
    for (const step of ['IN_PROCESS', 'SUPPLEMENT_REQUIRED[processing]', 'PAYMENT_REQUIRED', 'RECEIVED'] as const) {
      expect(canApologize(dossierAt(step, received)), step).toBe(true);
    }
    for (const step of ['RESULT_READY', 'RETURNED', 'REFUSED', 'STOPPED', 'WITHDRAWN'] as const) {
      expect(canApologize(dossierAt(step, received)), step).toBe(false);
    }
    const once = apologize(dossierAt('IN_PROCESS', received), { at: '2026-03-04T09:00:00+07:00', reason: 'Chờ xác minh', revisedDueAt: '2026-03-13T17:00:00+07:00' });
    expect(canApologize(once)).toBe(false);
    expect(canApologize(dossierAt('IN_PROCESS', { dueAt: 'not a date' }))).toBe(false);
  });

  it('with now, also wants the letter a day before the original due day (Vietnam days)', () => {
    const dossier = dossierAt('IN_PROCESS', received);
    expect(canApologize(dossier, new Date('2026-03-05T23:59:00+07:00'))).toBe(true);
    expect(canApologize(dossier, new Date('2026-03-06T00:00:00+07:00'))).toBe(false);
    expect(canApologize(dossier, new Date('2026-03-09T08:00:00+07:00'))).toBe(false);
    // Without now the day rule is the server's to check when the letter comes.
    expect(canApologize(dossier)).toBe(true);
  });

  it('puts apologize last among the allowed actions and leaves the dossier as it was', () => {
    const dossier = dossierAt('IN_PROCESS', received);
    const before = JSON.stringify(dossier);
    const allowed: OfficerAction[] = allowedOfficerActions(dossier, new Date('2026-03-04T10:00:00+07:00'));
    expect(allowed).toEqual(['request-supplement', 'hand-off', 'request-payment', 'record-result', 'stop', 'apologize']);
    expect(allowedOfficerActions(dossier, new Date('2026-03-06T10:00:00+07:00'))).not.toContain('apologize');
    expect(JSON.stringify(dossier)).toBe(before);
  });
});

describe('on the sample dossiers', () => {
  const agency = { name: 'Sở Tư pháp tỉnh Minh Sơn' };
  /** The state the server records for each action (officer-actions.ts of apps/server), with made-up details. */
  const stateFor = (action: LifecycleAction, dossier: Dossier): DossierState => {
    const state = dossier.state;
    switch (action) {
      case 'accept':
        return { kind: 'RECEIVED' };
      case 'request-supplement':
        return { kind: 'SUPPLEMENT_REQUIRED', stage: state.kind === 'SUBMITTED' ? 'intake' : 'processing', reason: 'x', items: [{ name: 'a' }] };
      case 'supplement-received':
        return state.kind === 'SUPPLEMENT_REQUIRED' && state.stage === 'intake' ? { kind: 'SUBMITTED' } : { kind: 'IN_PROCESS', agency };
      case 'hand-off':
        return { kind: 'IN_PROCESS', agency };
      case 'request-payment':
        return { kind: 'PAYMENT_REQUIRED', amount: 1000 };
      case 'record-result':
        return { kind: 'RESULT_READY', outcome: 'GRANTED' };
      case 'return':
        return { kind: 'RETURNED' };
      case 'refuse':
        return { kind: 'REFUSED', reason: 'x' };
      case 'stop':
        return { kind: 'STOPPED', reason: 'x' };
    }
  };

  it('allows a lifecycle action exactly when the model applies its event (hand-off and supplement-received narrowed)', () => {
    const now = new Date(SAMPLE_NOW);
    for (const dossier of Object.values(SAMPLE_DOSSIERS)) {
      const allowed = allowedOfficerActions(dossier, now);
      for (const action of LIFECYCLE_ACTIONS) {
        const label = `${dossier.code} (${dossier.state.kind}) ${action}`;
        // The model lets other steps enter IN_PROCESS too; these two actions only mean something from their own step.
        if ((action === 'hand-off' && dossier.state.kind !== 'IN_PROCESS') || (action === 'supplement-received' && dossier.state.kind !== 'SUPPLEMENT_REQUIRED')) {
          expect(allowed, label).not.toContain(action);
          continue;
        }
        let applies = true;
        try {
          applyEvent(dossier, { state: stateFor(action, dossier), at: '2026-12-31T10:00:00+07:00' });
        } catch {
          applies = false;
        }
        expect(allowed.includes(action), label).toBe(applies);
      }
    }
  });
});
