import type { Locale } from '@dvc-kit/form-engine';
import { en } from './en.js';
import { vi, type Messages } from './vi.js';

export type { Messages };
export { vi, en };

const DICTIONARIES: Record<Locale, Messages> = { vi, en };

/** The element UI text for a locale. */
export function messagesFor(locale: Locale): Messages {
  return DICTIONARIES[locale];
}
