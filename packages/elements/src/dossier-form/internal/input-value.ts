import { deepEqual, inputValueOf, splitDate, type DatePart, type FieldNode } from '@dvc-kit/form-engine/core';

/** What the citizen last typed into an input and the value the engine made of it. */
const typed = new WeakMap<Element, { raw: string; value: unknown }>();

/** Record what the citizen typed (call after the engine took the text). */
export function rememberTyped(element: HTMLInputElement | HTMLTextAreaElement, value: unknown): void {
  typed.set(element, { raw: element.value, value });
}

/**
 * Sets `.value` of a text-like input (an `attrs()` entry) to a field's text without fighting the citizen's typing:
 * the text is kept while it is what produced the current value (e.g. "1." while the value is 1), and replaced
 * otherwise (a prefill, a reset, a moved list item). With `datePart`, one part of a date.
 */
export function inputValue(node: FieldNode, datePart?: DatePart): (element: Element) => void {
  return (element) => {
    const input = element as HTMLInputElement;
    const last = typed.get(input);
    if (last && last.raw === input.value && deepEqual(last.value, node.value)) return;
    const text = datePart ? (splitDate(node.value)?.[datePart] ?? '') : inputValueOf(node);
    if (input.value !== text) input.value = text;
    typed.delete(input);
  };
}
