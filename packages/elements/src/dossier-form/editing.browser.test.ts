import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/dvc-dossier-form.js';
import type { DvcDossierForm } from './dossier-form.js';

const schema = {
  type: 'object',
  properties: {
    at: { type: 'string', format: 'date-time', title: 'Thời điểm nộp' },
    opens: { type: 'string', format: 'time', title: 'Giờ mở cửa' },
    address: { type: 'string', title: 'Địa chỉ' },
  },
};

const control = (el: DvcDossierForm, pointer: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement & HTMLTextAreaElement>(`[data-pointer="${pointer}"]`)!;
const dataOf = (el: DvcDossierForm) => el.data as Record<string, unknown>;

describe('editing never loses or shifts the citizen’s data', () => {
  it('shows a UTC date-time in Vietnam time, and a new minute is stored with +07:00', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="vi" .schema=${schema} .data=${{ at: '2026-03-05T10:30:00Z' }}></dvc-dossier-form>`);
    await el.ready;
    const at = control(el, '/at');
    expect(at.type).to.equal('datetime-local');
    // 17:30 on 05/03/2026 in Vietnam.
    expect(at.value).to.equal('2026-03-05T17:30');
    expect(at.hasAttribute('step')).to.equal(false);
    expect(dataOf(el).at).to.equal('2026-03-05T10:30:00Z'); // shown, not rewritten
    // The citizen moves to the minutes (the segment after the hour, whatever the browser's order) and raises them.
    at.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(at.value).to.equal('2026-03-05T17:31');
    expect(dataOf(el).at).to.equal('2026-03-05T17:31:00+07:00');
    expect(el.valid).to.equal(true);
  });

  it('keeps seconds: the control shows them, and an edit keeps them', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="vi" .schema=${schema} .data=${{ at: '2026-03-05T10:30:45Z', opens: '01:00:00Z' }}></dvc-dossier-form>`);
    await el.ready;
    const at = control(el, '/at');
    expect(at.getAttribute('step')).to.equal('1');
    expect(at.value).to.equal('2026-03-05T17:30:45');
    const opens = control(el, '/opens');
    expect([opens.type, opens.value, opens.hasAttribute('step')]).to.deep.equal(['time', '08:00', false]);
    opens.value = '08:15';
    opens.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(dataOf(el)).to.deep.equal({ at: '2026-03-05T10:30:45Z', opens: '08:15:00+07:00' });
  });

  it('shows what no control can show as its text, with the error, and stores what is typed as typed', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="vi" .schema=${schema} .data=${{ at: '2026-02-30T10:00:00Z', opens: '23:59:60Z' }}></dvc-dossier-form>`);
    await el.ready;
    const at = control(el, '/at');
    expect([at.type, at.value]).to.deep.equal(['text', '2026-02-30T10:00:00Z']);
    expect(at.closest('.field')!.querySelector('.error')!.textContent).to.contain('"2026-02-30T10:00:00Z" không phải là ngày giờ hợp lệ');
    // A leap second is valid: shown as it is, without an error.
    const opens = control(el, '/opens');
    expect([opens.type, opens.value, opens.getAttribute('aria-invalid')]).to.deep.equal(['text', '23:59:60Z', null]);
    at.focus();
    at.setSelectionRange(8, 10); // the day, "30"
    await sendKeys({ type: '28' });
    await el.updateComplete;
    expect(dataOf(el).at).to.equal('2026-02-28T10:00:00Z');
    // Still the text it was typed into, not a control that would now show another hour.
    expect([control(el, '/at').type, control(el, '/at').value]).to.deep.equal(['text', '2026-02-28T10:00:00Z']);
    expect(dataOf(el).opens).to.equal('23:59:60Z');
  });

  it('a prefilled multi-line address shows a textarea and survives typing', async () => {
    const address = 'Số 1 Lê Lợi\nPhường Bến Nghé';
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="vi" .schema=${schema} .data=${{ address }}></dvc-dossier-form>`);
    await el.ready;
    const field = control(el, '/address');
    expect(field.localName).to.equal('textarea');
    expect(field.value).to.equal(address);
    field.focus();
    field.setSelectionRange(address.length, address.length);
    await sendKeys({ type: ', TP Hồ Chí Minh' });
    await el.updateComplete;
    expect(dataOf(el).address).to.equal(`${address}, TP Hồ Chí Minh`);
    // Deleting the line break leaves a textarea under the citizen's fingers.
    field.setSelectionRange(11, 12);
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(dataOf(el).address).to.equal('Số 1 Lê LợiPhường Bến Nghé, TP Hồ Chí Minh');
    expect(control(el, '/address')).to.equal(field);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(field);
  });

  it('a prefilled multi-line street in the address picker is a textarea; typing keeps the rest of the address', async () => {
    const addressSchema = {
      type: 'object',
      properties: {
        home: {
          type: 'object',
          title: 'Địa chỉ thường trú',
          'x-ui': { widget: 'address' },
          properties: { provinceCode: { type: 'string' }, communeCode: { type: 'string' }, street: { type: 'string' } },
        },
      },
    };
    const home = JSON.parse('{"provinceCode":"42","communeCode":"18229","street":"Số 5\\nNgõ 3","districtCode":"436"}');
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="vi" .schema=${addressSchema} .data=${{ home }}></dvc-dossier-form>`);
    await el.ready;
    await customElements.whenDefined('dvc-address-picker');
    const picker = control(el, '/home') as unknown as HTMLElement & { updateComplete: Promise<boolean> };
    await picker.updateComplete;
    const street = picker.shadowRoot!.querySelector<HTMLTextAreaElement>('#street')!;
    expect(street.localName).to.equal('textarea');
    expect(street.value).to.equal('Số 5\nNgõ 3');
    street.focus();
    street.setSelectionRange(street.value.length, street.value.length);
    await sendKeys({ type: ', tổ 1' });
    await el.updateComplete;
    expect(dataOf(el).home).to.deep.equal({ provinceCode: '42', communeCode: '18229', street: 'Số 5\nNgõ 3, tổ 1', districtCode: '436' });
  });
});
