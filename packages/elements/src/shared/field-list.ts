/**
 * Renders a list of field nodes keyed by pointer, touching only the fields whose node changed.
 *
 * Why not `repeat`: on a keystroke the engine returns a new children array in which one node
 * changed; `repeat` would still rebuild its key maps and visit every item (hundreds on a long
 * form). Here, when the pointers are the same as last time, only the changed parts are set.
 * When fields appear or disappear, parts are matched by pointer and left in place when already
 * in order, so a focused input is never moved (which would blur it).
 */
import { noChange, type ChildPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { getCommittedValue, insertPart, removePart, setChildPartValue, setCommittedValue } from 'lit/directive-helpers.js';
import type { FieldNode } from '@dvc-kit/form-engine';

/** Renders one node; `index` is its place in the list. */
type RenderField = (node: FieldNode, index: number) => unknown;

/** Used in a child expression only. */
class FieldListDirective extends Directive {
  #nodes: readonly FieldNode[] = [];
  #context: unknown;

  render(nodes: readonly FieldNode[], renderField: RenderField, _context?: unknown): unknown {
    return nodes.map(renderField);
  }

  override update(container: ChildPart, [nodes, renderField, context]: [readonly FieldNode[], RenderField, unknown]): unknown {
    const oldParts = (getCommittedValue(container) as ChildPart[] | undefined) ?? [];
    const oldNodes = this.#nodes;
    const contextChanged = context !== this.#context;
    this.#nodes = nodes;
    this.#context = context;

    if (oldParts.length === nodes.length && samePointers(oldNodes, nodes)) {
      for (let i = 0; i < nodes.length; i++) {
        if (contextChanged || nodes[i] !== oldNodes[i]) setChildPartValue(oldParts[i]!, renderField(nodes[i]!, i));
      }
      return noChange;
    }

    const wanted = new Set(nodes.map((n) => n.pointer));
    const reusable = new Map<string, { part: ChildPart; node: FieldNode }>();
    oldNodes.forEach((node, i) => {
      const part = oldParts[i];
      if (!part) return;
      if (wanted.has(node.pointer) && !reusable.has(node.pointer)) reusable.set(node.pointer, { part, node });
      else removePart(part);
    });
    const newParts: ChildPart[] = new Array(nodes.length);
    let next: ChildPart | undefined;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      const old = reusable.get(node.pointer);
      let part: ChildPart;
      if (old) {
        part = old.part;
        if (!isDirectlyBefore(part, next, container)) insertPart(container, next, part);
        if (contextChanged || old.node !== node) setChildPartValue(part, renderField(node, i));
      } else {
        part = insertPart(container, next);
        setChildPartValue(part, renderField(node, i));
      }
      newParts[i] = part;
      next = part;
    }
    setCommittedValue(container, newParts);
    return noChange;
  }
}

function samePointers(a: readonly FieldNode[], b: readonly FieldNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i]!.pointer !== b[i]!.pointer) return false;
  return true;
}

function isDirectlyBefore(part: ChildPart, next: ChildPart | undefined, container: ChildPart): boolean {
  const after = part.endNode?.nextSibling ?? null;
  return after === (next ? next.startNode : container.endNode);
}

/**
 * `fieldList(nodes, renderField, context)`: `context` changing (`!==`) re-renders every field (e.g. the language).
 * Also the items of a list: their pointers (`/members/0`, ...) are their places, so a key is an index too.
 */
export const fieldList = directive(FieldListDirective);
