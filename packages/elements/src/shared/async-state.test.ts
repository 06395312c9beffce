import { describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AsyncStateController } from './async-state.js';

/** A host that counts the updates it was asked for (the controller needs no DOM). */
function host() {
  const controllers: ReactiveController[] = [];
  const h = {
    updates: 0,
    controllers,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => void h.updates++,
    updateComplete: Promise.resolve(true),
  };
  return h satisfies ReactiveControllerHost;
}

/** A promise and the functions that settle it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('AsyncStateController', () => {
  it('registers with its host and starts idle, with no work pending', () => {
    const h = host();
    const load = new AsyncStateController<string, string>(h);
    expect(h.controllers).toEqual([load]);
    expect(load.state).toEqual({ status: 'idle' });
    expect(load.value).toBeUndefined();
    expect(load.pending).toBeNull();
  });

  it('is loading while a step runs, then hands its result on; the host updates on each change', async () => {
    const h = host();
    const load = new AsyncStateController<number, string>(h);
    const work = deferred<number>();
    load.step(
      () => work.promise,
      (n) => load.set({ status: 'ready', value: n * 2 }),
      () => load.set({ status: 'failed', failure: 'no' }),
    );
    expect(load.status).toBe('loading');
    expect(load.pending).not.toBeNull();
    const updatesWhileLoading = h.updates;
    work.resolve(21);
    await load.pending;
    expect(load.state).toEqual({ status: 'ready', value: 42 });
    expect(load.value).toBe(42);
    expect(load.pending).toBeNull();
    expect(h.updates).toBeGreaterThan(updatesWhileLoading);
  });

  it('hands a rejected step, or one that throws before its promise, to `failed`', async () => {
    const load = new AsyncStateController<number, string>(host());
    const fail = (error: unknown) => load.set({ status: 'failed', failure: String((error as Error).message) });
    load.step(() => Promise.reject(new Error('offline')), () => {}, fail);
    await load.pending;
    expect(load.state).toEqual({ status: 'failed', failure: 'offline' });
    load.step(
      () => {
        throw new Error('no promise');
      },
      () => {},
      fail,
    );
    await load.pending;
    expect(load.state).toEqual({ status: 'failed', failure: 'no promise' });
  });

  it('drops the outcome of a superseded run and aborts its signal', async () => {
    const load = new AsyncStateController<string, string>(host());
    const old = deferred<string>();
    let oldSignal: AbortSignal | undefined;
    const outcomes: string[] = [];
    load.step(
      (signal) => ((oldSignal = signal), old.promise),
      (value) => outcomes.push(`old ${value}`),
      () => outcomes.push('old failed'),
    );
    const oldPending = load.pending;
    load.restart();
    expect(oldSignal?.aborted).toBe(true);
    expect(load.state).toEqual({ status: 'idle' });
    load.step(
      () => Promise.resolve('new'),
      (value) => load.set({ status: 'ready', value }),
      () => {},
    );
    await load.pending;
    old.resolve('late');
    await oldPending;
    expect(outcomes).toEqual([]);
    expect(load.value).toBe('new');
  });

  it('chains steps within one run: a step started from the last one keeps `pending` set until the chain ends', async () => {
    const load = new AsyncStateController<string, string>(host());
    const second = deferred<string>();
    load.step(
      () => Promise.resolve('schema'),
      () =>
        load.step(
          () => second.promise,
          (value) => load.set({ status: 'ready', value }),
          () => {},
        ),
      () => {},
    );
    await load.pending;
    expect(load.status).toBe('loading');
    expect(load.pending).not.toBeNull();
    second.resolve('form');
    await load.pending;
    expect(load.state).toEqual({ status: 'ready', value: 'form' });
  });

  it('keeps the data of a waiting state', () => {
    const load = new AsyncStateController<string, string, { schema: unknown }>(host());
    const schema = { type: 'object' };
    load.set({ status: 'waiting', waiting: { schema } });
    const { state } = load;
    expect(state.status === 'waiting' && state.waiting.schema).toBe(schema);
  });
});
