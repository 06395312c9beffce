/** Writes to a stored dossier with optimistic concurrency: read, change, write over the version read. */
import type { DossierEvent } from '@dvc-kit/dossier/types';
import type { ServerContext } from './context.js';
import type { AttachmentRecord, DossierRecord } from './store/types.js';

export interface DossierChange {
  next: DossierRecord;
  newEvents: DossierEvent[];
  attachments?: AttachmentRecord[];
}

/**
 * Applies `change` to the current record and writes it; when another write came first, reads again and retries (a
 * few times). For the server's own writes (the payment gateway), which hold no version the user saw. Returns the
 * record written, or undefined when there is no such dossier or `change` declines (returns undefined).
 */
export async function changeDossier(
  context: ServerContext,
  code: string,
  change: (record: DossierRecord) => DossierChange | undefined,
): Promise<DossierRecord | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const record = await context.store.getDossier(code);
    if (!record) return undefined;
    const planned = change(record);
    if (!planned) return undefined;
    if (await context.store.updateDossier({ ...planned.next, version: record.version + 1 }, record.version, planned.newEvents, planned.attachments)) {
      return { ...planned.next, version: record.version + 1 };
    }
  }
  throw new Error(`Dossier ${code} kept changing under five attempts to write it.`);
}
