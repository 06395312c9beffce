/**
 * The draft of a dossier, kept in `sessionStorage` as the citizen types: private to the tab, gone when it closes,
 * cleared on submit. Files cannot be kept (storage holds text), so their metadata is left out of the draft: a
 * restored draft asks for them again. No DOM here (tested in Node).
 */
import { readStored, removeStored, writeStored, type SmallStorage } from '../layout/language.js';

const PREFIX = 'dvc-minhson:draft:';

/** Where the procedures' attachments live in the data (x-dvc components, expanded under `/attachments`). */
const ATTACHMENTS = 'attachments';

/** The data without the attachments' file metadata (the files themselves cannot be kept). */
export function draftOf(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.hasOwn(data, ATTACHMENTS)) return data;
  const { [ATTACHMENTS]: _files, ...rest } = data as Record<string, unknown>;
  return rest;
}

/** Keeps the draft; false when storage is off or full (the page says the draft is not kept). */
export function saveDraft(storage: SmallStorage | null, procedure: string, data: unknown): boolean {
  let text: string;
  try {
    text = JSON.stringify({ savedAt: Date.now(), data: draftOf(data) });
  } catch {
    return false;
  }
  return writeStored(storage, PREFIX + procedure, text);
}

export interface Draft {
  data: Record<string, unknown>;
  savedAt: number;
}

/** The kept draft, or null (none, or not readable: a damaged draft is dropped rather than put into the form). */
export function loadDraft(storage: SmallStorage | null, procedure: string): Draft | null {
  const text = readStored(storage, PREFIX + procedure);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const { data, savedAt } = value as Record<string, unknown>;
      if (typeof data === 'object' && data !== null && !Array.isArray(data) && typeof savedAt === 'number' && Object.keys(data).length > 0) {
        return { data: data as Record<string, unknown>, savedAt };
      }
    }
  } catch {
    // dropped below
  }
  removeStored(storage, PREFIX + procedure);
  return null;
}

export function clearDraft(storage: SmallStorage | null, procedure: string): void {
  removeStored(storage, PREFIX + procedure);
}
