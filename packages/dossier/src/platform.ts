/**
 * The few host functions the sources use (timers, AbortController, fetch), typed here because the package is built
 * with ES2022 only: no DOM and no Node types, so that nothing else of the host can slip in. Browsers and Node 18+
 * have all of them.
 */
import type { AbortSignalLike } from './types.js';

/** The part of a fetch `Response` the HTTP source reads. */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The part of `fetch` the HTTP source calls. */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal: AbortSignalLike; cache: 'no-store'; credentials: 'same-origin' },
) => Promise<FetchResponseLike>;

interface AbortControllerLike {
  readonly signal: AbortSignalLike;
  abort(reason?: unknown): void;
}

type TimerId = unknown;

export const platform = globalThis as unknown as {
  readonly fetch?: FetchLike;
  readonly AbortController: new () => AbortControllerLike;
  setTimeout(callback: () => void, ms: number): TimerId;
  clearTimeout(id: TimerId): void;
};

/** Calls `onAbort` once when `signal` aborts; returns the function that stops listening. */
export function abortable(signal: AbortSignalLike | undefined, onAbort: () => void): () => void {
  if (!signal) return () => {};
  if (signal.aborted) {
    onAbort();
    return () => {};
  }
  signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignalLike): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const stop = abortable(signal, () => {
      platform.clearTimeout(timer);
      reject(signal?.reason);
    });
    const timer = platform.setTimeout(() => {
      stop();
      resolve();
    }, ms);
  });
}
