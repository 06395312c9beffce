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
