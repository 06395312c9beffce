/**
 * The actions an officer takes on a dossier (the officer API's `action` values), the lifecycle step each one aims
 * at, and the actions a dossier's current state allows. One definition for the server that applies them and the
 * console that offers them, so the console never offers what the server refuses for the state alone. The rules
 * themselves stay the lifecycle's (`canTransition` over `DOSSIER_TRANSITIONS`) and the apology's (`apologize`).
 */
import { ApologyError, apologize } from './apology.js';
import { canTransition, stepOf } from './lifecycle.js';
import type { LifecycleStep } from './lifecycle.js';
import type { Dossier } from './types.js';

/** In the order the console shows them. */
export const OFFICER_ACTIONS = [
  'accept',
  'request-supplement',
  'supplement-received',
  'hand-off',
  'request-payment',
  'record-result',
  'return',
  'refuse',
  'stop',
  'apologize',
] as const;
export type OfficerAction = (typeof OFFICER_ACTIONS)[number];
/** The actions that move the dossier to another step; an apology moves the appointment, not the state. */
export type LifecycleAction = Exclude<OfficerAction, 'apologize'>;

export function isOfficerAction(value: unknown): value is OfficerAction {
  return (OFFICER_ACTIONS as readonly unknown[]).includes(value);
}

const TARGETS: Readonly<Record<LifecycleAction, (from: LifecycleStep) => LifecycleStep | undefined>> = {
  // The server then starts processing at once (RECEIVED → IN_PROCESS).
  accept: () => 'RECEIVED',
  // A supplement is asked at intake before receipt, during processing after.
  'request-supplement': (from) => (from === 'SUBMITTED' ? 'SUPPLEMENT_REQUIRED[intake]' : 'SUPPLEMENT_REQUIRED[processing]'),
  // Only after a supplement request: from IN_PROCESS the lifecycle would take IN_PROCESS as a step to itself.
  'supplement-received': (from) =>
    from === 'SUPPLEMENT_REQUIRED[intake]' ? 'SUBMITTED' : from === 'SUPPLEMENT_REQUIRED[processing]' ? 'IN_PROCESS' : undefined,
  // Liên thông: processing moves on to another agency. Only from IN_PROCESS: from a payment or a supplement request
  // it would skip them.
  'hand-off': (from) => (from === 'IN_PROCESS' ? 'IN_PROCESS' : undefined),
  'request-payment': () => 'PAYMENT_REQUIRED',
  'record-result': () => 'RESULT_READY',
  return: () => 'RETURNED',
  refuse: () => 'REFUSED',
  stop: () => 'STOPPED',
};

/**
 * The step `action` moves a dossier to from step `from`, or undefined when the action has no meaning there. Whether
 * the lifecycle allows that move is `canTransition`'s answer (see `allowedOfficerActions`).
 */
export function officerActionTarget(action: LifecycleAction, from: LifecycleStep): LifecycleStep | undefined {
  return Object.hasOwn(TARGETS, action) ? TARGETS[action](from) : undefined;
}

/** Whether the lifecycle lets `action` move a dossier on from step `from`. */
export function canTakeAction(action: LifecycleAction, from: LifecycleStep): boolean {
  const target = officerActionTarget(action, from);
  return target !== undefined && canTransition(from, target);
}

/**
 * Whether an apology may still move the appointment: `apologize()`'s own rules, tried on the dossier (which is not
 * changed). Without `now`, only what the dossier itself decides (a due date, not finished, no apology yet); with it,
 * also the rule that the letter comes at least one day before the original due day.
 */
export function canApologize(dossier: Dossier, now?: Date): boolean {
  if (dossier.dueAt === undefined) return false;
  const due = Date.parse(dossier.dueAt);
  if (Number.isNaN(due)) return false;
  try {
    const letter = { at: now ? now.toISOString() : dossier.dueAt, reason: 'probe', revisedDueAt: new Date(due + 86_400_000).toISOString() };
    apologize(dossier, letter, now ? {} : { beforeDueDate: false });
    return true;
  } catch (error) {
    if (error instanceof ApologyError) return false;
    throw error;
  }
}

/** The actions the dossier's current state allows, in `OFFICER_ACTIONS`' order. `now`: as for `canApologize`. */
export function allowedOfficerActions(dossier: Dossier, now?: Date): OfficerAction[] {
  const from = stepOf(dossier.state);
  return OFFICER_ACTIONS.filter((action) => (action === 'apologize' ? canApologize(dossier, now) : canTakeAction(action, from)));
}
