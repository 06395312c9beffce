import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import '../define/dvc-dossier-form.js';
import type { DvcDossierForm } from './dossier-form.js';

declare global {
  interface Window {
    axe: { run(context: Element, options?: RunOptions): Promise<AxeResults> };
  }
}

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** Phone numbers by who answers them; extensions ("x-…") are numbers. */
const contacts = {
  $schema: DRAFT,
  type: 'object',
  properties: {
    owner: { type: 'string', title: 'Chủ hộ' },
    phones: {
      type: 'object',
      title: 'Số điện thoại liên hệ',
      propertyNames: { title: 'Người nghe', pattern: '^[a-z0-9-]+$' },
      patternProperties: { '^x-': { type: 'integer', minimum: 1 } },
      additionalProperties: { type: 'string', pattern: '^0\\d{9}$' },
    },
  },
};

const point = {
  $schema: DRAFT,
  type: 'object',
  properties: {
    point: {
      type: 'array',
      title: 'Tọa độ',
      prefixItems: [
        { type: 'number', title: 'Vĩ độ' },
        { type: 'number', title: 'Kinh độ' },
      ],
      items: { type: 'string' },
      minItems: 2,
      'x-ui': { itemLabel: 'Ghi chú' },
    },
  },
};

const root = (el: DvcDossierForm) => el.shadowRoot!;
const byId = (el: DvcDossierForm, id: string) => root(el).getElementById(id) as HTMLInputElement;
const active = (el: DvcDossierForm) => root(el).activeElement as HTMLElement | null;
const labelOf = (el: DvcDossierForm, input: HTMLElement) => root(el).querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
const keyInput = (el: DvcDossierForm, pointer: string) =>
  root(el).querySelector<HTMLInputElement>(`li[data-entry="${CSS.escape(pointer)}"] input:not([data-pointer])`)!;
const valueInput = (el: DvcDossierForm, pointer: string) => root(el).querySelector<HTMLInputElement>(`input[data-pointer="${CSS.escape(pointer)}"]`);
const newKey = (el: DvcDossierForm) => root(el).querySelector<HTMLInputElement>('input[id$="-new-key"]')!;
const settle = async (el: DvcDossierForm) => {
  await el.updateComplete;
  await new Promise((done) => setTimeout(done));
  await el.updateComplete;
};

async function axeViolations(el: Element): Promise<string[]> {
  const results = await window.axe.run(el);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const loadedCollections = () => performance.getEntriesByType('resource').some((entry) => /\/dossier-form\/collections\.(js|ts)(\?|$)/.test(entry.name));

describe('<dvc-dossier-form> maps and tuples', () => {
  it('does not load their templates for a schema without them', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${{ type: 'object', properties: { a: { type: 'string' } } }}></dvc-dossier-form>`);
    await el.ready;
    expect(loadedCollections()).to.equal(false);
  });

  it('passes accessibility checks, with labelled keys and values', async () => {
    const el = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form .schema=${{ ...contacts, properties: { ...contacts.properties, point: point.properties.point } }} .data=${{ phones: { me: '0912345678', 'x-1': 12 }, point: [21.03, 105.85, 'Hồ Gươm'] }}></dvc-dossier-form>`,
    );
    await el.ready;
    expect(loadedCollections()).to.equal(true);
    expect(labelOf(el, keyInput(el, '/phones/me'))).to.equal('Người nghe (dòng 1)');
    expect(keyInput(el, '/phones/x-1').value).to.equal('x-1');
    expect(labelOf(el, valueInput(el, '/phones/me')!)).to.equal('me');
    expect(labelOf(el, newKey(el))).to.equal('Thêm người nghe mới');
    expect(labelOf(el, valueInput(el, '/point/0')!)).to.equal('Vĩ độ*');
    expect(labelOf(el, valueInput(el, '/point/2')!)).to.equal('Ghi chú 3');
    expect(await axeViolations(el)).to.deep.equal([]);
    await el.requestSubmit();
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('adds, renames and removes keys with the keyboard, focus following', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${contacts} .data=${{ phones: { me: '0912345678' } }}></dvc-dossier-form>`);
    await el.ready;

    // Add: type a key in the box and press Enter; the new row's value takes the focus.
    newKey(el).focus();
    await sendKeys({ type: 'bo' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.data).to.deep.equal({ phones: { me: '0912345678', bo: '' } });
    expect(active(el)).to.equal(valueInput(el, '/phones/bo'));
    expect(newKey(el).value).to.equal('');
    await sendKeys({ type: '0987654321' });
    await settle(el);
    expect(el.data).to.deep.equal({ phones: { me: '0912345678', bo: '0987654321' } });

    // Rename to a key that is taken: refused, said at the key, the data unchanged, the focus kept.
    keyInput(el, '/phones/bo').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'me' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.data).to.deep.equal({ phones: { me: '0912345678', bo: '0987654321' } });
    const refused = keyInput(el, '/phones/bo');
    expect(active(el)).to.equal(refused);
    expect(refused.value).to.equal('me');
    expect(refused.getAttribute('aria-invalid')).to.equal('true');
    const errorId = refused.getAttribute('aria-describedby')!;
    expect(byId(el, errorId).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lỗi: Người nghe "me" đã có, vui lòng chọn người nghe khác');

    // Rename to a free key: value and place kept, the focus stays on the key.
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'cha' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.data).to.deep.equal({ phones: { me: '0912345678', cha: '0987654321' } });
    expect(Object.keys((el.data as { phones: object }).phones)).to.deep.equal(['me', 'cha']);
    expect(active(el)).to.equal(keyInput(el, '/phones/cha'));
    expect(keyInput(el, '/phones/cha').hasAttribute('aria-invalid')).to.equal(false);

    // Remove the first row with the keyboard: the row now in its place takes the focus.
    const remove = [...root(el).querySelectorAll<HTMLButtonElement>('li[data-entry="/phones/me"] button')].find((b) => b.textContent!.includes('Xóa'))!;
    expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Xóa me');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.data).to.deep.equal({ phones: { cha: '0987654321' } });
    expect(active(el)).to.equal(keyInput(el, '/phones/cha'));

    // Remove the last row: the box that adds a key takes the focus.
    root(el).querySelector<HTMLButtonElement>('li[data-entry="/phones/cha"] button')!.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.data).to.deep.equal({ phones: {} });
    expect(active(el)).to.equal(newKey(el));
  });

  it('shows a key that propertyNames refuses at the key of its row, and in the summary', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${contacts} .data=${{ phones: { 'Bố Mẹ': '0912345678' } }}></dvc-dossier-form>`);
    await el.ready;
    const key = keyInput(el, '/phones/Bố Mẹ');
    expect(key.getAttribute('aria-invalid')).to.equal('true');
    expect(byId(el, key.getAttribute('aria-describedby')!).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lỗi: Người nghe chưa đúng định dạng');
    expect(await el.requestSubmit()).to.equal(false);
    const link = root(el).querySelector<HTMLAnchorElement>('[part="error-summary"] a')!;
    expect(link.getAttribute('href')).to.equal(`#${key.id}`);
    link.click();
    expect(active(el)).to.equal(key);
  });

  it('renders a tuple position by position; only the tail is added to and removed from', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${point}></dvc-dossier-form>`);
    await el.ready;
    expect(labelOf(el, valueInput(el, '/point/0')!)).to.match(/^Vĩ độ/);
    expect(labelOf(el, valueInput(el, '/point/1')!)).to.match(/^Kinh độ/);
    expect(root(el).querySelectorAll('li[data-item-of="/point"] button')).to.have.length(0);

    valueInput(el, '/point/1')!.focus();
    await sendKeys({ type: '105,85' });
    await settle(el);
    expect(el.data).to.deep.equal({ point: [null, 105.85] });
    valueInput(el, '/point/0')!.focus();
    await sendKeys({ type: '21,03' });
    await settle(el);

    const add = [...root(el).querySelectorAll<HTMLButtonElement>('button[data-action="add"]')].find((b) => b.textContent!.includes('Thêm ghi chú'))!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.data).to.deep.equal({ point: [21.03, 105.85, ''] });
    expect(active(el)).to.equal(valueInput(el, '/point/2'));
    const removes = root(el).querySelectorAll<HTMLButtonElement>('li[data-item-of="/point"] button[data-action="remove"]');
    expect(removes).to.have.length(1);
    expect(removes[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Xóa Ghi chú 3');
    removes[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.data).to.deep.equal({ point: [21.03, 105.85] });
    expect(active(el)).to.equal(valueInput(el, '/point/1'));
  });

  it('speaks English in its own text', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="en" .schema=${contacts} .data=${{ phones: { me: '0912345678' } }}></dvc-dossier-form>`);
    await el.ready;
    expect(labelOf(el, keyInput(el, '/phones/me'))).to.equal('Người nghe (row 1)');
    expect(labelOf(el, newKey(el))).to.equal('New người nghe');
  });
});
