import { noChange } from 'lit';
import { Directive, directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';
import { deepEqual, inputValueOf, splitDate, type DatePart, type FieldNode } from '@dvc-kit/form-engine/core';

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
    return datePart ? (splitDate(node.value)?.[datePart] ?? '') : inputValueOf(node);
  }

  override update(part: PropertyPart, [node, datePart]: [FieldNode, DatePart?]): unknown {
    const element = part.element as HTMLInputElement | HTMLTextAreaElement;
    const last = typed.get(element);
    if (last && last.raw === element.value && deepEqual(last.value, node.value)) return noChange;
    const text = datePart ? (splitDate(node.value)?.[datePart] ?? '') : inputValueOf(node);
    if (element.value !== text) element.value = text;
    typed.delete(element);
    return noChange;
  }
}

export const inputValue = directive(InputValueDirective);
