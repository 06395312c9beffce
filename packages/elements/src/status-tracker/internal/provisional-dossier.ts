// PROVISIONAL: stands in for @dvc-kit/dossier's HTTP source until it lands on main; deleted then.
import { DossierSourceError, type DossierSource } from '@dvc-kit/dossier';

export function createHttpDossierSource(_options: { baseUrl: string }): DossierSource {
  const fail = () => Promise.reject(new DossierSourceError('server', 'HTTP source not available yet'));
  return { secondFactors: [], lookup: fail, payment: fail };
}
