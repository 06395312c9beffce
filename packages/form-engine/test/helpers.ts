import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FieldNode } from '../src/index.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function readJson(relativeToRepo: string): unknown {
  return JSON.parse(readFileSync(new URL(relativeToRepo, `file://${repoRoot}`), 'utf8'));
}

/** Every node of a tree, depth first, in display order. */
export function allNodes(root: FieldNode): FieldNode[] {
  const result: FieldNode[] = [];
  const visit = (node: FieldNode) => {
    result.push(node);
    for (const child of node.children ?? node.items ?? []) visit(child);
    for (const entry of node.entries ?? []) visit(entry);
  };
  visit(root);
  return result;
}

export function node(root: FieldNode, pointer: string): FieldNode {
  const found = allNodes(root).find((n) => n.pointer === pointer);
  if (!found) throw new Error(`No node at ${pointer}; have ${allNodes(root).map((n) => n.pointer).join(', ')}`);
  return found;
}

export function pointers(root: FieldNode): string[] {
  return allNodes(root).map((n) => n.pointer);
}

/** A meta-schema as the package embeds it: without prose (see scripts/embed-meta-schemas.mjs). */
export function withoutProse(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutProse);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !((key === 'title' || key === 'description') && typeof value === 'string'))
      .map(([key, value]) => [
        key,
        key === 'properties' || key === '$defs'
          ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, withoutProse(v)]))
          : withoutProse(value),
      ]),
  );
}

/**
 * Where two JSON values differ, as a JSON Pointer (null when they are the same): own properties only, in any order,
 * an own "__proto__" included; plain objects only (a value whose prototype changed differs).
 */
export function firstDifference(a: unknown, b: unknown, at = ''): string | null {
  if (a === b || Object.is(a, b)) return null; // 0 and -0 are the same JSON
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return at;
    for (let i = 0; i < a.length; i++) {
      const difference = firstDifference(a[i], b[i], `${at}/${i}`);
      if (difference !== null) return difference;
    }
    return null;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return at;
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return at;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return at;
  for (const key of keys) {
    const child = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!Object.hasOwn(b, key)) return child;
    const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], child);
    if (difference !== null) return difference;
  }
  return null;
}
