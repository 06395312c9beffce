import { describe, expect, it } from 'vitest';
import { chooseLanguage, readStored, writeStored } from '../src/layout/language.js';
import { MemoryStorage } from './memory-storage.js';

describe('the site language', () => {
  it('takes ?lang= first, then the remembered choice, else Vietnamese', () => {
    expect(chooseLanguage('?lang=en', 'vi')).toBe('en');
    expect(chooseLanguage('?lang=vi', 'en')).toBe('vi');
    expect(chooseLanguage('?code=X', 'en')).toBe('en');
    expect(chooseLanguage('', null)).toBe('vi');
    // Anything else is not a language of the site.
    expect(chooseLanguage('?lang=fr', 'de')).toBe('vi');
    expect(chooseLanguage('?lang=EN', null)).toBe('vi');
  });

  it('survives a browser that refuses storage', () => {
    const storage = new MemoryStorage();
    expect(writeStored(storage, 'k', 'en')).toBe(true);
    expect(readStored(storage, 'k')).toBe('en');
    storage.broken = true;
    expect(readStored(storage, 'k')).toBe(null);
    expect(writeStored(storage, 'k', 'vi')).toBe(false);
    expect(readStored(null, 'k')).toBe(null);
  });
});
