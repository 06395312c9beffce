import { noChange } from 'lit';
import { Directive, directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';
import { deepEqual, inputValueOf, type FieldNode } from '@dvc-kit/form-engine/core';

/** What the citizen last typed into an input and the value the engine made of it. */
const typed = new WeakMap<Element, { raw: string; value: unknown }>();

/** Record what the citizen typed (call after the engine took the text). */
export function rememberTyped(element: HTMLInputElement | HTMLTextAreaElement, value: unknown): void {
  typed.set(element, { raw: element.value, value });
}

/**
 * Binds `.value` of a text-like input to a field without fighting the citizen's typing: the text is kept while
 * it is what produced the current value (e.g. "1." while the value is 1), and replaced otherwise (a prefill,
 * a reset, a moved list item).
 */
class InputValueDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.PROPERTY || info.name !== 'value') {
      throw new Error('inputValue() only works in a .value binding');
    }
  }

  render(node: FieldNode, datePart?: DatePart): unknown {
    return datePart ? datePartOf(node.value, datePart) : inputValueOf(node);
  }

  override update(part: PropertyPart, [node, datePart]: [FieldNode, DatePart?]): unknown {
    const element = part.element as HTMLInputElement | HTMLTextAreaElement;
    const last = typed.get(element);
    if (last && last.raw === element.value && deepEqual(last.value, node.value)) return noChange;
    const text = datePart ? datePartOf(node.value, datePart) : inputValueOf(node);
    if (element.value !== text) element.value = text;
    typed.delete(element);
    return noChange;
  }
}

export const inputValue = directive(InputValueDirective);

export type DatePart = 'day' | 'month' | 'year';

/** One part of a date value ("2007-03-27", or the "year-month-day" of what was typed so far), as typed. */
export function datePartOf(value: unknown, part: DatePart): string {
  if (typeof value !== 'string') return '';
  const match = /^([^-]*)-([^-]*)-([^-]*)$/.exec(value);
  // Not a date the parts can show (e.g. "14/05/1990" from a portal): the parts start empty, the message names it.
  if (!match) return '';
  const text = match[part === 'year' ? 1 : part === 'month' ? 2 : 3]!;
  // A complete date writes "03": show 3, as it is said and typed.
  return part === 'year' ? text : text.replace(/^0(?=\d)/, '');
}

/**
 * The value of a date typed in three parts: "" when all are empty, "2007-03-27" for a date written in full (day
 * and month of one or two digits, a four-digit year), else what was typed as "year-month-day" (not a valid
 * date, so the form says it must be a real one, and the parts come back as they were typed).
 */
export function composeDate(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return '';
  if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y)) return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return `${y}-${m}-${d}`;
}
