/** A `DossierSource` over dossiers held in memory, for stories, demos and tests. */
import { checkLookupRequest } from './request.js';
import { sleep } from './platform.js';
import type { Dossier, DossierPayment, DossierSource, DossierSourceErrorCode, LookupRequest, SecondFactor, SecondFactorKind, SourceCallOptions } from './types.js';
import { DossierSourceError } from './types.js';

export interface MemoryDossierSourceOptions {
  /** Answer after this many milliseconds (abortable), to show loading states; default 0. */
  delayMs?: number;
  /**
   * Fail every call (after the delay) with this error, or with the error a function returns for the request
   * (undefined: answer normally). A code alone makes an error with a plain message (and 30 s for `rate-limited`).
   */
  failWith?: DossierSourceErrorCode | DossierSourceError | ((request: LookupRequest) => DossierSourceError | DossierSourceErrorCode | undefined);
  /**
   * The second factors each dossier accepts, by its code; a lookup must bring one of them. A dossier not listed
   * needs none. `SAMPLE_SECOND_FACTORS` fits `SAMPLE_DOSSIERS`.
   */
  secondFactors?: Readonly<Record<string, readonly SecondFactor[]>>;
}

/** The in-memory source, whose dossiers can be replaced while it runs (to show a refresh). */
export interface MemoryDossierSource extends DossierSource {
  /** Adds the dossier, or replaces the one with its code. */
  set(dossier: Dossier): void;
}

/**
 * A source answering from `dossiers` (copied: later changes to them do not show, and callers get copies). A lookup
 * without the second factor a dossier needs fails with `wrong-second-factor`, as the HTTP API does; `payment` of a
 * dossier without fees fails with `not-found`.
 */
export function createMemoryDossierSource(dossiers: Iterable<Dossier>, options: MemoryDossierSourceOptions = {}): MemoryDossierSource {
  const byCode = new Map<string, Dossier>();
  for (const dossier of dossiers) byCode.set(dossier.code, copy(dossier));
  const factors = options.secondFactors ?? {};
  const delayMs = options.delayMs ?? 0;
  if (!Number.isFinite(delayMs) || delayMs < 0) throw new TypeError(`delayMs must be a number of milliseconds, at least 0, got ${String(delayMs)}.`);
  const kinds = new Set<SecondFactorKind>();
  for (const list of Object.values(factors)) for (const factor of list) kinds.add(factor.kind);

  async function find(request: LookupRequest, callOptions: SourceCallOptions): Promise<Dossier> {
    const signal = callOptions.signal;
    const checked = checkLookupRequest(request);
    if (delayMs > 0 || signal?.aborted) {
      await sleep(delayMs, signal).catch((reason: unknown) => {
        throw new DossierSourceError('aborted', 'The caller aborted the request.', { cause: reason });
      });
    }
    const failure = typeof options.failWith === 'function' ? options.failWith(checked) : options.failWith;
    if (failure !== undefined) throw typeof failure === 'string' ? errorOf(failure) : failure;
    const dossier = byCode.get(checked.code);
    if (!dossier) throw new DossierSourceError('not-found', `No dossier ${checked.code}.`, { status: 404 });
    const accepted = Object.hasOwn(factors, checked.code) ? factors[checked.code] : [];
    const given = checked.secondFactor;
    if (accepted.length > 0 && !accepted.some((factor) => given && factor.kind === given.kind && factor.value === given.value)) {
      throw new DossierSourceError('wrong-second-factor', `The second factor does not match dossier ${checked.code}.`, { status: 403 });
    }
    return dossier;
  }

  return {
    secondFactors: Object.freeze([...kinds]),
    async lookup(request: LookupRequest, callOptions: SourceCallOptions = {}): Promise<Dossier> {
      return copy(await find(request, callOptions));
    },
    async payment(request: LookupRequest, callOptions: SourceCallOptions = {}): Promise<DossierPayment> {
      const dossier = await find(request, callOptions);
      if (!dossier.fees) throw new DossierSourceError('not-found', `Dossier ${dossier.code} has no fees.`, { status: 404 });
      return copy(dossier.fees.payment);
    },
    set(dossier: Dossier): void {
      byCode.set(dossier.code, copy(dossier));
    },
  };
}

function errorOf(code: DossierSourceErrorCode): DossierSourceError {
  const status = { 'invalid-request': 400, 'not-found': 404, 'wrong-second-factor': 403, 'rate-limited': 429, server: 503 } as Partial<Record<DossierSourceErrorCode, number>>;
  const details = { ...(Object.hasOwn(status, code) ? { status: status[code] } : {}), ...(code === 'rate-limited' ? { retryAfterMs: 30_000 } : {}) };
  return new DossierSourceError(code, `Failed on purpose with ${code} (in-memory source).`, details);
}

/** A deep copy of JSON data (a dossier is JSON by contract). */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
