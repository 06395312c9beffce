import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define/dvc-dossier-form-precompiled.js';
import type { DvcDossierForm } from '../dossier-form/dossier-form.js';
import { expectEvalBlocked, expectSameVerdicts, precompiledValidator, procedureCase } from './csp-helpers.js';

describe('a page with a precompiled validator, under a CSP without unsafe-eval', () => {
  it('runs under a policy that forbids eval', async () => {
    await expectEvalBlocked();
  });

  it('ships no validator of its own: the precompiled define registers the base class, and no interpreter loads', async () => {
    const { DvcDossierForm } = await import('../define/dvc-dossier-form-precompiled.js');
    expect(customElements.get('dvc-dossier-form')).to.equal(DvcDossierForm);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((url) => url.includes('/packages/form-engine/')), 'the engine core is loaded').to.equal(true);
    expect(loaded.filter((url) => /form-engine\/dist\/(validator\/|create-form)|procedure\/dist\/(meta-schema|vocabulary)/.test(url))).to.deep.equal([]);
  });

  it('embeds a built procedure (prepared schema + its validator) without loading the preparing code', async () => {
    const { DvcDossierForm } = await import('../define/dvc-dossier-form-precompiled.js');
    const load = DvcDossierForm.loadPrepareSchema!;
    let loads = 0;
    DvcDossierForm.loadPrepareSchema = () => {
      loads++;
      return load();
    };
    try {
      const procedure = await procedureCase();
      await expectSameVerdicts(procedure, await precompiledValidator(), procedure.prepared);
      expect(loads).to.equal(0);
    } finally {
      DvcDossierForm.loadPrepareSchema = load;
    }
  });

  it('validates every example of a raw schema as ajv does in Node (preparing it on demand)', async () => {
    await expectSameVerdicts(await procedureCase(), await precompiledValidator());
  });

  it('in English: the first form shows in English (its text loaded on demand), never in Vietnamese first', async () => {
    const procedure = await procedureCase();
    const el = document.createElement('dvc-dossier-form') as DvcDossierForm;
    el.lang = 'en';
    el.schema = procedure.prepared;
    el.validator = await precompiledValidator();
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(el.shadowRoot?.textContent ?? ''));
    document.body.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.ready;
    observer.disconnect();
    seen.push(el.shadowRoot!.textContent ?? '');
    expect(el.shadowRoot!.querySelector('button[type=submit]')?.textContent?.trim()).to.equal('Submit');
    expect(seen.filter((text) => text.includes('Nộp hồ sơ'))).to.deep.equal([]);
    expect(await el.requestSubmit()).to.equal(false);
    const summary = el.shadowRoot!.querySelector('.error-summary')?.textContent ?? '';
    expect(summary).to.contain('There is a problem');
    // The engine's validation messages are English too (e.g. "Enter …", "Select …").
    expect(summary).to.match(/\b(Enter|Select|Attach)\b/);
    expect(summary).not.to.contain('Vui lòng');
    el.remove();
  });

  it('without a validator, says the page needs one (and fires dvc-error), then works once it is given', async () => {
    const procedure = await procedureCase();
    const el = document.createElement('dvc-dossier-form') as DvcDossierForm;
    el.lang = 'en';
    el.schema = procedure.schema;
    const error = oneEvent(el, 'dvc-error');
    document.body.append(el);
    const { detail } = await error;
    expect(detail.problems[0]!.message).to.contain('precompiled validator');
    await el.ready;
    expect(el.shadowRoot!.querySelector('.schema-error')?.textContent).to.contain('precompiled validator');
    el.validator = await precompiledValidator();
    await el.ready;
    expect(el.shadowRoot!.querySelector('.schema-error')).to.equal(null);
    expect(el.valid).to.equal(false);
    el.remove();
  });

  it('in Vietnamese by default', async () => {
    const procedure = await procedureCase();
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="vi" .schema=${procedure.schema}></dvc-dossier-form>`);
    expect(el.shadowRoot!.querySelector('.schema-error')?.textContent).to.contain('biên dịch sẵn');
  });
});
