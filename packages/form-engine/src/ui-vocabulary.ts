/**
 * Checks the `x-ui` keyword against the vocabulary of schemas/meta/ui.schema.json, by hand, so the
 * browser needs no validator library to reject a misspelt member. Keep the two in step: a test
 * compares this checker with ajv running the meta-schema.
 */
import { escapeToken, isPlainObject } from './pointer.js';
import type { SchemaProblem } from './types.js';

export const UI_WIDGETS = [
  'text', 'textarea', 'email', 'url', 'tel', 'password', 'number', 'integer', 'date', 'datetime', 'time',
  'checkbox', 'radio', 'select', 'checkboxes', 'address', 'file',
] as const;
export const UI_INPUT_MODES = ['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url'] as const;
const UI_MEMBERS = ['widget', 'order', 'sections', 'placeholder', 'help', 'inputMode', 'autocomplete', 'rows', 'itemLabel', 'en', 'messages'];
const EN_MEMBERS = ['title', 'description', 'placeholder', 'itemLabel', 'options'];

function isText(value: unknown): boolean {
  if (typeof value === 'string') return true;
  return (
    isPlainObject(value) &&
    typeof value.vi === 'string' &&
    (value.en === undefined || typeof value.en === 'string') &&
    Object.keys(value).every((k) => k === 'vi' || k === 'en')
  );
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') && new Set(value).size === value.length;
}

export function checkUiVocabulary(ui: unknown, pointer: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const problem = (at: string, message: string) => problems.push({ pointer: at, keyword: 'x-ui', message });
  if (!isPlainObject(ui)) {
    problem(pointer, '"x-ui" must be an object.');
    return problems;
  }
  for (const [member, value] of Object.entries(ui)) {
    const at = `${pointer}/${escapeToken(member)}`;
    switch (member) {
      case 'widget':
        if (!(UI_WIDGETS as readonly unknown[]).includes(value)) problem(at, `Unknown widget ${JSON.stringify(value)}; use one of ${UI_WIDGETS.join(', ')}.`);
        break;
      case 'order':
        if (!isStringList(value)) problem(at, '"order" must be a list of distinct property names.');
        break;
      case 'inputMode':
        if (!(UI_INPUT_MODES as readonly unknown[]).includes(value)) problem(at, `Unknown inputMode ${JSON.stringify(value)}.`);
        break;
      case 'autocomplete':
        if (typeof value !== 'string') problem(at, '"autocomplete" must be a string.');
        break;
      case 'rows':
        if (!(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 40)) problem(at, '"rows" must be an integer from 1 to 40.');
        break;
      case 'placeholder':
      case 'help':
      case 'itemLabel':
        if (!isText(value)) problem(at, `"${member}" must be a string or {"vi": …, "en": …}.`);
        break;
      case 'messages':
        if (!isPlainObject(value)) problem(at, '"messages" must be an object of keyword → message.');
        else {
          for (const [keyword, message] of Object.entries(value)) {
            if (!/^[a-zA-Z]+$/.test(keyword)) problem(`${at}/${escapeToken(keyword)}`, `"${keyword}" is not a keyword name.`);
            if (!isText(message)) problem(`${at}/${escapeToken(keyword)}`, 'A message must be a string or {"vi": …, "en": …}.');
          }
        }
        break;
      case 'en':
        if (!isPlainObject(value)) problem(at, '"en" must be an object.');
        else {
          for (const [key, text] of Object.entries(value)) {
            const enAt = `${at}/${escapeToken(key)}`;
            if (!EN_MEMBERS.includes(key)) problem(enAt, `Unknown member "${key}" of "en"; use ${EN_MEMBERS.join(', ')}.`);
            else if (key === 'options') {
              if (!isPlainObject(text) || !Object.values(text).every((t) => typeof t === 'string')) problem(enAt, '"options" must map values to English labels.');
            } else if (typeof text !== 'string') problem(enAt, `"${key}" must be a string.`);
          }
        }
        break;
      case 'sections':
        if (!Array.isArray(value)) problem(at, '"sections" must be an array.');
        else {
          value.forEach((section, i) => {
            const sAt = `${at}/${i}`;
            if (!isPlainObject(section)) {
              problem(sAt, 'A section must be an object.');
              return;
            }
            for (const key of Object.keys(section)) {
              if (!['id', 'title', 'description', 'fields'].includes(key)) problem(`${sAt}/${escapeToken(key)}`, `Unknown member "${key}" of a section.`);
            }
            if (typeof section.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(section.id)) problem(`${sAt}/id`, 'A section needs an "id" of lowercase letters, digits and hyphens.');
            if (!isText(section.title)) problem(`${sAt}/title`, 'A section needs a "title".');
            if (section.description !== undefined && !isText(section.description)) problem(`${sAt}/description`, '"description" must be a string or {"vi": …, "en": …}.');
            if (!isStringList(section.fields) || section.fields.length === 0) problem(`${sAt}/fields`, '"fields" must be a non-empty list of distinct property names.');
          });
        }
        break;
      default:
        problem(at, `Unknown member "${member}" of "x-ui"; use ${UI_MEMBERS.join(', ')}.`);
    }
  }
  return problems;
}
