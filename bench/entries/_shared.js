// Helpers shared by the entries (copied from the team's peer-benchmark harness so that the
// benchmark is self-contained). Files in entries/ whose name starts with "_" are not entries
// themselves; build.mjs bundles every other entries/*.js file as one peer.

export const fieldKey = (i) => 'f' + String(i).padStart(4, '0');

const nativeValueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;

/**
 * Simulate the keystroke that turns a text <input>'s value into `text` (normally the previous
 * value plus one character). The input is focused if it is not already (only the first
 * keystroke pays for that), then the new characters go in through
 * document.execCommand('insertText'), which runs the browser's own editing path: trusted
 * `beforeinput`/`input` events, and the value counts as a user edit, so native constraints
 * such as minlength apply as they would for real typing. If that is not possible (value not
 * a prefix, execCommand refused), it falls back to setting the value through the prototype
 * setter (so React's value tracker sees the change) and dispatching a bubbling, composed
 * `input` event; window.benchTypeFallbacks counts those.
 */
export function typeInto(input, text) {
  if (input.getRootNode().activeElement !== input) {
    input.focus();
    const end = input.value.length;
    input.setSelectionRange(end, end);
  }
  const prev = input.value;
  if (text.startsWith(prev) && text.length > prev.length && document.execCommand('insertText', false, text.slice(prev.length)) && input.value === text) {
    return;
  }
  window.benchTypeFallbacks = (window.benchTypeFallbacks || 0) + 1;
  nativeValueSetter.call(input, text);
  input.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text.slice(-1) }),
  );
}

/** querySelector that also descends into open shadow roots (depth-first). */
export function deepQuery(root, selector) {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const hit = deepQuery(el.shadowRoot, selector);
      if (hit) return hit;
    }
  }
  return null;
}

/** Await `updateComplete` of every Lit/ReactiveElement under `root`, including shadow roots, until stable. */
export async function litSettled(root) {
  for (let pass = 0; pass < 20; pass++) {
    const pending = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.updateComplete && el.isUpdatePending) pending.push(el.updateComplete);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    if (pending.length === 0) return;
    await Promise.all(pending);
  }
}

export function setMeta(meta) {
  window.benchMeta = meta;
}
