// PROVISIONAL: stands in for @dvc-kit/dossier's HTTP source until it lands on main; deleted then.
import { DossierSourceError, type DossierSource, type SecondFactorKind } from '@dvc-kit/dossier';

export function createHttpDossierSource(options: { baseUrl: string; secondFactors?: readonly SecondFactorKind[]; timeoutMs?: number }): DossierSource {
  if (!/^https?:\/\//.test(options.baseUrl)) throw new TypeError('baseUrl must be an http(s) URL');
  const fail = () => Promise.reject(new DossierSourceError('server', 'HTTP source not available yet'));
  return { secondFactors: options.secondFactors ?? [], lookup: fail, payment: fail };
}
