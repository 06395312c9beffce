import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../define/dvc-dossier-form.js';
import type { DvcDossierForm } from './dossier-form.js';

const schema = {
  type: 'object',
  required: ['born'],
  properties: {
    born: { type: 'string', format: 'date', title: 'Ngày sinh', 'x-ui': { autocomplete: 'bday', en: { title: 'Date of birth' } } },
    issued: { type: 'string', format: 'date', title: 'Ngày cấp', description: 'Ghi trên giấy tờ.' },
  },
};

const part = (el: DvcDossierForm, pointer: string, name: 'day' | 'month' | 'year') =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-pointer="${pointer}"][data-part="${name}"]`)!;
const parts = (el: DvcDossierForm, pointer: string) => (['day', 'month', 'year'] as const).map((name) => part(el, pointer, name).value);

async function typeIn(el: DvcDossierForm, input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('a date: day, month and year, as Vietnamese writes it', () => {
  it('is three labelled text inputs in a fieldset, with an example, the same in every browser', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="vi" .schema=${schema}></dvc-dossier-form>`);
    await el.ready;
    const group = part(el, '/born', 'day').closest('fieldset')!;
    expect(group.querySelector('legend')!.textContent).to.contain('Ngày sinh');
    expect([...group.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
    expect(group.querySelector('.hint')!.textContent!.trim()).to.equal('Ví dụ: 27 3 2007');
    expect(group.getAttribute('aria-describedby')).to.equal(group.querySelector('.hint')!.id);
    for (const name of ['day', 'month', 'year'] as const) {
      const input = part(el, '/born', name);
      expect(input.type).to.equal('text');
      expect(input.inputMode).to.equal('numeric');
      expect(input.autocomplete).to.equal(`bday-${name}`);
    }
    // Its own help comes before the example; no date of birth, no bday autocomplete.
    expect(part(el, '/issued', 'day').closest('fieldset')!.querySelector('.hint')!.textContent!.trim()).to.equal('Ghi trên giấy tờ. Ví dụ: 27 3 2007');
    expect(part(el, '/issued', 'day').autocomplete).to.equal('off');
  });

  it('makes an ISO date of the three parts, and keeps each part as typed', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="vi" .schema=${schema}></dvc-dossier-form>`);
    await el.ready;
    await typeIn(el, part(el, '/born', 'year'), '2007');
    await typeIn(el, part(el, '/born', 'month'), '3');
    await typeIn(el, part(el, '/born', 'day'), '2');
    expect((el.data as { born: string }).born).to.equal('2007-03-02');
    await typeIn(el, part(el, '/born', 'day'), '7');
    expect((el.data as { born: string }).born).to.equal('2007-03-27');
    expect(parts(el, '/born')).to.deep.equal(['27', '3', '2007']);
    expect(el.valid).to.equal(true);
    // Emptying every part removes the value.
    for (const name of ['day', 'month', 'year'] as const) {
      part(el, '/born', name).value = '';
      part(el, '/born', name).dispatchEvent(new Event('input', { bubbles: true }));
    }
    await el.updateComplete;
    expect((el.data as { born?: string }).born).to.equal(undefined);
  });

  it('shows a prefilled date in its parts, and says so when the parts are not a real date', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="vi" .schema=${schema} .data=${{ born: '1990-05-04' }}></dvc-dossier-form>`);
    await el.ready;
    expect(parts(el, '/born')).to.deep.equal(['4', '5', '1990']);
    part(el, '/born', 'day').value = '31';
    part(el, '/born', 'day').dispatchEvent(new Event('input', { bubbles: true }));
    part(el, '/born', 'month').value = '2';
    part(el, '/born', 'month').dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(el.valid).to.equal(false);
    expect(await el.requestSubmit()).to.equal(false);
    const group = part(el, '/born', 'day').closest('fieldset')!;
    expect(group.querySelector('.error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lỗi: Ngày sinh không có thật, vui lòng nhập lại, ví dụ 27 3 2007');
    for (const name of ['day', 'month', 'year'] as const) expect(part(el, '/born', name).getAttribute('aria-invalid')).to.equal('true');
    expect(group.getAttribute('aria-describedby')!.split(' ')).to.include(group.querySelector('.error')!.id);
    // The error summary link goes to the day.
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.error-summary a')!;
    link.click();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '/born', 'day'));
    expect((await window.axe.run(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('in English: Day, Month, Year and an English example', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="en" .schema=${schema}></dvc-dossier-form>`);
    await el.ready;
    const group = part(el, '/born', 'day').closest('fieldset')!;
    expect(group.querySelector('legend')!.textContent).to.contain('Date of birth');
    expect([...group.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal(['Day', 'Month', 'Year']);
    expect(group.querySelector('.hint')!.textContent!.trim()).to.equal('For example: 27 3 2007');
  });

  it('moving between the parts does not count as leaving the field', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="vi" .schema=${schema}></dvc-dossier-form>`);
    await el.ready;
    await typeIn(el, part(el, '/born', 'day'), '27');
    await typeIn(el, part(el, '/born', 'month'), '3');
    // Still inside the date: no error yet, though the year is missing.
    expect(part(el, '/born', 'day').closest('fieldset')!.querySelector('.error')).to.equal(null);
    part(el, '/born', 'month').blur();
    await el.updateComplete;
    expect(part(el, '/born', 'day').closest('fieldset')!.querySelector('.error')!.textContent).to.contain('Ngày sinh còn thiếu năm');
    // Only the missing part is marked, and the summary leads to it.
    expect((['day', 'month', 'year'] as const).map((name) => part(el, '/born', name).getAttribute('aria-invalid'))).to.deep.equal([null, null, 'true']);
    await el.requestSubmit();
    el.shadowRoot!.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '/born', 'year'));
  });

  it('pressing a part’s label moves into that part without counting as leaving the date', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="vi" .schema=${schema}></dvc-dossier-form>`);
    await el.ready;
    await typeIn(el, part(el, '/born', 'day'), '27');
    const label = part(el, '/born', 'month').closest('.date-part')!.querySelector('label')!;
    const box = label.getBoundingClientRect();
    const before = part(el, '/born', 'month').getBoundingClientRect().top;
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '/born', 'month'));
    expect(part(el, '/born', 'day').closest('fieldset')!.querySelector('.error')).to.equal(null);
    expect(part(el, '/born', 'month').getBoundingClientRect().top).to.equal(before);
  });

  it('a whole date pasted into one part fills the three', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="vi" .schema=${schema}></dvc-dossier-form>`);
    await el.ready;
    const day = part(el, '/born', 'day');
    const data = new DataTransfer();
    data.setData('text', '27/03/2007');
    day.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
    await el.updateComplete;
    expect((el.data as { born: string }).born).to.equal('2007-03-27');
    expect(parts(el, '/born')).to.deep.equal(['27', '03', '2007']); // as pasted
    // Each part takes only its digits.
    expect([day.maxLength, part(el, '/born', 'month').maxLength, part(el, '/born', 'year').maxLength]).to.deep.equal([2, 2, 4]);
  });
});

