import type { SmallStorage } from '../src/layout/language.js';

/** `sessionStorage` as a map, with switches for a browser that refuses storage. */
export class MemoryStorage implements SmallStorage {
  readonly items = new Map<string, string>();
  full = false;
  broken = false;
  getItem(key: string): string | null {
    if (this.broken) throw new Error('SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.broken) throw new Error('SecurityError');
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    if (this.broken) throw new Error('SecurityError');
    this.items.delete(key);
  }
}
