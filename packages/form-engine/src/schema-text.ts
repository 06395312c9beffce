/**
 * A schema's own text as the form shows it: its `x-ui` options, its title, a text in the form's language. A module of
 * its own because the lazy map and tuple support uses it too: a lazy chunk that imported it from `form.ts` would
 * share the whole form with the page, which a bundler such as esbuild then ships as a chunk of its own.
 */
import { isPlainObject } from './pointer.js';
import type { JsonSchemaObject, Locale, LocalizedText } from './types.js';

export function uiOf(schema: JsonSchemaObject): Record<string, unknown> | undefined {
  const ui = schema['x-ui'];
  return isPlainObject(ui) ? ui : undefined;
}

export function localized(text: LocalizedText, locale: Locale): string {
  if (typeof text === 'string') return text;
  return locale === 'en' ? (text.en ?? text.vi) : text.vi;
}

export function titleOf(schema: JsonSchemaObject, locale: Locale): string | undefined {
  const en = uiOf(schema)?.en as Record<string, string> | undefined;
  if (locale === 'en' && en?.title) return en.title;
  return typeof schema.title === 'string' ? schema.title : undefined;
}
