/**
 * Validation messages written for citizens, looked up by keyword and filled with parameters.
 * The dictionaries live apart (`messages-vi.ts`, `messages-en.ts`) so a page loads only the ones it speaks: the
 * full engine registers Vietnamese, `dvc-schema build` ships it with each precompiled validator, and English is
 * registered when needed.
 */
import type { Locale } from './types.js';
import type { vi } from './messages-vi.js';

export interface MessageContext {
  label: string;
  /** The widget: selects and radios say "chọn", checkboxes say "đánh dấu", others "nhập". */
  kind: string;
  params: Record<string, unknown>;
  locale: Locale;
}

export type MessageFn = (c: MessageContext) => string;

export type MessageKey = keyof typeof vi;

/** Every message of one language, by key. */
export type MessageDictionary = Record<MessageKey, MessageFn>;

/** Dictionaries by language, as given to `registerMessages`. */
export type Dictionaries = Partial<Record<Locale, MessageDictionary>>;

const dictionaries: Dictionaries = {};

/**
 * Adds the messages of a language: Vietnamese from `@dvc-kit/form-engine/messages-vi` (the full engine registers
 * it), English from `@dvc-kit/form-engine/messages-en` (`<dvc-dossier-form>` loads it when a form first turns English).
 */
export function registerMessages(locale: Locale, dictionary: MessageDictionary): void {
  dictionaries[locale] = dictionary;
}

/** Whether the messages of a language are registered (else `formatMessage` words them in Vietnamese). */
export function hasMessages(locale: Locale): boolean {
  return dictionaries[locale] !== undefined;
}

/**
 * The message of a keyword in the context's language. `own` are the dictionaries that came with the validator (a
 * precompiled one carries Vietnamese); registered ones come first, Vietnamese stands in for a missing language.
 */
export function formatMessage(keyword: string, context: MessageContext, own?: Dictionaries): string {
  const dictionary = dictionaryFor(context.locale, own);
  // No dictionary at all (a hand-made validator without messages): still say which field is wrong.
  if (!dictionary) return `${context.label} chưa hợp lệ`;
  const fn = (dictionary as Record<string, MessageFn>)[keyword] ?? dictionary.fallback;
  return fn(context);
}

function dictionaryFor(locale: Locale, own: Dictionaries | undefined): MessageDictionary | undefined {
  return dictionaries[locale] ?? own?.[locale] ?? dictionaries.vi ?? own?.vi;
}

/** The interface words of the field tree: dictionary keys that name things rather than word a problem. */
export type WordKey = 'item' | 'option' | 'yes' | 'no' | 'none' | 'example' | 'dossier' | 'entryKey';

/**
 * An interface word (an item's name, yes/no, "Ví dụ:"), looked up like a message. The engine holds no words of its
 * own: without any dictionary (a hand-made validator on the core page) the caller's language-neutral `fallback` is used.
 */
export function formatWord(key: WordKey | 'fieldOfGroup' | 'summary', locale: Locale, own: Dictionaries | undefined, params: Record<string, unknown>, fallback: string, label = ''): string {
  const fn = (dictionaryFor(locale, own) as Record<string, MessageFn> | undefined)?.[key];
  return fn ? fn({ label, kind: '', params, locale }) : fallback;
}
