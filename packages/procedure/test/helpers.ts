import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FieldNode } from '@dvc-kit/form-engine';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function readJson(relativeToRepo: string): unknown {
  return JSON.parse(readFileSync(new URL(relativeToRepo, `file://${repoRoot}`), 'utf8'));
}

/** Every node of a tree, depth first, in display order. */
function allNodes(root: FieldNode): FieldNode[] {
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

/** A meta-schema as the package embeds it: without prose (see scripts/generate.mjs). */
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
