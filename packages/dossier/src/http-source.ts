/**
 * A `DossierSource` that reads the dossier API of `schemas/api/openapi.json` over HTTP: a timeout per attempt,
 * retries with bounded exponential backoff and jitter for what may pass (5xx, network, timeout, 429 after its
 * Retry-After), each failure a `DossierSourceError` with its code, and every answer read against the contract
 * (`readDossier`) before a widget sees it.
 */
import { ContractError, readDossier, readPayment } from './contract.js';
import { checkLookupRequest } from './request.js';
import type { AbortSignalLike, Dossier, DossierPayment, DossierSource, LookupRequest, SecondFactorKind, SourceCallOptions } from './types.js';
import { DossierSourceError, SECOND_FACTOR_KINDS } from './types.js';
import { abortable, platform, sleep } from './platform.js';
import type { FetchLike } from './platform.js';

export type { FetchLike, FetchResponseLike } from './platform.js';

/** Exponential backoff: attempt n waits between half and all of min(maxMs, baseMs × 2^n). */
export interface Backoff {
  /** Default 500 ms. */
  baseMs?: number;
  /** Default 8 s. */
  maxMs?: number;
}

export interface HttpDossierSourceOptions {
  /** Where the API is served, e.g. `https://dichvucong.example.gov.vn/api/dvc` (paths are appended). */
  baseUrl: string;
  /**
   * The fetch to use; default the global one. Its type is the page's own `fetch` where there is one (DOM or Node
   * types), so `fetch: myFetch` type-checks.
   */
  fetch?: typeof globalThis extends { fetch: infer F } ? F : FetchLike;
  /** Per attempt, in milliseconds; default 10 000. */
  timeoutMs?: number;
  /** Tries after the first for a failure that may pass (5xx, network, timeout, 429); default 2. */
  retries?: number;
  backoff?: Backoff;
  /** The longest Retry-After honoured by waiting, in ms; a longer one fails at once with `rate-limited`. Default 30 000. */
  maxRetryAfterMs?: number;
  /** The second factors the server accepts; default both. */
  secondFactors?: readonly SecondFactorKind[];
  /** Extra request headers (e.g. the portal's own API key). */
  headers?: Readonly<Record<string, string>>;
  /** For tests: the random source of the jitter, in [0, 1). */
  random?: () => number;
}

/** The largest answer read, in characters: a dossier of 500 events is far below it. */
const MAX_BODY_CHARS = 2_000_000;

/** A `DossierSource` over HTTP (see `schemas/api/openapi.json`). */
export function createHttpDossierSource(options: HttpDossierSourceOptions): DossierSource {
  const baseUrl = checkBaseUrl(options.baseUrl);
  const timeoutMs = bounded(options.timeoutMs, 10_000, 1, 600_000, 'timeoutMs');
  const retries = bounded(options.retries, 2, 0, 10, 'retries');
  const baseMs = bounded(options.backoff?.baseMs, 500, 0, 600_000, 'backoff.baseMs');
  const maxMs = bounded(options.backoff?.maxMs, 8_000, 0, 600_000, 'backoff.maxMs');
  const maxRetryAfterMs = bounded(options.maxRetryAfterMs, 30_000, 0, 3_600_000, 'maxRetryAfterMs');
  const random = options.random ?? Math.random;
  const secondFactors = Object.freeze([...(options.secondFactors ?? SECOND_FACTOR_KINDS)]);
  const headers = { ...options.headers, 'content-type': 'application/json', accept: 'application/json' };

  async function post<T>(path: string, request: LookupRequest, read: (body: unknown) => T, signal: AbortSignalLike | undefined): Promise<T> {
    const body = JSON.stringify(checkLookupRequest(request));
    const fetchFn = (options.fetch as FetchLike | undefined) ?? platform.fetch;
    if (!fetchFn) throw new DossierSourceError('network', 'No fetch: pass one in the options.');
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw aborted(signal);
      let failure: DossierSourceError;
      try {
        return await once(fetchFn, `${baseUrl}${path}`, body, read, signal);
      } catch (error) {
        if (!(error instanceof DossierSourceError)) throw error;
        failure = error;
      }
      if (!worthRetrying(failure) || attempt >= retries) throw failure;
      let wait: number;
      if (failure.code === 'rate-limited') {
        wait = failure.retryAfterMs ?? backoffMs(attempt);
        if (wait > maxRetryAfterMs) throw failure;
      } else {
        wait = backoffMs(attempt);
      }
      await sleep(wait, signal).catch((reason: unknown) => {
        throw aborted(signal, reason);
      });
    }
  }

  function backoffMs(attempt: number): number {
    const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
  }

  async function once<T>(fetchFn: FetchLike, url: string, body: string, read: (body: unknown) => T, signal: AbortSignalLike | undefined): Promise<T> {
    const controller = new platform.AbortController();
    let timedOut = false;
    const timer = platform.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const stop = abortable(signal, () => controller.abort());
    try {
      let response;
      try {
        response = await fetchFn(url, { method: 'POST', headers, body, signal: controller.signal, cache: 'no-store', credentials: 'same-origin' });
      } catch (error) {
        throw failureOf(error);
      }
      const length = Number(response.headers.get('content-length') ?? 0);
      if (response.status >= 200 && response.status < 300 && length > MAX_BODY_CHARS * 4) {
        throw new DossierSourceError('malformed', `The answer is ${length} bytes: larger than a dossier can be.`, { status: response.status });
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw failureOf(error);
      }
      return answer(response.status, response.headers, text, read);
    } finally {
      platform.clearTimeout(timer);
      stop();
      // Frees the connection when the body was left unread (a 200 too large to read); a no-op once it is read.
      controller.abort();
    }

    function failureOf(error: unknown): DossierSourceError {
      if (signal?.aborted) return aborted(signal, error);
      if (timedOut) return new DossierSourceError('timeout', `No answer from ${url} within ${timeoutMs} ms.`, { cause: error });
      return new DossierSourceError('network', `Could not reach ${url}: ${error instanceof Error ? error.message : String(error)}.`, { cause: error });
    }
  }

  return {
    secondFactors,
    lookup: (request: LookupRequest, callOptions: SourceCallOptions = {}): Promise<Dossier> => post('/dossiers/lookup', request, readDossier, callOptions.signal),
    payment: (request: LookupRequest, callOptions: SourceCallOptions = {}): Promise<DossierPayment> => post('/dossiers/payment', request, readPayment, callOptions.signal),
  };
}

/** The answer of one attempt: the value read against the contract, or the error its status means. */
function answer<T>(status: number, headers: { get(name: string): string | null }, text: string, read: (body: unknown) => T): T {
  const details = { status };
  if (status >= 200 && status < 300) {
    if (text.length > MAX_BODY_CHARS) throw new DossierSourceError('malformed', `The answer is larger than ${MAX_BODY_CHARS} characters.`, details);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new DossierSourceError('malformed', `The answer is not JSON: ${JSON.stringify(text.slice(0, 60))}.`, { ...details, cause: error });
    }
    try {
      return read(body);
    } catch (error) {
      if (!(error instanceof ContractError)) throw error;
      throw new DossierSourceError('malformed', `The answer breaks the contract at ${error.message}.`, { ...details, cause: error });
    }
  }
  const said = serverMessage(text);
  if (status === 400) throw new DossierSourceError('invalid-request', `The server refused the request (400)${said}.`, details);
  if (status === 401 || status === 403) throw new DossierSourceError('wrong-second-factor', `The second factor does not match (${status})${said}.`, details);
  if (status === 404) throw new DossierSourceError('not-found', `No such dossier (404)${said}.`, details);
  if (status === 429) {
    const retryAfterMs = retryAfterOf(headers.get('retry-after'), text);
    throw new DossierSourceError('rate-limited', `Too many tries (429)${said}.`, retryAfterMs === undefined ? details : { ...details, retryAfterMs });
  }
  // 5xx, or an answer this contract does not have (reported alike; only 5xx is retried, see worthRetrying).
  throw new DossierSourceError('server', `The server failed (${status})${said}.`, details);
}

/** Whether another attempt may get a better answer: not for an answer this contract does not have (a 3xx, a 418). */
function worthRetrying(failure: DossierSourceError): boolean {
  if (failure.code === 'server') return failure.status === undefined || failure.status >= 500;
  return failure.code === 'network' || failure.code === 'timeout' || failure.code === 'rate-limited';
}

/** The error body's message for developers, as ": …" (widgets show their own words for the code). */
function serverMessage(text: string): string {
  try {
    const body = JSON.parse(text) as unknown;
    if (body !== null && typeof body === 'object' && Object.hasOwn(body, 'message')) {
      const message = (body as { message: unknown }).message;
      if (typeof message === 'string' && message.trim()) return `: ${message.trim().slice(0, 200)}`;
    }
  } catch {
    // Not JSON: nothing more to say.
  }
  return '';
}

/** Retry-After in ms: seconds, or an HTTP date; else the error body's `retryAfter` (seconds). */
function retryAfterOf(header: string | null, text: string): number | undefined {
  if (header !== null) {
    const trimmed = header.trim();
    if (/^[0-9]{1,9}$/.test(trimmed)) return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  }
  try {
    const body = JSON.parse(text) as { retryAfter?: unknown };
    if (body !== null && typeof body === 'object' && Object.hasOwn(body, 'retryAfter') && Number.isSafeInteger(body.retryAfter) && (body.retryAfter as number) >= 0) {
      return (body.retryAfter as number) * 1000;
    }
  } catch {
    // No body to read it from.
  }
  return undefined;
}

function aborted(signal: AbortSignalLike | undefined, cause?: unknown): DossierSourceError {
  return new DossierSourceError('aborted', 'The caller aborted the request.', { cause: cause ?? signal?.reason });
}

function checkBaseUrl(value: unknown): string {
  if (typeof value !== 'string' || !/^https?:\/\/[^\s/?#]+[^\s?#]*$/.test(value)) {
    throw new TypeError(`baseUrl must be an http(s) URL without query or fragment, got ${JSON.stringify(value)}.`);
  }
  return value.replace(/\/+$/, '');
}

function bounded(value: number | undefined, fallback: number, min: number, max: number, what: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) throw new TypeError(`${what} must be a number from ${min} to ${max}, got ${String(value)}.`);
  return value;
}
