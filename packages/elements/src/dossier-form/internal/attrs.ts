import { noChange, type ElementPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/**
 * Attribute values: a string sets it, `true` sets it empty, `false`/`undefined` leaves it out. A name led by a
 * dot (`.checked`) is a DOM property instead, set whenever it differs from the value (as Lit's `live`). A
 * function is called with the element (e.g. `inputValue`).
 */
export type AttrMap = Readonly<Record<string, string | boolean | undefined | ((element: Element) => void)>>;

/**
 * Sets many attributes of one element through a single element part (an element binding). On long forms this
 * replaces a dozen attribute parts per input (each one an object, a commit and, for absent values, a
 * removeAttribute call).
 */
class AttrsDirective extends Directive {
  #previous: Record<string, string> = {};

  render(_attrs: AttrMap): unknown {
    return noChange;
  }

  override update(part: ElementPart, [attrs]: [AttrMap]): unknown {
    const element = part.element;
    const previous = this.#previous;
    const next: Record<string, string> = {};
    for (const name in attrs) {
      const value = attrs[name];
      if (typeof value === 'function') {
        value(element);
      } else if (name[0] === '.') {
        const key = name.slice(1);
        if ((element as never)[key] !== value) (element as unknown as Record<string, unknown>)[key] = value;
      } else if (value !== undefined && value !== false) {
        const text = value === true ? '' : value;
        next[name] = text;
        if (previous[name] !== text) element.setAttribute(name, text);
      }
    }
    for (const name in previous) if (!(name in next)) element.removeAttribute(name);
    this.#previous = next;
    return noChange;
  }
}

export const attrs = directive(AttrsDirective);
