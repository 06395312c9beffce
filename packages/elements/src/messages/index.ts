import { hasMessages, registerMessages, type Locale } from '@dvc-kit/form-engine/core';
import { vi, type Messages } from './vi.js';

export type { Messages };
export { vi };

const loaded: Partial<Record<Locale, Messages>> = { vi };

/** The form's UI text for a locale: Vietnamese until another language is loaded (`loadMessages`). */
export function messagesFor(locale: Locale): Messages {
  return loaded[locale] ?? vi;
}

/**
 * Whether a locale's text is there, the form's and the engine's validation messages alike. Vietnamese always is:
 * the engine's Vietnamese messages come with the validator (or the full engine).
 */
export function hasLocale(locale: Locale): boolean {
  return locale === 'vi' || (loaded[locale] !== undefined && hasMessages(locale));
}

let english: Promise<void> | undefined;

/**
 * Loads a locale's text (the form's UI text and the engine's validation messages), once. English is two small
 * chunks a Vietnamese page never loads.
 */
export function loadMessages(locale: Locale): Promise<void> {
  if (hasLocale(locale)) return Promise.resolve();
  english ??= Promise.all([import('./en.js'), import('@dvc-kit/form-engine/messages-en')]).then(
    ([form, engine]) => {
      loaded.en = form.en;
      if (!hasMessages('en')) registerMessages('en', engine.en);
    },
    (error: unknown) => {
      // A failed download (e.g. offline) is tried again next time.
      english = undefined;
      throw error;
    },
  );
  return english;
}
