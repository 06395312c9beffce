import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import { loadCommunes, type Commune } from '@dvc-kit/vn';
import '../define/dvc-address-picker.js';
import type { DvcChangeEvent } from '../events/dvc-change.js';
import { runFormControlTests } from '../test-support/form-control-tests.js';
import type { DvcAddressPicker } from './address-picker.js';
import { ADDRESS_MESSAGES } from './messages.js';

declare global {
  interface Window {
    axe: { run(context: Element, options?: RunOptions): Promise<AxeResults> };
  }
}

// ------------------------------------------------------------------ helpers

function input(el: DvcAddressPicker, id: 'province' | 'commune' | 'street'): HTMLInputElement {
  const found = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`);
  if (!found) throw new Error(`no input #${id}`);
  return found;
}

function options(el: DvcAddressPicker, id: 'province' | 'commune'): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`#${id}-listbox [role="option"]`)];
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function activeOption(el: DvcAddressPicker, id: 'province' | 'commune'): string {
  const active = input(el, id).getAttribute('aria-activedescendant');
  return active ? text(el.shadowRoot!.getElementById(active)) : '';
}

function errorOf(el: DvcAddressPicker, id: 'province' | 'commune' | 'street'): string | null {
  const ids = (input(el, id).getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((i) => el.shadowRoot!.getElementById(i)).find((e) => e?.classList.contains('error'));
  return error ? text(error) : null;
}

function label(el: DvcAddressPicker, id: string): string {
  return text(el.shadowRoot!.querySelector(`label[for="${id}"]`));
}

async function press(el: DvcAddressPicker, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function type(el: DvcAddressPicker, value: string): Promise<void> {
  await sendKeys({ type: value });
  await el.updateComplete;
}

function changes(el: HTMLElement): DvcChangeEvent[] {
  const events: DvcChangeEvent[] = [];
  el.addEventListener('dvc-change', (e) => events.push(e));
  return events;
}

async function axeViolations(el: Element): Promise<string[]> {
  const results = await window.axe.run(el);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const HA_TINH = { provinceCode: '42', communeCode: '18229', street: 'Số 5, ngõ 3' };

beforeEach(() => {
  document.documentElement.lang = 'vi';
});

// ------------------------------------------------------------------ accessibility

describe('dvc-address-picker: accessibility', () => {
  it('passes accessibility checks, empty, filled, with errors, open, and in English', async () => {
    const empty = await fixture<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    expect(await axeViolations(empty)).to.deep.equal([]);

    const filled = await fixture<DvcAddressPicker>(html`<dvc-address-picker .value=${HA_TINH}></dvc-address-picker>`);
    expect(await axeViolations(filled)).to.deep.equal([]);

    const errors = await fixture<DvcAddressPicker>(html`<dvc-address-picker required></dvc-address-picker>`);
    errors.reportValidity();
    await errors.updateComplete;
    expect(errorOf(errors, 'province')).to.not.equal(null);
    expect(await axeViolations(errors)).to.deep.equal([]);

    const open = await fixture<DvcAddressPicker>(html`<dvc-address-picker .value=${HA_TINH}></dvc-address-picker>`);
    input(open, 'commune').focus();
    await press(open, 'ArrowDown');
    expect(input(open, 'commune').getAttribute('aria-expanded')).to.equal('true');
    expect(await axeViolations(open)).to.deep.equal([]);

    const english = await fixture<DvcAddressPicker>(html`<dvc-address-picker lang="en" required></dvc-address-picker>`);
    english.reportValidity();
    await english.updateComplete;
    expect(await axeViolations(english)).to.deep.equal([]);
  });

  it('groups the three inputs in a fieldset whose legend names the address', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker label="Nơi thường trú"></dvc-address-picker>`);
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(text(fieldset.querySelector('legend'))).to.equal('Nơi thường trú');
    expect(fieldset.querySelectorAll('input')).to.have.length(3);
    expect(label(el, 'province')).to.equal('Tỉnh, thành phố');
    expect(label(el, 'commune')).to.equal('Phường, xã, đặc khu');
  });

  it('wires each combobox to its listbox as the WAI-ARIA combobox pattern asks', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    const province = input(el, 'province');
    expect(province.getAttribute('role')).to.equal('combobox');
    expect(province.getAttribute('aria-autocomplete')).to.equal('list');
    expect(province.getAttribute('aria-expanded')).to.equal('false');
    const listbox = el.shadowRoot!.getElementById(province.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect(province.hasAttribute('aria-activedescendant')).to.equal(false);
    // Before a province is chosen, the commune input says why it cannot be used yet.
    const commune = input(el, 'commune');
    expect(commune.disabled).to.equal(true);
    expect(text(el.shadowRoot!.getElementById(commune.getAttribute('aria-describedby')!))).to.equal(
      'Vui lòng chọn tỉnh, thành phố trước.',
    );
  });
});

// ------------------------------------------------------------------ keyboard

describe('dvc-address-picker: keyboard', () => {
  it('finds a province typed without diacritics and a commune with "d" for "đ", chosen by keyboard alone', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    const events = changes(el);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'province'));

    await type(el, 'ha tinh');
    expect(input(el, 'province').getAttribute('aria-expanded')).to.equal('true');
    expect(activeOption(el, 'province')).to.equal('Tỉnh Hà Tĩnh');
    expect(options(el, 'province').map(text)).to.deep.equal(['Tỉnh Hà Tĩnh']);
    expect(events).to.have.length(0);

    await press(el, 'Enter');
    expect(input(el, 'province').value).to.equal('Tỉnh Hà Tĩnh');
    expect(input(el, 'province').getAttribute('aria-expanded')).to.equal('false');
    expect(el.value.provinceCode).to.equal('42');
    expect(events).to.have.length(1);

    await press(el, 'Tab');
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'commune'));
    await type(el, 'duc tho');
    expect(activeOption(el, 'commune')).to.equal('Xã Đức Thọ');
    await press(el, 'Enter');
    expect(el.value.communeCode).to.equal('18229');

    await press(el, 'Tab');
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'street'));
    await type(el, 'So 5 ngo 3');
    expect(el.value).to.deep.equal({ provinceCode: '42', communeCode: '18229', street: 'So 5 ngo 3' });
    expect(el.addressText).to.equal('So 5 ngo 3, Xã Đức Thọ, Tỉnh Hà Tĩnh');
    expect(events.at(-1)!.detail).to.deep.equal({ data: el.value, valid: true });
  });

  it('chooses another match with the arrows and Enter', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    input(el, 'province').focus();
    await type(el, 'dong');
    const matches = options(el, 'province').map(text);
    expect(matches).to.include.members(['Tỉnh Đồng Nai', 'Tỉnh Đồng Tháp']);
    expect(activeOption(el, 'province')).to.equal(matches[0]);
    await press(el, 'ArrowDown');
    expect(activeOption(el, 'province')).to.equal(matches[1]);
    await press(el, 'Enter');
    expect(input(el, 'province').value).to.equal(matches[1]);
  });

  it('moves through the list with the arrows, Home and End, and closes it with Escape', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    const province = input(el, 'province');
    province.focus();
    await press(el, 'ArrowDown');
    expect(province.getAttribute('aria-expanded')).to.equal('true');
    const all = options(el, 'province').map(text);
    expect(all).to.have.length(34);
    expect(activeOption(el, 'province')).to.equal(all[0]);
    await press(el, 'ArrowDown');
    expect(activeOption(el, 'province')).to.equal(all[1]);
    await press(el, 'ArrowUp');
    expect(activeOption(el, 'province')).to.equal(all[0]);
    await press(el, 'ArrowUp');
    expect(activeOption(el, 'province')).to.equal(all[33]);
    await press(el, 'Home');
    expect(activeOption(el, 'province')).to.equal(all[0]);
    await press(el, 'End');
    expect(activeOption(el, 'province')).to.equal(all[33]);
    const active = el.shadowRoot!.getElementById(province.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('aria-selected')).to.equal('true');

    await press(el, 'Escape');
    expect(province.getAttribute('aria-expanded')).to.equal('false');
    expect(province.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(el.value.provinceCode).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(province);
  });

  it('filters as the citizen types and says when nothing matches', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    input(el, 'province').focus();
    await type(el, 'da');
    expect(options(el, 'province').map(text)).to.include.members(['Thành phố Đà Nẵng', 'Tỉnh Đắk Lắk']);
    await type(el, 'xyz');
    expect(options(el, 'province')).to.have.length(0);
    expect(input(el, 'province').getAttribute('aria-expanded')).to.equal('false');
    expect(text(el.shadowRoot!.querySelector('[part="popup"]'))).to.equal('Không có kết quả phù hợp.');
  });

  it('accepts the highlighted option on Tab, and restores the chosen name when leaving with a partial text', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    input(el, 'province').focus();
    await type(el, 'can tho');
    await press(el, 'Tab');
    expect(el.value.provinceCode).to.equal('92');
    expect(input(el, 'province').value).to.equal('Thành phố Cần Thơ');

    input(el, 'province').focus();
    await press(el, 'End');
    await type(el, ' zz');
    await press(el, 'Escape');
    input(el, 'province').blur();
    await el.updateComplete;
    expect(input(el, 'province').value).to.equal('Thành phố Cần Thơ');
    expect(el.value.provinceCode).to.equal('92');
  });

  it('clears a chosen unit with Escape when the list is closed', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker .value=${HA_TINH}></dvc-address-picker>`);
    const events = changes(el);
    input(el, 'commune').focus();
    await press(el, 'Escape');
    expect(input(el, 'commune').value).to.equal('');
    expect(el.value.communeCode).to.equal('');
    expect(events).to.have.length(1);
    expect(events[0]!.detail.valid).to.equal(false);
  });

  it('chooses an option with the mouse too', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    input(el, 'province').click();
    await el.updateComplete;
    options(el, 'province').find((o) => text(o) === 'Thành phố Huế')!.click();
    await el.updateComplete;
    expect(el.value.provinceCode).to.equal('46');
  });
});

// ------------------------------------------------------------------ communes

describe('dvc-address-picker: communes', () => {
  it('clears the commune when the province changes', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker .value=${HA_TINH}></dvc-address-picker>`);
    expect(input(el, 'commune').value).to.equal('Xã Đức Thọ');
    const events = changes(el);
    input(el, 'province').focus();
    input(el, 'province').select();
    await type(el, 'ha noi');
    await press(el, 'Enter');
    expect(el.value).to.deep.equal({ provinceCode: '01', communeCode: '', street: 'Số 5, ngõ 3' });
    expect(input(el, 'commune').value).to.equal('');
    expect(events).to.have.length(1);
    await el.updateComplete;
    input(el, 'commune').focus();
    await type(el, 'hoan kiem');
    expect(activeOption(el, 'commune')).to.equal('Phường Hoàn Kiếm');
  });

  it('loads a province’s communes only once it is chosen', async () => {
    // The unbundled test server loads every commune file with the package index (its synchronous
    // `communesOf` imports them all; bundlers drop it): spy on the loader here, and see
    // address-picker.bundle.test.ts for the bundle, where each province is a chunk of its own.
    const calls: string[] = [];
    const loader = (code: string) => {
      calls.push(code);
      return loadCommunes(code);
    };
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker .communeLoader=${loader}></dvc-address-picker>`);
    input(el, 'province').focus();
    await type(el, 'ca mau');
    expect(calls).to.deep.equal([]);
    await press(el, 'Enter');
    expect(calls).to.deep.equal(['96']);
    expect(el.matches(':state(loading)') || options(el, 'commune').length === 0).to.equal(true);
    await el.updateComplete;
    input(el, 'commune').focus();
    await press(el, 'ArrowDown');
    expect(options(el, 'commune').length).to.be.greaterThan(50);
    await press(el, 'Escape');
    // Choosing the same province again loads nothing; another one loads its own list.
    input(el, 'province').focus();
    input(el, 'province').select();
    await type(el, 'hue');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(calls).to.deep.equal(['96', '46']);
  });

  it('shows a loading state, and an error with a retry button when the load fails', async () => {
    let fail = true;
    let release: () => void = () => {};
    const loader = (code: string): Promise<Commune[]> =>
      new Promise((resolve, reject) => {
        release = () =>
          fail
            ? reject(new Error('offline'))
            : resolve([{ level: 'commune', code: '99999', name: 'Xã Thử', shortName: 'Thử', type: 'xã', provinceCode: code }]);
      });
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker .communeLoader=${loader}></dvc-address-picker>`);
    el.value = { provinceCode: '42', communeCode: '', street: '' };
    // updateComplete waits for the load, which waits for release(): watch the rendering instead.
    const hint = () => text(el.shadowRoot!.getElementById('commune-hint'));
    await waitUntil(() => hint() === 'Đang tải danh sách phường, xã…');
    release();
    await el.updateComplete;
    expect(hint()).to.contain('Không tải được danh sách phường, xã.');
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(text(retry)).to.equal('Tải lại');
    fail = false;
    retry.click();
    await waitUntil(() => hint() === 'Đang tải danh sách phường, xã…');
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'commune'));
    release();
    await el.updateComplete;
    expect(hint()).to.equal('');
    await press(el, 'ArrowDown');
    expect(options(el, 'commune').map(text)).to.deep.equal(['Xã Thử']);
  });
  it('highlights the best match once the list arrives when the citizen typed while it loaded', async () => {
    let release: () => void = () => {};
    const loader = (code: string): Promise<Commune[]> =>
      new Promise((resolve) => {
        release = () =>
          resolve([
            { level: 'commune', code: '99998', name: 'Xã Đông Sơn', shortName: 'Đông Sơn', type: 'xã', provinceCode: code },
            { level: 'commune', code: '99999', name: 'Xã Tây Sơn', shortName: 'Tây Sơn', type: 'xã', provinceCode: code },
          ]);
      });
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker .communeLoader=${loader}></dvc-address-picker>`);
    el.value = { provinceCode: '42', communeCode: '', street: '' };
    await waitUntil(() => !input(el, 'commune').disabled);
    input(el, 'commune').focus();
    await sendKeys({ type: 'tay' });
    expect(text(el.shadowRoot!.querySelector('#commune ~ [part="popup"]'))).to.equal('Đang tải danh sách phường, xã…');
    release();
    await el.updateComplete;
    expect(activeOption(el, 'commune')).to.equal('Xã Tây Sơn');
    await press(el, 'Enter');
    expect(el.value.communeCode).to.equal('99999');
  });
});

// ------------------------------------------------------------------ value, errors, form

describe('dvc-address-picker: value and form association', () => {
  it('takes a value from code without firing dvc-change, and writes the full address', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    const events = changes(el);
    el.value = HA_TINH;
    await el.updateComplete;
    expect(el.value).to.deep.equal(HA_TINH);
    expect(el.addressText).to.equal('Số 5, ngõ 3, Xã Đức Thọ, Tỉnh Hà Tĩnh');
    expect(input(el, 'province').value).to.equal('Tỉnh Hà Tĩnh');
    expect(input(el, 'commune').value).to.equal('Xã Đức Thọ');
    expect(input(el, 'street').value).to.equal('Số 5, ngõ 3');
    expect(events).to.have.length(0);
  });

  it('shows errors after touch, with a hidden "Lỗi:" prefix, aria-invalid and aria-describedby', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker required></dvc-address-picker>`);
    expect(errorOf(el, 'province')).to.equal(null);
    input(el, 'province').focus();
    await press(el, 'Tab');
    expect(errorOf(el, 'province')).to.equal('Lỗi: Vui lòng chọn tỉnh, thành phố');
    expect(input(el, 'province').getAttribute('aria-invalid')).to.equal('true');
    const prefix = el.shadowRoot!.querySelector('#province-error .visually-hidden')!;
    expect(text(prefix)).to.equal('Lỗi:');
    expect(errorOf(el, 'street')).to.equal(null);
  });

  it('reportValidity shows every error and focuses the first invalid input', async () => {
    const el = await fixture<DvcAddressPicker>(
      html`<dvc-address-picker required .value=${{ provinceCode: '42', communeCode: '', street: '' }}></dvc-address-picker>`,
    );
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect(errorOf(el, 'province')).to.equal(null);
    expect(errorOf(el, 'commune')).to.equal('Lỗi: Vui lòng chọn phường, xã, đặc khu');
    expect(errorOf(el, 'street')).to.equal('Lỗi: Vui lòng nhập số nhà, tên đường, thôn, tổ dân phố');
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'commune'));
    expect(el.matches(':state(user-invalid)')).to.equal(true);
  });

  it('submits the form with Enter, and shows its own errors (focusing the first) when the form is invalid', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <dvc-address-picker name="address" required .value=${{ provinceCode: '', communeCode: '', street: 'x' }}></dvc-address-picker>
    </form>`);
    const el = form.querySelector('dvc-address-picker')!;
    await el.updateComplete;
    let submits = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    input(el, 'street').focus();
    await press(el, 'Enter');
    expect(submits).to.equal(0);
    expect(errorOf(el, 'province')).to.equal('Lỗi: Vui lòng chọn tỉnh, thành phố');
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'province'));

    el.value = HA_TINH;
    await el.updateComplete;
    input(el, 'street').focus();
    await press(el, 'Enter');
    expect(submits).to.equal(1);
  });

  it('shows an error given by the page (error-message) under the legend, read with the input to correct', async () => {
    const el = await fixture<DvcAddressPicker>(
      html`<dvc-address-picker error-message="Địa chỉ ngoài địa bàn" .value=${{ provinceCode: '42', communeCode: '', street: '' }}></dvc-address-picker>`,
    );
    const error = el.shadowRoot!.getElementById('address-error');
    expect(text(error)).to.equal('Lỗi: Địa chỉ ngoài địa bàn');
    expect(error!.getAttribute('part')).to.equal('field-error');
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    // The commune is the part to correct: it carries the error, the province does not.
    expect(input(el, 'commune').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'commune').getAttribute('aria-describedby')).to.equal('address-error');
    expect(input(el, 'province').hasAttribute('aria-invalid')).to.equal(false);
    // The picker's own check comes first.
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal(ADDRESS_MESSAGES.vi.addressMissingCommune);
    el.focus();
    expect(el.shadowRoot!.activeElement === input(el, 'commune')).to.equal(true);

    el.value = HA_TINH;
    await el.updateComplete;
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('Địa chỉ ngoài địa bàn');
    expect(input(el, 'province').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'commune').hasAttribute('aria-invalid')).to.equal(false);

    el.errorMessage = '';
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(el.shadowRoot!.getElementById('address-error')).to.equal(null);
    expect(input(el, 'province').hasAttribute('aria-invalid')).to.equal(false);
    expect(input(el, 'province').hasAttribute('aria-describedby')).to.equal(false);
    expect(el.matches(':state(user-invalid)')).to.equal(false);
  });

  it('shows the hint it is given under the legend, read with the group', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker hint="Ghi như trên sổ hộ khẩu"></dvc-address-picker>`);
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    const hint = el.shadowRoot!.getElementById('address-hint');
    expect(text(hint)).to.equal('Ghi như trên sổ hộ khẩu');
    expect(hint!.getAttribute('part')).to.equal('field-hint');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('address-hint');

    el.hint = '';
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('address-hint')).to.equal(null);
    expect(fieldset.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('is valid when optional and empty, but asks for the commune once a province is chosen', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    expect(el.checkValidity()).to.equal(true);
    el.value = { provinceCode: '42', communeCode: '', street: '' };
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Vui lòng chọn phường, xã, đặc khu');
  });
});

// ------------------------------------------------------------------ the form-control suite

runFormControlTests<DvcAddressPicker>('dvc-address-picker', {
  setUp: (el) => {
    el.required = true;
  },
  prefill: (el) => {
    el.value = HA_TINH;
  },
  edit: async (el) => {
    input(el, 'street').focus();
    await type(el, ' B');
  },
  valueOf: (el) => el.value,
  missingMessage: ADDRESS_MESSAGES.vi.addressMissingProvince,
  takesFocus: true,
});

// ------------------------------------------------------------------ language and states

describe('dvc-address-picker: language and states', () => {
  it('speaks English with lang="en" (own or inherited)', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker lang="en" required></dvc-address-picker>`);
    expect(text(el.shadowRoot!.querySelector('legend'))).to.equal('Address*');
    expect(label(el, 'province')).to.equal('Province or city*');
    expect(label(el, 'commune')).to.equal('Ward, commune or special zone*');
    expect(label(el, 'street')).to.equal('House number, street, village or residential group*');
    el.reportValidity();
    await el.updateComplete;
    expect(errorOf(el, 'province')).to.equal('Error: Select province or city');
    expect(el.validationMessage).to.equal('Select province or city');

    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><dvc-address-picker></dvc-address-picker></div>`);
    const inner = wrapper.querySelector('dvc-address-picker')!;
    await inner.updateComplete;
    expect(text(inner.shadowRoot!.querySelector('legend'))).to.equal('Address');
  });

  it('is read-only: values shown, the list does not open', async () => {
    const el = await fixture<DvcAddressPicker>(html`<dvc-address-picker readonly .value=${HA_TINH}></dvc-address-picker>`);
    input(el, 'province').focus();
    await press(el, 'ArrowDown');
    expect(input(el, 'province').getAttribute('aria-expanded')).to.equal('false');
    expect(input(el, 'province').readOnly).to.equal(true);
    expect(input(el, 'commune').value).to.equal('Xã Đức Thọ');
  });
});
