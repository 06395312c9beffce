// The precompiled tag while code is still arriving: the preparing code for a raw schema, and the English text.
// Its own file, so English is not loaded yet when these tests start (one page per test file).
import { expect } from '@open-wc/testing';
import { DvcDossierForm } from '../define/dvc-dossier-form-precompiled.js';
import { precompiledValidator, procedureCase } from './csp-helpers.js';

/** Holds `loadPrepareSchema` until `release()`, so a test can act while a raw schema is being prepared. */
function holdPreparing(): { release: () => void; restore: () => void } {
  const load = DvcDossierForm.loadPrepareSchema!;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  DvcDossierForm.loadPrepareSchema = () => gate.then(load);
  return { release, restore: () => (DvcDossierForm.loadPrepareSchema = load) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Every text the element's shadow root showed until `ready`, and the last one. */
async function textsUntilReady(el: DvcDossierForm, act: () => void | Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(el.shadowRoot?.textContent ?? ''));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  await act();
  await el.ready;
  observer.disconnect();
  seen.push(el.shadowRoot!.textContent ?? '');
  return seen;
}

describe('the precompiled tag while code is loading', () => {
  it('keeps the data set while a raw schema is being prepared: the latest data wins', async () => {
    const procedure = await procedureCase();
    const valid = procedure.examples.find((e) => e.valid)!.data;
    const hold = holdPreparing();
    const el = document.createElement('dvc-dossier-form') as DvcDossierForm;
    try {
      el.lang = 'vi';
      el.validator = await precompiledValidator();
      el.schema = procedure.schema;
      el.data = { prefill: true };
      document.body.append(el);
      await tick(); // the element asked for the preparing code
      el.data = valid; // e.g. the browser restoring the citizen's form state
      hold.release();
      await el.ready;
      expect(el.data).to.deep.equal(valid);
      expect(el.valid).to.equal(true);
    } finally {
      hold.restore();
      el.remove();
    }
  });

  it('a language chosen while the schema is prepared: the first form shows in it, never in Vietnamese first', async () => {
    const procedure = await procedureCase();
    const hold = holdPreparing();
    const el = document.createElement('dvc-dossier-form') as DvcDossierForm;
    try {
      el.lang = 'vi';
      el.validator = await precompiledValidator();
      el.schema = procedure.schema;
      document.body.append(el);
      await tick();
      const seen = await textsUntilReady(el, async () => {
        el.lang = 'en'; // English is not loaded in this page yet
        await tick();
        hold.release();
      });
      expect(seen.filter((text) => text.includes('Nộp hồ sơ'))).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('button[type=submit]')?.textContent?.trim()).to.equal('Submit');
    } finally {
      hold.restore();
      el.remove();
    }
  });

  it('a new schema given while the old one is prepared replaces it; the stale one never shows', async () => {
    const procedure = await procedureCase();
    const hold = holdPreparing();
    const el = document.createElement('dvc-dossier-form') as DvcDossierForm;
    try {
      el.validator = await precompiledValidator();
      el.schema = procedure.schema;
      document.body.append(el);
      await tick();
      const other = { type: 'object', title: 'Khác', properties: { note: { type: 'string', title: 'Ghi chú riêng' } } };
      el.schema = other;
      hold.release();
      await el.ready;
      const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent?.trim());
      expect(labels).to.deep.equal(['Ghi chú riêng']);
    } finally {
      hold.restore();
      el.remove();
    }
  });

  /** A built procedure on the page with its validator, and the data once the citizen typed into its first text field. */
  async function typedInto(data?: unknown) {
    const procedure = await procedureCase();
    const validator = await precompiledValidator();
    const el = document.createElement('dvc-dossier-form') as DvcDossierForm;
    el.lang = 'vi';
    el.validator = validator;
    el.schema = procedure.prepared;
    if (data !== undefined) el.data = data;
    document.body.append(el);
    await el.ready;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[data-kind="text"]')!;
    input.value = 'Gõ tay';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return { procedure, validator, el, typed: structuredClone(el.data) };
  }

  it('removing the validator and giving it back keeps what the citizen typed', async () => {
    const { validator, el, typed } = await typedInto({ prefill: true });
    expect(JSON.stringify(typed)).to.contain('Gõ tay');
    el.validator = null;
    await el.ready;
    expect(el.shadowRoot!.querySelector('.schema-error')).to.not.equal(null);
    el.validator = validator;
    await el.ready;
    expect(el.data).to.deep.equal(typed);
    el.remove();
  });

  it('a validator that cannot test the conditions is refused with a readable error; the data waits for a good one', async () => {
    const { procedure, validator, el, typed } = await typedInto();
    expect(procedure.prepared['x-dvc-conditions']).to.not.be.empty;
    let problems: unknown;
    el.addEventListener('dvc-error', (event) => (problems = (event as CustomEvent).detail.problems), { once: true });
    el.validator = { validate: (data: unknown) => validator.validate(data) };
    await el.ready;
    expect(el.shadowRoot!.querySelector('.schema-error')?.textContent).to.contain('cannot test them');
    expect(JSON.stringify(problems)).to.contain('cannot test them');
    el.validator = validator;
    await el.ready;
    expect(el.shadowRoot!.querySelector('.schema-error')).to.equal(null);
    expect(el.data).to.deep.equal(typed);
    el.remove();
  });
});
