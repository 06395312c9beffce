// Ours: <dvc-dossier-form> from @dvc-kit/elements (built dist: run `npx turbo run build` first),
// with its defaults (the element's own validator; `npm run size` at the root tells whether the
// default page loads ajv): whole-data validation, errors inline for prefilled/touched fields.
//
// "done":
//   benchRender: the element is connected, its first Lit update committed AND its initial
//     validation applied: the element's `ready` promise (rendered + validation ready), then
//     `updateComplete`.
//   benchType: the character goes into the native <input> inside the element's shadow root
//     (typeInto: execCommand('insertText'), trusted input events); resolves after the
//     element's `updateComplete`, i.e. the new value is in the state and validated.
import '@dvc-kit/elements/define/dvc-dossier-form';
import { fieldKey, typeInto, setMeta } from './_shared.js';

setMeta({
  name: '`<dvc-dossier-form>` (@dvc-kit/elements)',
  version: 'workspace build, lit 3.3.3',
  validation: "the element's default validator, whole data, errors mapped to fields (shown once touched)",
  done: 'render: `ready` promise (rendered + initial validation); type: host.updateComplete',
});

let host;
let cached = null; // [fieldIndex, input]

/** The element's readiness promise: rendered and initial validation applied. */
function ready(el) {
  for (const name of ['ready', 'whenReady', 'readyPromise', 'validated']) {
    const v = el[name];
    if (v && typeof v.then === 'function') return v;
    if (typeof v === 'function') {
      const p = v.call(el);
      if (p && typeof p.then === 'function') return p;
    }
  }
  throw new Error('dvc-dossier-form exposes no readiness promise');
}

window.benchRender = async (container, schema, data) => {
  cached = null;
  host = document.createElement('dvc-dossier-form');
  host.lang = 'en';
  // hook for variants (entries/_dvc-ajv.js), unset here; timed, as a page would pay for it
  const validator = window.benchValidator ? await window.benchValidator(schema) : undefined;
  if (validator) host.validator = validator;
  host.schema = schema;
  host.data = data;
  container.append(host);
  await ready(host);
  await host.updateComplete;
};

function inputOf(i) {
  if (cached && cached[0] === i && cached[1].isConnected) return cached[1];
  const key = fieldKey(i);
  const root = host.shadowRoot;
  const el =
    root.getElementById(`dvc-field.${key}`) || // the engine's pointerToId('dvc-field', '/f0250')
    root.querySelector(`[name="/${key}"]`) ||
    root.querySelector(`[name="${key}"]`) ||
    root.querySelector(`[data-pointer="/${key}"]`) ||
    [...root.querySelectorAll('input')].find((x) => x.id === key || x.id.endsWith(`.${key}`) || x.id.endsWith(`-${key}`) || x.id.endsWith(`_${key}`));
  if (!el) throw new Error(`no input for ${key}`);
  cached = [i, el];
  return el;
}

window.benchType = async (fieldIndex, text) => {
  typeInto(inputOf(fieldIndex), text);
  await host.updateComplete;
};

window.benchRead = (fieldIndex) => {
  const input = inputOf(fieldIndex);
  // invalid = an error is shown for the field (the element shows errors once a field is touched,
  // i.e. left after a change, or after submit); formValid = the element's validation verdict for
  // the whole form, which shows that validation ran on every keystroke even while not shown.
  return { value: input.value, invalid: input.getAttribute('aria-invalid') === 'true', formValid: host.valid };
};
