/**
 * Small DOM helpers for the console's views. Text goes in through `textContent` only: nothing from the server or the
 * citizen is ever parsed as HTML.
 */
import type { ConsoleLang } from './text.js';

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Text marked with its language when it is not the page's (`lang="vi"` for a Vietnamese title on the English page). */
export function inLang(text: string, textLang: ConsoleLang | undefined, pageLang: ConsoleLang): Node {
  if (textLang === undefined || textLang === pageLang) return document.createTextNode(text);
  return h('span', { lang: textLang }, text);
}

/** `<time datetime>` around a formatted time; plain text when the value is no time. */
export function time(text: string, machine: string | undefined): Node {
  return machine ? h('time', { datetime: machine }, text) : document.createTextNode(text);
}

/** `<div><dt/><dd/></div>` rows of a definition list; rows whose value is empty are left out. */
export function definitionRows(rows: readonly (readonly [string, Child | Child[]])[]): HTMLElement[] {
  return rows
    .filter(([, value]) => value !== undefined && value !== null && value !== false && value !== '' && !(Array.isArray(value) && value.length === 0))
    .map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, ...(Array.isArray(value) ? value : [value]))));
}

let counter = 0;
/** An id unique in the page, for label/description links. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * A sentence with a name in it (`text.queueHeading(name)`) as nodes, the name marked `lang="vi"` on the English page:
 * the dictionary's function is called with a placeholder and the sentence cut around it.
 */
export function withName(sentence: (name: string) => string, name: string, pageLang: ConsoleLang): (Node | string)[] {
  const marker = '\u0000';
  const [before = '', after = ''] = sentence(marker).split(marker);
  return [before, inLang(name, 'vi', pageLang), after].filter((part) => part !== '');
}
