import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Attribute values: a string sets it, `true` sets it empty, `false`/`undefined` leaves it out. A name led by a
 * dot (`.checked`) is a DOM property instead, set whenever it differs from the value (as Lit's `live`).
 */
export type AttrMap = Readonly<Record<string, string | boolean | undefined>>;

/**
 * Sets many attributes of one element through a single element part. On long forms this replaces a dozen
 * attribute parts per input (each one an object, a commit and, for absent values, a removeAttribute call).
 */
class AttrsDirective extends Directive {
  private previous: Record<string, string> = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('attrs() only works as an element binding');
  }

  render(_attrs: AttrMap): unknown {
    return noChange;
  }

  override update(part: ElementPart, [attrs]: [AttrMap]): unknown {
    const element = part.element;
    const previous = this.previous;
    const next: Record<string, string> = {};
    for (const name in attrs) {
      const value = attrs[name];
      if (name[0] === '.') {
        const key = name.slice(1);
        if ((element as never)[key] !== value) (element as unknown as Record<string, unknown>)[key] = value;
        continue;
      }
      if (value === undefined || value === false) continue;
      const text = value === true ? '' : value;
      next[name] = text;
      if (previous[name] !== text) element.setAttribute(name, text);
    }
    for (const name in previous) if (!(name in next)) element.removeAttribute(name);
    this.previous = next;
    return noChange;
  }
}

export const attrs = directive(AttrsDirective);
