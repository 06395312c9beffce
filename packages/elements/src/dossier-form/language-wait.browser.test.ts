import { aTimeout, expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../define/dvc-dossier-form.js';
import { DvcDossierForm } from './dossier-form.js';

// Its own file, so English is not loaded yet (each test file runs in a fresh page); the last test loads it.
const schema = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', title: 'Họ và tên', 'x-ui': { en: { title: 'Full name' } } } },
};

const label = (el: DvcDossierForm) => el.shadowRoot!.querySelector('label')?.textContent?.replace('*', '').trim();
const submitText = (el: DvcDossierForm) => el.shadowRoot!.querySelector('button[type="submit"]')?.textContent?.trim();

describe('a first form whose language is slow to download', () => {
  const { loadLanguage, languageWaitMs } = DvcDossierForm;
  afterEach(() => {
    DvcDossierForm.loadLanguage = loadLanguage;
    DvcDossierForm.languageWaitMs = languageWaitMs;
  });

  it('a download that fails leaves the form in Vietnamese, without waiting', async () => {
    DvcDossierForm.loadLanguage = () => Promise.reject(new Error('offline'));
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="en" .schema=${schema}></dvc-dossier-form>`);
    await el.ready;
    expect(submitText(el)).to.equal('Nộp hồ sơ');
  });

  it('a page’s loader that throws counts as a failed download', async () => {
    DvcDossierForm.loadLanguage = () => {
      throw new Error('not a promise');
    };
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="en" .schema=${schema}></dvc-dossier-form>`);
    await el.ready;
    expect(submitText(el)).to.equal('Nộp hồ sơ');
    el.lang = 'vi';
    await el.ready;
    expect(label(el)).to.equal('Họ và tên');
  });

  it('a form created after the wait ran out does not wait again for the same stalled download', async () => {
    let fail!: () => void;
    const stalled = new Promise<void>((_, reject) => (fail = () => reject(new Error('gone'))));
    DvcDossierForm.loadLanguage = () => stalled;
    DvcDossierForm.languageWaitMs = 300;
    const first = fixtureSync<DvcDossierForm>(html`<dvc-dossier-form lang="en" .schema=${schema}></dvc-dossier-form>`);
    await first.ready;
    const second = fixtureSync<DvcDossierForm>(html`<dvc-dossier-form lang="en" .schema=${schema}></dvc-dossier-form>`);
    // Shown at once, in Vietnamese: the first form already waited for this download.
    await aTimeout(50);
    expect(label(second)).to.equal('Họ và tên');
    fail();
    await second.ready;
    expect(submitText(second)).to.equal('Nộp hồ sơ');
  });

  it('shows in Vietnamese after the wait rather than stay empty, and turns English when the text arrives', async () => {
    let arrive!: () => void;
    const stalled = new Promise<void>((resolve) => (arrive = resolve));
    DvcDossierForm.loadLanguage = (locale) => stalled.then(() => loadLanguage(locale));
    DvcDossierForm.languageWaitMs = 300;
    const el = fixtureSync<DvcDossierForm>(html`<dvc-dossier-form lang="en" .schema=${schema}></dvc-dossier-form>`);
    // Before the wait is over: still loading (never Vietnamese first while the text may come).
    await aTimeout(50);
    expect(el.shadowRoot!.querySelector('.loading')).to.exist;
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    // `ready` does not wait for a stalled download.
    await el.ready;
    expect(label(el)).to.equal('Họ và tên');
    expect(submitText(el)).to.equal('Nộp hồ sơ');
    el.shadowRoot!.querySelector('input')!.value = 'An';
    el.shadowRoot!.querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true }));
    arrive();
    await waitUntil(() => submitText(el) === 'Submit', 'turns English once the text arrives');
    expect(label(el)).to.equal('Full name');
    // What the citizen typed meanwhile is kept.
    expect(el.data).to.deep.equal({ name: 'An' });
  });
});
