/**
 * Where the citizen downloads a dossier's electronic result when the lookup view leaves it out: the contract's
 * `downloadUrl` must be https, so a server on plain http (the demo on 127.0.0.1) sends no `result` and names the
 * result's attachment instead (api13). The tracker's contract reader keeps only the contract's fields, so the page
 * reads the raw lookup answer itself. No DOM here.
 */
import type { Dossier } from '@dvc-kit/dossier/types';

const FINISHED = new Set(['RESULT_READY', 'RETURNED']);

/** Whether the dossier shown is returned online with no result the tracker can link (then the page asks). */
export function lacksResultLink(dossier: Dossier): boolean {
  return dossier.delivery.method === 'ONLINE' && !dossier.delivery.result && FINISHED.has(dossier.state.kind);
}

/** `/api/results/<id>` from a raw lookup answer's `delivery.resultAttachmentId`, else null. */
export function resultDownloadPath(rawLookup: unknown): string | null {
  const delivery = (rawLookup as { delivery?: { method?: unknown; resultAttachmentId?: unknown } } | null)?.delivery;
  if (!delivery || delivery.method !== 'ONLINE') return null;
  const id = delivery.resultAttachmentId;
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(id) ? `/api/results/${encodeURIComponent(id)}` : null;
}
