import type * as Collections from './collections.js';

/** Maps and tuples (the engine's support and their templates), loaded when a schema first has one (few do). */
let collections: typeof Collections | undefined;
let collectionsLoading: Promise<void> | undefined;

export function loadCollections(): Promise<void> {
  return (collectionsLoading ??= import('./collections.js').then((module) => void (collections = module)));
}

/** The module once loaded, else undefined. */
export function loadedCollections(): typeof Collections | undefined {
  return collections;
}
