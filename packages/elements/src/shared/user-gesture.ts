/**
 * Whether the code runs inside the task of a citizen's click or key press. A native form's interactive
 * validation (a click on its submit button, Enter in a field) runs there; a script's `form.checkValidity()` after
 * an `await` does not. `navigator.userActivation.isActive` cannot tell them apart: it stays on for seconds.
 */
let current: Event | null = null;
let watching = false;

function remember(event: Event): void {
  if (!event.isTrusted) return;
  current = event;
  setTimeout(() => {
    if (current === event) current = null;
  });
}

/** Start watching (once per page): capture listeners on window, cleared at the end of the event's task. */
export function watchUserGestures(): void {
  if (watching) return;
  watching = true;
  for (const type of ['click', 'keydown', 'keypress', 'pointerup']) {
    window.addEventListener(type, remember, { capture: true, passive: true });
  }
}

export function inUserGesture(): boolean {
  return current !== null;
}
