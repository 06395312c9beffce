/**
 * Small DOM helpers every page uses. Text from a schema, the catalogue or the server goes in through `textContent`
 * only, never as HTML.
 */
import type { Lang } from './language.js';

/** Text and the language it is written in (Vietnamese where no English exists). */
export interface Localized {
  text: string;
  lang: Lang;
}

/** The element the page's HTML must have; a missing one is a bug in the page, said at once. */
export function required<T extends Element>(selector: string, root: ParentNode = document): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`The page lacks ${selector}`);
  return found;
}

/** Writes text (never HTML) and marks it with its own language when that is not the page's. */
export function setText(element: HTMLElement, value: Localized | string, pageLang: Lang): void {
  const { text, lang } = typeof value === 'string' ? { text: value, lang: pageLang } : value;
  element.textContent = text;
  if (lang === pageLang) element.removeAttribute('lang');
  else element.lang = lang;
}

/** A new element, with a class and text when given. */
export function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: Localized | string; lang?: Lang } = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) setText(element, options.text, options.lang ?? (document.documentElement.lang === 'en' ? 'en' : 'vi'));
  return element;
}

/** Fills every `[data-i18n="key"]` under `root` with that key's string of `text` (keys of other dictionaries are left alone). */
export function translateStatic(root: ParentNode, text: Readonly<Record<string, unknown>>): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = text[element.dataset.i18n ?? ''];
    if (typeof value === 'string') element.textContent = value;
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const value = text[element.dataset.i18nLabel ?? ''];
    if (typeof value === 'string') element.setAttribute('aria-label', value);
  }
}
