import { noChange, type ElementPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/**
 * Attribute values: a string sets it, `true` sets it empty, `false`/`undefined` leaves it out. A name led by a
 * dot (`.checked`) is a DOM property instead, set whenever it differs from the value (as Lit's `live`). A
 * function, whatever its name, is called with the element to set what it sets itself (`'.value': inputValue(node)`
 * sets `.value` its own way; the name only says what it sets).
 */
export type AttrMap = Readonly<Record<string, string | boolean | undefined | ((element: Element) => void)>>;

/**
 * Sets many attributes of one element through a single element part (an element binding only: elsewhere it does
 * nothing). On long forms this
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
        const properties = element as unknown as Record<string, unknown>;
        const key = name.slice(1);
        if (properties[key] !== value) properties[key] = value;
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
