import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define/dvc-dossier-form-precompiled.js';
import type { DvcDossierForm } from '../dossier-form/dossier-form.js';
import { expectEvalBlocked, expectSameVerdicts, precompiledValidator, procedureCase } from './csp-helpers.js';

describe('a page with a precompiled validator, under a CSP without unsafe-eval', () => {
  it('runs under a policy that forbids eval', async () => {
    await expectEvalBlocked();
  });

  it('ships no validator of its own: the precompiled define has no default', async () => {
    const { DvcDossierForm } = await import('../define/dvc-dossier-form-precompiled.js');
    expect(DvcDossierForm.createDefaultForm).to.equal(undefined);
  });

  it('validates every example of the procedure as ajv does in Node', async () => {
    await expectSameVerdicts(await procedureCase(), await precompiledValidator());
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
