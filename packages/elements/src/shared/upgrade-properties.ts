/**
 * A page (or a parent's template) may set a property on the tag before the element's module has
 * loaded; that value lands in an own property which would shadow the class's accessor forever.
 * Lit handles this for its reactive properties; plain accessors (`data`, `value`) need it here.
 */
export function upgradeProperties(element: HTMLElement, names: readonly string[]): void {
  for (const name of names) {
    if (Object.prototype.hasOwnProperty.call(element, name)) {
      const value = (element as unknown as Record<string, unknown>)[name];
      delete (element as unknown as Record<string, unknown>)[name];
      (element as unknown as Record<string, unknown>)[name] = value;
    }
  }
}
