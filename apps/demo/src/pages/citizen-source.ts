/**
 * The dossier API as the citizen's pages read it (`@dvc-kit/dossier/http` against `/api`), with two things the
 * contract's client does not do by itself:
 * - the receipt token the tab kept for a dossier goes with its lookup and payment requests (the server accepts it in
 *   place of a second factor, api13), so the citizen who just filed is not asked for their ID number;
 * - the raw answer is shown to `onAnswer` before the contract reader keeps only the contract's fields (the tracking
 *   page reads the electronic result's attachment there when a plain-http server cannot give an https link).
 */
import { createHttpDossierSource } from '@dvc-kit/dossier/http';
import type { DossierSource, SecondFactorKind } from '@dvc-kit/dossier/types';

export interface CitizenSourceOptions {
  /** The receipt token kept for a dossier code, if any. */
  tokenFor(code: string): string | null;
  /** The second factors the tracker asks for: none when the token will do. */
  secondFactors: readonly SecondFactorKind[];
  onAnswer?(code: string, body: unknown): void;
  fetch?: typeof fetch;
  /** The API's absolute URL; default `/api` on the page's origin. */
  baseUrl?: string;
}

export function citizenSource({ tokenFor, secondFactors, onAnswer, fetch: fetchFn = globalThis.fetch, baseUrl }: CitizenSourceOptions): DossierSource {
  const withToken: typeof fetch = async (url, init = {}) => {
    let body = init.body;
    let code = '';
    try {
      const request = JSON.parse(typeof body === 'string' ? body : '') as { code?: unknown };
      code = typeof request.code === 'string' ? request.code : '';
      const token = code ? tokenFor(code) : null;
      if (token) body = JSON.stringify({ ...request, receiptToken: token });
    } catch {
      // Not JSON: sent as it is.
    }
    const response = await fetchFn(url, { ...init, body });
    // Read before the contract reader, so the page knows the raw answer when the element shows it.
    if (onAnswer && response.ok) {
      try {
        onAnswer(code, await response.clone().json());
      } catch {
        // Not JSON: the contract reader says so.
      }
    }
    return response;
  };
  return createHttpDossierSource({ baseUrl: baseUrl ?? new URL('/api', location.href).href, fetch: withToken, secondFactors });
}
