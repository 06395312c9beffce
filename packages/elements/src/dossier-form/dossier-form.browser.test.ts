import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import '../define/dvc-dossier-form.js';
import type { DvcChangeEvent } from '../events/dvc-change.js';
import type { DvcErrorEvent } from '../events/dvc-error.js';
import type { DvcSubmitEvent } from '../events/dvc-submit.js';
import { runFormControlTests } from '../test-support/form-control-tests.js';
import type { DvcDossierForm } from './dossier-form.js';

declare global {
  interface Window {
    axe: { run(context: Element, options?: RunOptions): Promise<AxeResults> };
  }
}

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const PROCEDURE = '/schemas/procedures/1.013792';

// ------------------------------------------------------------------ helpers

function root(el: DvcDossierForm): ShadowRoot {
  return el.shadowRoot!;
}

function control<T extends HTMLElement = HTMLInputElement>(el: DvcDossierForm, pointer: string, index?: number): T {
  const selector = `[data-pointer="${pointer}"][data-kind]${index === undefined ? '' : `[data-index="${index}"]`}`;
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no control for ${pointer}`);
  return found;
}

function has(el: DvcDossierForm, pointer: string): boolean {
  return root(el).querySelector(`[data-pointer="${pointer}"][data-kind]`) !== null;
}

function errorOf(el: DvcDossierForm, pointer: string): string | null {
  const input = control(el, pointer);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => root(el).getElementById(id)).find((e) => e?.classList.contains('error'));
  return error ? error.textContent!.replace(/\s+/g, ' ').trim() : null;
}

function summary(el: DvcDossierForm): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[part="error-summary"]');
}

function button(el: DvcDossierForm, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent!.replace(/\s+/g, ' ').trim() === name,
  );
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

async function typeInto(el: DvcDossierForm, pointer: string, text: string): Promise<void> {
  control(el, pointer).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function blur(el: DvcDossierForm): Promise<void> {
  (root(el).activeElement as HTMLElement | null)?.blur();
  await el.updateComplete;
}

async function axeViolations(el: Element): Promise<string[]> {
  const results = await window.axe.run(el);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function json(url: string): Promise<unknown> {
  return (await fetch(url)).json();
}

// ------------------------------------------------------------------ schemas

const person = {
  $schema: DRAFT,
  type: 'object',
  required: ['name', 'email'],
  properties: {
    name: { type: 'string', title: 'Họ và tên', minLength: 2 },
    email: { type: 'string', title: 'Thư điện tử', format: 'email', description: 'Để nhận kết quả.' },
    age: { type: 'integer', title: 'Tuổi', minimum: 18 },
  },
};

const kitchenSink = {
  $schema: DRAFT,
  type: 'object',
  required: ['name', 'kind'],
  'x-ui': {
    sections: [
      { id: 'owner', title: 'Chủ hộ', fields: ['name', 'kind', 'ward'] },
      { id: 'more', title: 'Thông tin khác', fields: ['note', 'agree', 'services', 'members', 'contact', 'fee'] },
    ],
  },
  properties: {
    name: { type: 'string', title: 'Họ và tên' },
    kind: {
      type: 'string',
      title: 'Loại hình',
      oneOf: [
        { const: 'individual', title: 'Cá nhân' },
        { const: 'company', title: 'Doanh nghiệp' },
      ],
    },
    ward: { type: 'string', title: 'Phường', enum: ['Ba Đình', 'Hoàn Kiếm', 'Tây Hồ', 'Long Biên', 'Cầu Giấy', 'Đống Đa'] },
    note: { type: 'string', title: 'Ghi chú', 'x-ui': { widget: 'textarea' } },
    agree: { type: 'boolean', title: 'Tôi cam đoan thông tin là đúng' },
    services: {
      type: 'array',
      title: 'Dịch vụ',
      uniqueItems: true,
      items: { type: 'string', enum: ['internet', 'game', 'cafe'] },
    },
    members: {
      type: 'array',
      title: 'Thành viên',
      'x-ui': { itemLabel: 'Thành viên' },
      items: {
        type: 'object',
        required: ['fullName'],
        properties: { fullName: { type: 'string', title: 'Họ tên thành viên' }, born: { type: 'string', format: 'date', title: 'Ngày sinh' } },
      },
    },
    contact: {
      title: 'Cách liên hệ',
      oneOf: [
        {
          title: 'Điện thoại',
          type: 'object',
          required: ['via', 'phone'],
          properties: { via: { const: 'phone' }, phone: { type: 'string', title: 'Số điện thoại' } },
        },
        {
          title: 'Thư',
          type: 'object',
          required: ['via', 'address'],
          properties: { via: { const: 'post' }, address: { type: 'string', title: 'Địa chỉ nhận thư' } },
        },
      ],
    },
    fee: { const: 'Miễn phí', title: 'Lệ phí' },
  },
};

const conditional = {
  $schema: DRAFT,
  type: 'object',
  required: ['kind'],
  properties: {
    kind: {
      type: 'string',
      title: 'Loại chủ điểm',
      oneOf: [
        { const: 'individual', title: 'Cá nhân' },
        { const: 'company', title: 'Doanh nghiệp' },
      ],
    },
    name: { type: 'string', title: 'Tên' },
    hasBranch: { type: 'boolean', title: 'Có chi nhánh' },
  },
  if: { properties: { kind: { const: 'company' } }, required: ['kind'] },
  then: { properties: { taxCode: { type: 'string', title: 'Mã số thuế' } }, required: ['taxCode'] },
  else: { properties: { idNumber: { type: 'string', title: 'Số CCCD' } } },
  dependentSchemas: {
    hasBranch: {
      if: { properties: { hasBranch: { const: true } }, required: ['hasBranch'] },
      then: { properties: { branchAddress: { type: 'string', title: 'Địa chỉ chi nhánh' } }, required: ['branchAddress'] },
    },
  },
};

const list = {
  $schema: DRAFT,
  type: 'object',
  properties: {
    members: {
      type: 'array',
      title: 'Thành viên',
      'x-ui': { itemLabel: 'Thành viên' },
      items: { type: 'object', properties: { name: { type: 'string', title: 'Họ tên' } } },
    },
  },
};

// ------------------------------------------------------------------ tests

describe('<dvc-dossier-form>', () => {
  it('passes accessibility checks', async () => {
    const el = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form
        .schema=${kitchenSink}
        .data=${{ members: [{ fullName: 'Nguyễn Văn A' }], contact: { via: 'phone' } }}
      ></dvc-dossier-form>`,
    );
    expect(await axeViolations(el)).to.deep.equal([]);
    // With errors shown: the summary, inline errors and aria-invalid must be clean too.
    await el.reportValidity();
    await el.updateComplete;
    expect(summary(el)).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('passes accessibility checks on the real procedure with its example data', async () => {
    const data = await json(`${PROCEDURE}/examples/valid-individual.json`);
    const el = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form schema-src="${PROCEDURE}/schema.json" .data=${data}></dvc-dossier-form>`,
    );
    expect(root(el).querySelector('[part~="schema-error"]')).to.equal(null);
    expect(el.valid).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('renders every widget kind with native controls, labels and fieldsets', async () => {
    const el = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form
        .schema=${kitchenSink}
        .data=${{ members: [{ fullName: 'A' }], contact: { via: 'post' } }}
      ></dvc-dossier-form>`,
    );
    const input = control(el, '/name');
    expect(input.localName).to.equal('input');
    expect(root(el).querySelector(`label[for="${CSS.escape(input.id)}"]`)!.textContent).to.contain('Họ và tên');
    expect(input.required).to.equal(true);
    expect(input.hasAttribute('name')).to.equal(false);
    expect(control(el, '/kind').type).to.equal('radio');
    expect(control(el, '/ward').localName).to.equal('select');
    expect(control(el, '/note').localName).to.equal('textarea');
    expect(control(el, '/agree').type).to.equal('checkbox');
    expect(control(el, '/services').type).to.equal('checkbox');
    expect(control(el, '/members/0/fullName').value).to.equal('A');
    expect(control(el, '/contact/address')).to.exist;
    const legends = [...root(el).querySelectorAll('legend')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(legends).to.include.members(['Chủ hộ', 'Thông tin khác', 'Dịch vụ', 'Thành viên', 'Thành viên 1']);
    expect(root(el).querySelector('h2.section-title')!.textContent).to.equal('Chủ hộ');
    expect(root(el).textContent).to.contain('Miễn phí');
  });

  it('updates data and fires dvc-change as the citizen types', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${person}></dvc-dossier-form>`);
    const changes: DvcChangeEvent[] = [];
    el.addEventListener('dvc-change', (e) => changes.push(e));
    await typeInto(el, '/name', 'Lan');
    expect(el.data).to.deep.equal({ name: 'Lan' });
    expect(changes).to.have.length(3);
    expect(changes[2]!.detail).to.deep.equal({ data: { name: 'Lan' }, valid: false });
    expect(changes[2]!.bubbles && changes[2]!.composed).to.equal(true);
    await typeInto(el, '/email', 'lan@example.vn');
    await typeInto(el, '/age', '30');
    expect(el.data).to.deep.equal({ name: 'Lan', email: 'lan@example.vn', age: 30 });
    expect(changes[changes.length - 1]!.detail.valid).to.equal(true);
  });

  it('keeps what the citizen types in a number field while it is still being typed', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${person}></dvc-dossier-form>`);
    await typeInto(el, '/age', '2.');
    expect(control(el, '/age').value).to.equal('2.');
    await sendKeys({ type: '5' });
    await el.updateComplete;
    expect(control(el, '/age').value).to.equal('2.5');
    expect((el.data as { age: number }).age).to.equal(2.5);
  });

  it('does not fire dvc-change when code sets data, and shows the data', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${person}></dvc-dossier-form>`);
    let fired = 0;
    el.addEventListener('dvc-change', () => fired++);
    el.data = { name: 'Minh', age: 40 };
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(control(el, '/name').value).to.equal('Minh');
    expect(control(el, '/age').value).to.equal('40');
    expect(el.data).to.deep.equal({ name: 'Minh', age: 40 });
  });

  it('shows an error only once the field is touched', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${person}></dvc-dossier-form>`);
    await typeInto(el, '/name', 'A');
    expect(errorOf(el, '/name')).to.equal(null);
    expect(control(el, '/name').hasAttribute('aria-invalid')).to.equal(false);
    await blur(el);
    const message = errorOf(el, '/name');
    expect(message).to.match(/^Lỗi: \S/);
    expect(control(el, '/name').getAttribute('aria-invalid')).to.equal('true');
    // A field the citizen never changed stays quiet.
    expect(errorOf(el, '/email')).to.equal(null);
    // Fixing it removes the error.
    await typeInto(el, '/name', 'n');
    expect(errorOf(el, '/name')).to.equal(null);
  });

  it('on a failed submit shows a focused error summary whose links focus the fields', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${person}></dvc-dossier-form>`);
    let submitted = 0;
    el.addEventListener('dvc-submit', () => submitted++);
    button(el, 'Nộp hồ sơ').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    const box = summary(el)!;
    expect(box).to.exist;
    expect(root(el).activeElement).to.equal(box);
    expect(box.querySelector('[role="alert"] h2')!.textContent).to.equal('Có lỗi cần sửa');
    const links = [...box.querySelectorAll('a')];
    expect(links).to.have.length(2);
    expect(links[0]!.getAttribute('href')).to.equal(`#${control(el, '/name').id}`);
    expect(errorOf(el, '/name')).to.match(/^Lỗi:/);
    expect(errorOf(el, '/email')).to.match(/^Lỗi:/);
    links[1]!.click();
    expect(root(el).activeElement).to.equal(control(el, '/email'));
    expect(submitted).to.equal(0);
    expect(el.data).to.deep.equal({});
  });

  it('keeps the data after a failed submit, and removes the summary once fixed and resubmitted', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${person}></dvc-dossier-form>`);
    await typeInto(el, '/name', 'Lan');
    expect(await el.requestSubmit()).to.equal(false);
    expect(summary(el)).to.exist;
    expect(el.data).to.deep.equal({ name: 'Lan' });
    expect(control(el, '/name').value).to.equal('Lan');
    await typeInto(el, '/email', 'lan@example.vn');
    const submit = oneEvent(el, 'dvc-submit') as Promise<DvcSubmitEvent>;
    expect(await el.requestSubmit()).to.equal(true);
    const event = await submit;
    expect(event.detail).to.deep.equal({ data: { name: 'Lan', email: 'lan@example.vn' }, files: {} });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(summary(el)).to.equal(null);
  });

  it('shows conditional fields (if/then/else) and brings their values back', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${conditional}></dvc-dossier-form>`);
    expect(has(el, '/idNumber')).to.equal(true);
    expect(has(el, '/taxCode')).to.equal(false);
    control(el, '/kind', 1).click();
    await el.updateComplete;
    expect(has(el, '/taxCode')).to.equal(true);
    expect(has(el, '/idNumber')).to.equal(false);
    await typeInto(el, '/taxCode', '0101234567');
    control(el, '/kind', 0).click();
    await el.updateComplete;
    expect(has(el, '/taxCode')).to.equal(false);
    // Hidden values stay in data but are left out of what is submitted.
    expect(el.data).to.deep.equal({ kind: 'individual', taxCode: '0101234567' });
    expect(el.submitData).to.deep.equal({ kind: 'individual' });
    control(el, '/kind', 1).click();
    await el.updateComplete;
    expect(control(el, '/taxCode').value).to.equal('0101234567');
  });

  it('loads the JSON Schema meta-schemas for a schema that refers to one, and validates with them', async () => {
    const schema = { $schema: DRAFT, type: 'object', properties: { name: { type: 'string', title: 'Tên' }, rule: { $ref: DRAFT } } };
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${schema} .data=${{ name: 'An', rule: { type: 'text' } }}></dvc-dossier-form>`);
    await waitUntil(() => root(el).querySelector('[data-pointer="/name"][data-kind]') !== null, 'the form shows once the meta-schemas have loaded');
    expect(await el.requestSubmit()).to.equal(false);
    el.data = { name: 'An', rule: { type: 'string' } };
    await el.updateComplete;
    expect(await el.requestSubmit()).to.equal(true);
  });

  it('leaves hidden fields out of dvc-submit', async () => {
    const el = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form .schema=${conditional} .data=${{ kind: 'individual', taxCode: '0101234567', idNumber: '001' }}></dvc-dossier-form>`,
    );
    const submit = oneEvent(el, 'dvc-submit') as Promise<DvcSubmitEvent>;
    expect(await el.requestSubmit()).to.equal(true);
    expect((await submit).detail.data).to.deep.equal({ kind: 'individual', idNumber: '001' });
    expect(el.data).to.deep.equal({ kind: 'individual', taxCode: '0101234567', idNumber: '001' });
  });

  it('shows fields of dependentSchemas while they apply', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${conditional}></dvc-dossier-form>`);
    expect(has(el, '/branchAddress')).to.equal(false);
    control(el, '/hasBranch').click();
    await el.updateComplete;
    expect(has(el, '/branchAddress')).to.equal(true);
    await typeInto(el, '/branchAddress', 'Số 1 Tràng Tiền');
    control(el, '/hasBranch').click();
    await el.updateComplete;
    expect(has(el, '/branchAddress')).to.equal(false);
    control(el, '/hasBranch').click();
    await el.updateComplete;
    expect(control(el, '/branchAddress').value).to.equal('Số 1 Tràng Tiền');
  });

  it('adds, removes and moves list items, moving focus sensibly', async () => {
    const el = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form .schema=${list} .data=${{ members: [{ name: 'An' }, { name: 'Bình' }] }}></dvc-dossier-form>`,
    );
    const changes: DvcChangeEvent[] = [];
    el.addEventListener('dvc-change', (e) => changes.push(e));
    // Accessible names carry the item number.
    expect(button(el, 'Xóa Thành viên 2')).to.exist;
    expect(button(el, 'Xuống Thành viên 1')).to.exist;
    expect(button(el, 'Lên Thành viên 2')).to.exist;

    button(el, 'Thêm thành viên').click();
    await el.updateComplete;
    await el.updateComplete;
    expect((el.data as { members: unknown[] }).members).to.have.length(3);
    expect(root(el).activeElement).to.equal(control(el, '/members/2/name'));
    await sendKeys({ type: 'Chi' });
    await el.updateComplete;

    button(el, 'Lên Thành viên 3').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.data).to.deep.equal({ members: [{ name: 'An' }, { name: 'Chi' }, { name: 'Bình' }] });
    expect(root(el).activeElement!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lên Thành viên 2');
    expect(control(el, '/members/1/name').value).to.equal('Chi');

    button(el, 'Xuống Thành viên 1').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.data).to.deep.equal({ members: [{ name: 'Chi' }, { name: 'An' }, { name: 'Bình' }] });
    expect(root(el).activeElement!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Xuống Thành viên 2');

    button(el, 'Xóa Thành viên 1').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.data).to.deep.equal({ members: [{ name: 'An' }, { name: 'Bình' }] });
    expect(control(el, '/members/0/name').value).to.equal('An');
    expect(root(el).activeElement).to.equal(control(el, '/members/0/name'));
    expect(changes.map((e) => e.type)).to.have.length(7);
  });

  it('chooses an alternative, then shows that branch’s fields', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${kitchenSink}></dvc-dossier-form>`);
    expect(has(el, '/contact/phone')).to.equal(false);
    expect(has(el, '/contact/address')).to.equal(false);
    control(el, '/contact', 0).click();
    await el.updateComplete;
    expect(has(el, '/contact/phone')).to.equal(true);
    await typeInto(el, '/contact/phone', '0912345678');
    expect((el.data as { contact: unknown }).contact).to.deep.equal({ via: 'phone', phone: '0912345678' });
    control(el, '/contact', 1).click();
    await el.updateComplete;
    expect(has(el, '/contact/phone')).to.equal(false);
    expect(has(el, '/contact/address')).to.equal(true);
    expect((el.submitData as { contact: { via: string } }).contact.via).to.equal('post');
  });

  it('speaks English with lang="en", and follows the nearest ancestor’s lang', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form lang="en" .schema=${person}></dvc-dossier-form>`);
    expect(button(el, 'Submit')).to.exist;
    await el.requestSubmit();
    expect(summary(el)!.querySelector('h2')!.textContent).to.equal('There is a problem');
    expect(errorOf(el, '/name')).to.match(/^Error: /);

    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB"><dvc-dossier-form .schema=${list}></dvc-dossier-form></div>`,
    );
    const inner = wrapper.querySelector('dvc-dossier-form')!;
    await inner.updateComplete;
    expect(button(inner, 'Add thành viên')).to.exist;
    inner.lang = 'vi';
    await inner.updateComplete;
    expect(button(inner, 'Thêm thành viên')).to.exist;
  });

  it('is read-only with readonly and inert with disabled', async () => {
    const el = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form readonly .schema=${kitchenSink} .data=${{ name: 'An', members: [{ fullName: 'B' }] }}></dvc-dossier-form>`,
    );
    expect(control(el, '/name').readOnly).to.equal(true);
    expect(control(el, '/ward').disabled).to.equal(true);
    expect(root(el).querySelector('button')).to.equal(null);

    const other = await fixture<DvcDossierForm>(html`<dvc-dossier-form disabled .schema=${person}></dvc-dossier-form>`);
    expect(control(other, '/name').matches(':disabled')).to.equal(true);
    let fired = 0;
    other.addEventListener('dvc-change', () => fired++);
    other.disabled = false;
    await other.updateComplete;
    await typeInto(other, '/name', 'x');
    expect(fired).to.equal(1);
  });

  it('shows the error summary when a citizen submits the surrounding form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form @submit=${(e: Event) => e.preventDefault()}>
        <dvc-dossier-form name="dossier" no-submit-button .schema=${person}></dvc-dossier-form>
        <button>Gửi</button>
      </form>`,
    );
    const el = form.querySelector('dvc-dossier-form')!;
    await el.updateComplete;
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(summary(el)).to.exist;
    expect(root(el).activeElement).to.equal(summary(el));
  });

  it('renders a readable error box and fires dvc-error for a broken schema', async () => {
    const broken = {
      $schema: DRAFT,
      type: 'object',
      properties: { a: { $ref: '#/$defs/missing' }, b: { type: 'string', minLenght: 3 } },
    };
    const errors: DvcErrorEvent[] = [];
    const el = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form .schema=${broken} @dvc-error=${(e: DvcErrorEvent) => errors.push(e)}></dvc-dossier-form>`,
    );
    const box = root(el).querySelector('[part~="schema-error"]')!;
    expect(box).to.exist;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('Không thể hiển thị biểu mẫu');
    expect(errors).to.have.length(1);
    const problems = errors[0]!.detail.problems;
    expect(problems.length).to.be.greaterThan(0);
    for (const problem of problems) expect(box.textContent).to.contain(problem.message);
    expect(problems.map((p) => p.pointer).join(' ')).to.contain('/properties/');
    expect(el.checkValidity()).to.equal(false);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('loads the schema from schema-src', async () => {
    const el = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form schema-src=${new URL('./test-fixtures/person.schema.json', import.meta.url).href}></dvc-dossier-form>`,
    );
    expect(control(el, '/name')).to.exist;
    await typeInto(el, '/name', 'A');
    await blur(el);
    expect(errorOf(el, '/name')).to.match(/^Lỗi:/);
  });

  it('shows an error box when schema-src cannot be loaded', async () => {
    const errors: DvcErrorEvent[] = [];
    const el = await fixture<DvcDossierForm>(
      html`<dvc-dossier-form
        schema-src=${new URL('./test-fixtures/missing.schema.json', import.meta.url).href}
        @dvc-error=${(e: DvcErrorEvent) => errors.push(e)}
      ></dvc-dossier-form>`,
    );
    const box = root(el).querySelector('[part~="schema-error"]')!;
    expect(box.textContent).to.contain('missing.schema.json');
    expect(box.textContent).to.contain('404');
    expect(errors).to.have.length(1);
  });

  it('can be completed with the keyboard alone', async () => {
    const schema = {
      $schema: DRAFT,
      type: 'object',
      required: ['name', 'kind', 'agree'],
      properties: {
        name: { type: 'string', title: 'Họ và tên' },
        kind: {
          type: 'string',
          title: 'Loại hình',
          oneOf: [
            { const: 'individual', title: 'Cá nhân' },
            { const: 'company', title: 'Doanh nghiệp' },
          ],
        },
        agree: { type: 'boolean', const: true, title: 'Tôi cam đoan' },
      },
    };
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${schema}></dvc-dossier-form>`);
    const submit = oneEvent(el, 'dvc-submit') as Promise<DvcSubmitEvent>;
    control(el, '/name').focus();
    await sendKeys({ type: 'Trần Thị Mai' });
    await sendKeys({ press: 'Tab' }); // the first radio
    await sendKeys({ press: 'ArrowRight' }); // "Doanh nghiệp"
    await sendKeys({ press: 'Tab' }); // the checkbox
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' }); // the submit button
    await sendKeys({ press: 'Enter' });
    expect((await submit).detail.data).to.deep.equal({ name: 'Trần Thị Mai', kind: 'company', agree: true });
  });

  it('edits an address object with <dvc-address-picker> (x-ui widget "address")', async () => {
    const schema = {
      $schema: DRAFT,
      type: 'object',
      required: ['home'],
      properties: {
        home: {
          type: 'object',
          title: 'Địa chỉ thường trú',
          'x-ui': { widget: 'address' },
          required: ['provinceCode', 'communeCode', 'street'],
          properties: { provinceCode: { type: 'string' }, communeCode: { type: 'string' }, street: { type: 'string' } },
        },
      },
    };
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${schema}></dvc-dossier-form>`);
    const picker = control<HTMLElement & { value: unknown; updateComplete: Promise<boolean> }>(el, '/home');
    await customElements.whenDefined('dvc-address-picker');
    await picker.updateComplete;
    expect(picker.localName).to.equal('dvc-address-picker');
    const seen: DvcChangeEvent[] = [];
    document.addEventListener('dvc-change', (e) => seen.push(e as DvcChangeEvent));
    picker.focus();
    await sendKeys({ type: 'ha tinh' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.data).to.deep.equal({ home: { provinceCode: '42' } });
    // Only the dossier form reports the change, with the whole dossier.
    expect(seen.map((e) => e.target)).to.deep.equal([el]);
    expect(seen[0]!.detail).to.deep.equal({ data: { home: { provinceCode: '42' } }, valid: false });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'duc tho' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'So 5' });
    await el.updateComplete;
    expect(el.data).to.deep.equal({ home: { provinceCode: '42', communeCode: '18229', street: 'So 5' } });
    expect(el.valid).to.equal(true);
    // The form's value goes back into the picker unchanged: what the citizen chose stays.
    expect(picker.value).to.deep.equal({ provinceCode: '42', communeCode: '18229', street: 'So 5' });
  });

  it('turns x-dvc dossier components into upload fields and hands the files over with dvc-submit', async () => {
    const schema = {
      $schema: DRAFT,
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: ['PERSON', 'COMPANY'], title: 'Loại chủ' } },
      'x-dvc': {
        code: '1.000001',
        name: 'Thủ tục thử',
        sector: 'Thử',
        agency: 'UBND cấp xã',
        level: ['COMMUNE'],
        onlineService: 'FULL',
        processingTime: { value: 3, unit: 'WORKING_DAY' },
        legalBasis: [{ code: '1/2025/NĐ-CP' }],
        delivery: { result: ['ONLINE'] },
        components: [
          { key: 'application', name: { vi: 'Đơn đề nghị', en: 'Application' }, required: true, accept: ['.pdf'], maxSizeMB: 1 },
          { key: 'licence', name: 'Giấy phép kinh doanh', requiredWhen: { properties: { kind: { const: 'COMPANY' } }, required: ['kind'] } },
        ],
      },
    };
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${schema} .data=${{ kind: 'PERSON' }}></dvc-dossier-form>`);
    await customElements.whenDefined('dvc-file-upload');
    const upload = control<HTMLElement & { files: File[]; updateComplete: Promise<boolean> }>(el, '/attachments/application');
    await upload.updateComplete;
    expect(upload.localName).to.equal('dvc-file-upload');
    const input = upload.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const pdf = new File(['%PDF-1.4'], 'don.pdf', { type: 'application/pdf' });
    const transfer = new DataTransfer();
    transfer.items.add(pdf);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    const data = el.data as { attachments: { application: { name: string; size: number; type: string }[] } };
    expect(data.attachments.application.map((f) => [f.name, f.size, f.type])).to.deep.equal([['don.pdf', 8, 'application/pdf']]);
    expect(el.valid).to.equal(true);
    // The chosen file survives the form echoing its value back into the upload.
    expect(upload.files).to.deep.equal([pdf]);
    const submitted = oneEvent(el, 'dvc-submit') as Promise<DvcSubmitEvent>;
    el.requestSubmit();
    const detail = (await submitted).detail;
    expect(detail.files).to.deep.equal({ '/attachments/application': [pdf] });
    // A company must also attach its licence.
    control(el, '/kind', 1).click();
    await el.updateComplete;
    expect(el.valid).to.equal(false);
    expect(has(el, '/attachments/licence')).to.equal(true);
  });

  it('shows the template link of a dossier component only when it is http(s) or relative', async () => {
    const schema = {
      $schema: DRAFT,
      type: 'object',
      properties: { name: { type: 'string', title: 'Họ và tên' } },
      'x-dvc': {
        code: '1.000001',
        name: 'Thủ tục thử',
        sector: 'Thử',
        agency: 'UBND cấp xã',
        level: ['COMMUNE'],
        onlineService: 'FULL',
        processingTime: { value: 3, unit: 'WORKING_DAY' },
        legalBasis: [{ code: '1/2025/NĐ-CP' }],
        delivery: { result: ['ONLINE'] },
        components: [
          { key: 'application', name: 'Đơn đề nghị', template: 'javascript:alert(document.cookie)' },
          { key: 'declaration', name: 'Tờ khai', template: '/mau/to-khai.docx' },
        ],
      },
    };
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${schema}></dvc-dossier-form>`);
    await customElements.whenDefined('dvc-file-upload');
    /** The href of the upload's link, or null without one. */
    const linkOf = async (key: string) => {
      const upload = control<HTMLElement & { updateComplete: Promise<boolean> }>(el, `/attachments/${key}`);
      await upload.updateComplete;
      return upload.shadowRoot!.querySelector('a')?.getAttribute('href') ?? null;
    };
    expect(await linkOf('application')).to.equal(null);
    expect(await linkOf('declaration')).to.equal('/mau/to-khai.docx');
  });

  it('renders unusual schemas without losing data, and agrees on validity', async () => {
    const cases: [unknown, unknown, boolean][] = [
      [{ type: 'array', items: { type: 'string' } }, ['a', 'b'], true],
      [{ type: 'string', minLength: 2 }, 'x', false],
      [true, { any: [1, 2] }, true],
      [{ type: 'object', properties: { tags: { type: 'object', additionalProperties: { type: 'string' } } } }, { tags: { a: 'x' } }, true],
      [{ type: 'object', properties: { grid: { type: 'array', items: { type: 'array', items: { type: 'integer' } } } } }, { grid: [[1, 2], [3]] }, true],
      [{ type: 'object', properties: { v: { enum: ['a', null, 1] } } }, { v: null }, true],
      [
        { definitions: { n: { type: 'object', properties: { name: { type: 'string' }, child: { $ref: '#/definitions/n' } } } }, $ref: '#/definitions/n' },
        { name: 'a', child: { name: 'b' } },
        true,
      ],
      [{ type: 'object', properties: { x: { oneOf: [{ type: 'string' }, { type: 'number' }] } } }, { x: 3 }, true],
      [{ type: ['object', 'null'], properties: { a: { type: 'string' } } }, null, true],
    ];
    for (const [schema, data, valid] of cases) {
      const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${schema} .data=${data}></dvc-dossier-form>`);
      await el.updateComplete;
      expect(root(el).querySelector('[role="alert"]'), JSON.stringify(schema)).to.equal(null);
      expect(el.data).to.deep.equal(data);
      expect(el.valid, JSON.stringify(schema)).to.equal(valid);
    }
  });

  it('submits with Enter in a text field', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${person}></dvc-dossier-form>`);
    await typeInto(el, '/name', 'Lan');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(summary(el)).to.exist;
  });

  it('never injects schema text as HTML', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">';
    const schema = {
      $schema: DRAFT,
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'string', title: attack, description: attack, enum: [attack, 'b'] } },
    };
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${schema}></dvc-dossier-form>`);
    await el.requestSubmit();
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).textContent).to.contain(attack);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('exposes custom states and ::part names for theming', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${person}></dvc-dossier-form>`);
    expect(el.matches(':state(user-invalid)')).to.equal(false);
    await el.requestSubmit();
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    for (const part of ['base', 'error-summary', 'field', 'field-label', 'field-hint', 'field-error', 'input', 'submit']) {
      expect(root(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });
});

runFormControlTests<DvcDossierForm>('dvc-dossier-form', {
  setUp: async (el) => {
    el.noSubmitButton = true;
    el.schema = person;
    await el.updateComplete;
  },
  prefill: (el) => {
    el.data = { name: 'Lan', email: 'lan@example.vn' };
  },
  edit: (el) => typeInto(el, '/name', ' Anh'),
  valueOf: (el) => el.data,
  missingMessage: /họ và tên/i,
  takesFocus: false,
});
