import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where a piece of async work stands, each state with its own data: nothing asked yet, under way, paused for
 * something the host waits for (what it waits with), failed (why), or done (the result).
 */
export type AsyncState<Value, Failure, Waiting = never> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'waiting'; readonly waiting: Waiting }
  | { readonly status: 'failed'; readonly failure: Failure }
  | { readonly status: 'ready'; readonly value: Value };

export type AsyncStatus = AsyncState<unknown, unknown, unknown>['status'];

const IDLE = { status: 'idle' } as const;
const LOADING = { status: 'loading' } as const;

/**
 * Async work of an element with explicit states, on the model of `@lit/task` (a status, an AbortSignal for work
 * that is superseded, a promise to wait for, an update of the host on every change).
 *
 * Why not `@lit/task` itself: a task is one async function of its arguments, always asynchronous. The dossier form
 * must make its form synchronously when nothing is missing (no "loading" flash, `valid` right after the first
 * update), and otherwise goes through steps it only discovers one at a time (fetch, code loaded on demand, a pause
 * for a language's text), each step started from the last one's result. Here a *run* is started with `restart()`;
 * its steps (`step`) and direct outcomes (`set`) apply only while it is the latest run, so a new schema drops the
 * outcome of the old one's downloads. A later lookup (a tracker's data) is one run of one step, and `retry` is
 * `restart` plus the same step.
 */
export class AsyncStateController<Value, Failure, Waiting = never> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #state: AsyncState<Value, Failure, Waiting> = IDLE;
  #run = 0;
  #abort: AbortController | null = null;
  #pending: Promise<void> | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Nothing to start or stop: work goes on while the host is moved in the page (disconnected, then connected). */
  hostConnected(): void {}

  get state(): AsyncState<Value, Failure, Waiting> {
    return this.#state;
  }

  get status(): AsyncStatus {
    return this.#state.status;
  }

  /** The result once ready, else undefined. */
  get value(): Value | undefined {
    return this.#state.status === 'ready' ? this.#state.value : undefined;
  }

  /** The step under way (null when none): what `updateComplete` of the host waits for. */
  get pending(): Promise<void> | null {
    return this.#pending;
  }

  /** Starts a new run: the old one's steps under way are aborted and their outcome dropped. Back to idle. */
  restart(): void {
    this.#run++;
    this.#abort?.abort();
    this.#abort = null;
    this.#pending = null;
    this.#commit(IDLE);
  }

  /** Sets the state of the current run at once (a step under way is not dropped: use `restart` for that). */
  set(state: AsyncState<Value, Failure, Waiting>): void {
    this.#commit(state);
  }

  /**
   * One step of the current run: loading until `work` settles, then `done` with its result or `failed` with its
   * error, unless another run started meanwhile. `work` gets a signal aborted when its run is superseded.
   */
  step<T>(work: (signal: AbortSignal) => Promise<T>, done: (result: T) => void, failed: (error: unknown) => void): void {
    const run = this.#run;
    const abort = (this.#abort ??= new AbortController());
    this.#commit(LOADING);
    const settle = (then: () => void) => {
      if (run !== this.#run) return;
      this.#pending = null;
      then();
      this.#host.requestUpdate();
    };
    let started: Promise<T>;
    try {
      started = work(abort.signal);
    } catch (error) {
      started = Promise.reject(error);
    }
    this.#pending = started.then(
      (result) => settle(() => done(result)),
      (error: unknown) => settle(() => failed(error)),
    );
  }

  #commit(state: AsyncState<Value, Failure, Waiting>): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#host.requestUpdate();
  }
}
