/**
 * Moves focus to the field of a `<dvc-dossier-form>` that a server error names by JSON Pointer: the form has no API
 * for errors found elsewhere, so the page's error summary finds the field in its shadow root (the field wrappers
 * carry `data-pointer`), or the nearest enclosing field when the pointer is deeper than any.
 */
export function focusField(form: HTMLElement, pointer: string): boolean {
  const root = form.shadowRoot;
  if (!root) return false;
  let path = pointer;
  for (;;) {
    const field = [...root.querySelectorAll<HTMLElement>('[data-pointer]')].find((element) => element.dataset.pointer === path);
    if (field) {
      const target = field.localName.includes('-')
        ? field
        : (field.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, [data-pointer][tabindex], button') ?? field);
      (field.querySelector('label, legend') ?? field).scrollIntoView({ block: 'center' });
      target.focus();
      return root.activeElement !== null || document.activeElement === form;
    }
    if (path === '') return false;
    path = path.slice(0, path.lastIndexOf('/'));
  }
}
