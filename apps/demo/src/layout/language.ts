/**
 * The site's language: Vietnamese first, English on request (`?lang=en`), remembered in `localStorage` so every page
 * of the site opens in the language last chosen. No DOM here (tested in Node).
 */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The `localStorage` key that remembers the choice (`vi` or `en`). */
export const LANG_STORAGE_KEY = 'dvc-minhson:lang';

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** The URL's `?lang=` wins (a shared link), then the remembered choice, else Vietnamese. */
export function chooseLanguage(search: string, remembered: string | null): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if (isLang(asked)) return asked;
  return isLang(remembered) ? remembered : 'vi';
}

/** `Storage` as far as the site uses it: a browser that refuses storage (private mode, full quota) loses nothing else. */
export interface SmallStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Reads a key; null when storage is unavailable or refuses (a choice that cannot be remembered is not an error). */
export function readStored(storage: SmallStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a key; false when storage is unavailable or full. */
export function writeStored(storage: SmallStorage | null, key: string, value: string): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeStored(storage: SmallStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to keep: the key is gone or storage is off.
  }
}

/** `window.localStorage` or `sessionStorage`, or null where reading the property itself throws (blocked storage). */
export function storageOf(kind: 'localStorage' | 'sessionStorage'): SmallStorage | null {
  try {
    return globalThis[kind] ?? null;
  } catch {
    return null;
  }
}
