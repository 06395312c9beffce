/**
 * The lifecycle of a dossier (domain brief §3): which state may follow which, and the functions that move a dossier
 * along, each returning a new dossier and leaving the old one as it was.
 */
import { dueDate } from '@dvc-kit/procedure';
import type { DueDateOptions } from '@dvc-kit/procedure';
import { toInstant } from '@dvc-kit/vn/calendar';
import { CalendarError } from '@dvc-kit/vn/errors';
import type { Dossier, DossierEvent, DossierState, DossierStateKind, Instant } from './types.js';
import { TERMINAL_STATE_KINDS } from './types.js';

/** A state as the state machine sees it: SUPPLEMENT_REQUIRED is two states, one per stage. */
export const LIFECYCLE_STEPS = [
  'SUBMITTED',
  'SUPPLEMENT_REQUIRED[intake]',
  'RECEIVED',
  'REFUSED',
  'IN_PROCESS',
  'SUPPLEMENT_REQUIRED[processing]',
  'PAYMENT_REQUIRED',
  'RESULT_READY',
  'RETURNED',
  'WITHDRAWN',
  'STOPPED',
] as const;
export type LifecycleStep = (typeof LIFECYCLE_STEPS)[number];

/**
 * The steps a dossier may enter from each step, exactly as domain brief §3 draws the machine. IN_PROCESS may follow
 * itself: a hand-off to the next step or agency (liên thông).
 */
export const DOSSIER_TRANSITIONS: Readonly<Record<LifecycleStep, readonly LifecycleStep[]>> = {
  SUBMITTED: ['RECEIVED', 'REFUSED', 'SUPPLEMENT_REQUIRED[intake]', 'WITHDRAWN'],
  'SUPPLEMENT_REQUIRED[intake]': ['SUBMITTED', 'WITHDRAWN', 'STOPPED'],
  RECEIVED: ['IN_PROCESS', 'WITHDRAWN'],
  REFUSED: [],
  IN_PROCESS: ['IN_PROCESS', 'SUPPLEMENT_REQUIRED[processing]', 'PAYMENT_REQUIRED', 'RESULT_READY', 'STOPPED', 'WITHDRAWN'],
  'SUPPLEMENT_REQUIRED[processing]': ['IN_PROCESS', 'STOPPED', 'WITHDRAWN'],
  PAYMENT_REQUIRED: ['IN_PROCESS', 'RESULT_READY', 'STOPPED'],
  RESULT_READY: ['RETURNED'],
  RETURNED: [],
  WITHDRAWN: [],
  STOPPED: [],
};

/** Where a dossier's history may start: filed online (SUBMITTED), or on paper or by post, received at the desk (RECEIVED). */
export const INITIAL_STEPS = ['SUBMITTED', 'RECEIVED'] as const satisfies readonly LifecycleStep[];

/** The step of a state (its kind, and the stage for a supplement request). */
export function stepOf(state: Pick<DossierState, 'kind'> & { stage?: unknown }): LifecycleStep {
  return state.kind === 'SUPPLEMENT_REQUIRED' ? (`SUPPLEMENT_REQUIRED[${String(state.stage)}]` as LifecycleStep) : state.kind;
}

/** Whether a dossier in step `from` may move to step `to`. */
export function canTransition(from: LifecycleStep, to: LifecycleStep): boolean {
  return Object.hasOwn(DOSSIER_TRANSITIONS, from) && DOSSIER_TRANSITIONS[from].includes(to);
}

/** Whether nothing can follow this state. */
export function isTerminal(state: Pick<DossierState, 'kind'>): boolean {
  return (TERMINAL_STATE_KINDS as readonly DossierStateKind[]).includes(state.kind);
}

export const TRANSITION_ERROR_REASONS = ['not-allowed', 'not-initial', 'invalid-state', 'invalid-time', 'out-of-order'] as const;
/**
 * Why an event cannot be applied: the machine has no such transition; a history that does not start at SUBMITTED
 * or RECEIVED; the state lacks its data (a reason, the items to add, …); the time is not an instant with its zone;
 * the event is older than the last one.
 */
export type TransitionErrorReason = (typeof TRANSITION_ERROR_REASONS)[number];

/** An event that cannot follow the dossier's current state. */
export class DossierTransitionError extends Error {
  /** The step the dossier is in; undefined when it has no history yet. */
  readonly from: LifecycleStep | undefined;
  readonly to: LifecycleStep;
  readonly reason: TransitionErrorReason;
  constructor(from: LifecycleStep | undefined, to: LifecycleStep, reason: TransitionErrorReason, message: string) {
    super(message);
    this.name = 'DossierTransitionError';
    this.from = from;
    this.to = to;
    this.reason = reason;
  }
}

/** What a new dossier starts with; its first event makes its state. */
export type DossierInit = Omit<Dossier, 'state' | 'events' | 'receivedAt' | 'dueAt' | 'revisedDueAt' | 'apology'>;

export interface ApplyOptions {
  /**
   * The procedure schema (or its `x-dvc`): when the dossier is received without a due date, `dueAt` is set with
   * `@dvc-kit/procedure`'s `dueDate()` from the time of receipt.
   */
  procedure?: unknown;
  /** Passed to `dueDate()` (calendar, the channel's processing time, office hours). */
  dueDateOptions?: DueDateOptions;
}

/**
 * A new dossier whose history starts with `first` (SUBMITTED when filed online; RECEIVED when filed on paper or by
 * post).
 *
 * @throws {DossierTransitionError} `not-initial` for any other state, or as `applyEvent` does.
 */
export function openDossier(init: DossierInit, first: DossierEvent, options: ApplyOptions = {}): Dossier {
  checkEvent(undefined, first);
  const step = stepOf(first.state);
  if (!(INITIAL_STEPS as readonly LifecycleStep[]).includes(step)) {
    throw new DossierTransitionError(undefined, step, 'not-initial', `A dossier's history starts at SUBMITTED or RECEIVED, not at ${step}.`);
  }
  return withEvent({ ...init, state: first.state, events: [] }, first, options);
}

/**
 * The dossier after `event`: its state becomes the event's, the event is appended; entering RECEIVED sets
 * `receivedAt` (and `dueAt`, given the procedure).
 *
 * @throws {DossierTransitionError} when §3 has no transition from the current step to the event's, the event's
 * state lacks its data, or its time is not an instant or is older than the last event.
 */
export function applyEvent(dossier: Dossier, event: DossierEvent, options: ApplyOptions = {}): Dossier {
  const from = stepOf(dossier.state);
  const to = stepOf(event.state);
  checkEvent(from, event);
  if (!canTransition(from, to)) {
    const why = DOSSIER_TRANSITIONS[from]?.length === 0 ? `${from} is final` : `${from} may be followed by ${DOSSIER_TRANSITIONS[from]?.join(', ')} only`;
    throw new DossierTransitionError(from, to, 'not-allowed', `Dossier ${dossier.code} cannot go from ${from} to ${to}: ${why}.`);
  }
  const last = dossier.events.at(-1);
  if (last && instant(event.at) < instant(last.at)) {
    throw new DossierTransitionError(from, to, 'out-of-order', `The event at ${event.at} is older than the last one (${last.at}).`);
  }
  return withEvent(dossier, event, options);
}

/** `applyEvent` with the event written out: the new state, when, and optionally where, by whom and why. */
export function transition(
  dossier: Dossier,
  state: DossierState,
  details: Omit<DossierEvent, 'state'>,
  options: ApplyOptions = {},
): Dossier {
  return applyEvent(dossier, { ...details, state }, options);
}

function withEvent(dossier: Dossier, event: DossierEvent, options: ApplyOptions): Dossier {
  const next: Dossier = { ...dossier, state: event.state, events: [...dossier.events, event] };
  if (event.state.kind === 'RECEIVED') {
    next.receivedAt = event.at;
    if (next.dueAt === undefined && options.procedure !== undefined) next.dueAt = dueDate(options.procedure, event.at, options.dueDateOptions).dueAt;
  }
  return next;
}

function checkEvent(from: LifecycleStep | undefined, event: DossierEvent): void {
  const to = stepOf(event.state);
  const fail = (reason: TransitionErrorReason, message: string): never => {
    throw new DossierTransitionError(from, to, reason, message);
  };
  try {
    toInstant(event.at, 'at');
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    fail('invalid-time', `The event's time must be an ISO date-time with its zone, got ${JSON.stringify(event.at)}.`);
  }
  const problem = stateProblem(event.state);
  if (problem) fail('invalid-state', `${to}: ${problem}.`);
}

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/** What the state lacks, or undefined when it is whole. */
export function stateProblem(state: DossierState): string | undefined {
  switch (state.kind) {
    case 'REFUSED':
    case 'STOPPED':
      return hasText(state.reason) ? undefined : 'the reason is required';
    case 'SUPPLEMENT_REQUIRED':
      if (state.stage !== 'intake' && state.stage !== 'processing') return 'the stage must be intake or processing';
      if (!hasText(state.reason)) return 'the reason is required';
      if (!Array.isArray(state.items) || state.items.length === 0) return 'at least one item to add is required';
      if (!state.items.every((item) => hasText(item.name))) return 'every item to add needs a name';
      return state.deadline === undefined || isInstant(state.deadline) ? undefined : 'the deadline must be an ISO date-time with its zone';
    case 'IN_PROCESS':
      if (!hasText(state.agency?.name)) return 'the agency holding the dossier is required';
      return state.stepDueAt === undefined || isInstant(state.stepDueAt) ? undefined : "the step's due time must be an ISO date-time with its zone";
    case 'PAYMENT_REQUIRED':
      return Number.isSafeInteger(state.amount) && state.amount >= 0 ? undefined : 'the amount must be whole VND, at least 0';
    case 'RESULT_READY':
      if (state.outcome !== 'GRANTED' && state.outcome !== 'REJECTED') return 'the outcome must be GRANTED or REJECTED';
      return state.outcome === 'REJECTED' && !hasText(state.reason) ? 'a rejection needs its reason' : undefined;
    case 'SUBMITTED':
    case 'RECEIVED':
    case 'RETURNED':
    case 'WITHDRAWN':
      return undefined;
    default:
      return `unknown state ${JSON.stringify((state as { kind: unknown }).kind)}`;
  }
}

function isInstant(value: Instant): boolean {
  try {
    toInstant(value);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds since the epoch of an instant already checked. */
function instant(value: Instant): number {
  return toInstant(value);
}
