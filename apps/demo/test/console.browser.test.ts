/**
 * The officer console in Chromium, on an officer API in memory (test/console-fake-api.ts) that moves dossiers with
 * @dvc-kit/dossier's lifecycle as the server does. Driven the way the end-to-end test and a keyboard user drive it:
 * fields by their labels, buttons and links by their names, typing with real key presses; axe-core on each view.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.js'; // UMD build: defines window.axe
import { createOfficerConsole, type OfficerConsole } from '../src/console/console.js';
import { CODES, createFakeApi, type FakeApi } from './console-fake-api.js';

type Axe = typeof import('axe-core');
const axe = (window as unknown as { axe: Axe }).axe;

const NOW = new Date('2026-12-07T09:00:00+07:00');

interface Page {
  api: FakeApi;
  console: OfficerConsole;
  main: HTMLElement;
  announcer: HTMLElement;
  location: { search: string; pathname: string };
}

let page: Page | undefined;

async function loadStyles(): Promise<void> {
  for (const href of ['/apps/demo/src/layout/layout.css', '/apps/demo/src/console/console.css']) {
    if (document.querySelector(`link[href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loaded;
  }
}

async function open(search = '', apiOptions: Parameters<typeof createFakeApi>[0] = {}): Promise<Page> {
  await loadStyles();
  document.documentElement.lang = 'vi';
  const example = await (await fetch('/schemas/procedures/1.001193/examples/valid-in-person.json')).json();
  const api = createFakeApi({ data: example, ...apiOptions });
  // As can-bo.html lays it out: the console on the site's white page.
  const main = document.createElement('main');
  const pageBox = document.createElement('div');
  pageBox.className = 'page console';
  const account = document.createElement('div');
  account.className = 'account';
  account.hidden = true;
  const announcer = document.createElement('p');
  announcer.className = 'announcer';
  announcer.setAttribute('role', 'status');
  const root = document.createElement('div');
  const h1 = document.createElement('h1');
  h1.textContent = 'Bàn làm việc của cán bộ một cửa';
  pageBox.append(h1, account, announcer, root);
  main.append(pageBox);
  document.body.append(main);
  const location = { search, pathname: '/can-bo' };
  const history = {
    pushState: (_state: unknown, _title: string, url?: string | URL | null) => {
      location.search = new URL(String(url), 'http://x').search;
    },
    replaceState: (_state: unknown, _title: string, url?: string | URL | null) => {
      location.search = new URL(String(url), 'http://x').search;
    },
  };
  const officerConsole = createOfficerConsole({ api, elements: { root, account, announcer }, lang: 'vi', now: () => NOW, location, history });
  await officerConsole.start();
  page = { api, console: officerConsole, main, announcer, location };
  return page;
}

afterEach(() => {
  page?.main.remove();
  page = undefined;
});

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The control whose label starts with `label` (the label may carry "(bắt buộc)"). */
function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string): T {
  const found = [...root.querySelectorAll('label')].find((element) => squash(element.textContent).startsWith(label));
  if (!found) throw new Error(`no label "${label}"`);
  const control = document.getElementById(found.htmlFor);
  if (!control) throw new Error(`label "${label}" names no control`);
  return control as T;
}

function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].filter((element) => squash(element.textContent) === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named "${name}"`);
  return found[0]!;
}

function link(root: ParentNode, name: string): HTMLAnchorElement {
  const found = [...root.querySelectorAll('a')].find((element) => squash(element.textContent) === name);
  if (!found) throw new Error(`no link "${name}"`);
  return found;
}

/** The form of an action, found by its heading. */
function actionForm(root: ParentNode, name: string): HTMLFormElement {
  const heading = [...root.querySelectorAll('h4')].find((element) => squash(element.textContent) === name);
  const form = heading?.closest('section')?.querySelector('form');
  if (!form) throw new Error(`no action form "${name}"`);
  return form;
}

/** Focuses a control and types into it with real key presses. */
async function type(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await sendKeys({ type: text });
}

async function axeViolations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function signIn(p: Page, username = 'mot-cua.anhoa'): Promise<void> {
  await type(byLabel(p.main, 'Tên đăng nhập'), username);
  await type(byLabel(p.main, 'Mật khẩu'), 'demo-minhson');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => p.main.querySelector('table.queue, .dossier-view .facts'), 'the queue or the dossier shows');
}

async function openDossier(p: Page, code: string): Promise<void> {
  link(p.main, code).click();
  await waitUntil(() => p.main.querySelector('.dossier-view .facts'), `dossier ${code} shows`);
}

describe('the officer console', () => {
  it('signs in by keyboard, after saying what is missing and that a password is wrong', async () => {
    const p = await open();
    expect(squash(p.main.querySelector('.demo-credentials')?.textContent)).to.contain('demo-minhson');
    expect(await axeViolations(p.main)).to.deep.equal([]);

    button(p.main, 'Đăng nhập').click();
    const summary = p.main.querySelector<HTMLElement>('.error-summary')!;
    expect(document.activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => squash(a.textContent))).to.deep.equal(['Nhập tên đăng nhập', 'Nhập mật khẩu']);
    const username = byLabel(p.main, 'Tên đăng nhập');
    expect(username.getAttribute('aria-invalid')).to.equal('true');
    expect(document.getElementById(username.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).to.contain('Nhập tên đăng nhập');
    summary.querySelector('a')!.click();
    expect(document.activeElement).to.equal(username);
    expect(await axeViolations(p.main)).to.deep.equal([]);

    await type(username, 'mot-cua.anhoa');
    await type(byLabel(p.main, 'Mật khẩu'), 'sai-mat-khau');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => squash(summary.textContent).includes('Tên đăng nhập hoặc mật khẩu không đúng.'), 'the refusal shows');
    expect(document.activeElement).to.equal(summary);
    expect(byLabel(p.main, 'Mật khẩu').value, 'the password is cleared').to.equal('');

    await type(byLabel(p.main, 'Mật khẩu'), 'demo-minhson');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => p.main.querySelector('table.queue'), 'the queue shows');
    expect(squash(p.main.querySelector('h2')?.textContent)).to.equal('Hồ sơ của Ủy ban nhân dân phường An Hòa');
    expect(document.activeElement).to.equal(p.main.querySelector('h2'));
    expect(squash(p.main.querySelector('.account')?.textContent)).to.contain('Lê Thị Hoa – Ủy ban nhân dân phường An Hòa');
  });

  it('lists only the agency’s dossiers, newest first, in a table with states in Vietnamese and due dates', async () => {
    const p = await open();
    await signIn(p);
    const table = p.main.querySelector('table.queue')!;
    expect([...table.querySelectorAll('thead th')].map((th) => squash(th.textContent))).to.deep.equal([
      'Mã hồ sơ',
      'Thủ tục',
      'Người nộp',
      'Trạng thái',
      'Ngày nộp',
      'Hạn trả kết quả',
      'Kênh nộp',
    ]);
    const codes = [...table.querySelectorAll('tbody th a')].map((a) => squash(a.textContent));
    expect(codes).to.include(CODES.submitted).and.not.include(CODES.justice);
    const rowOf = (code: string) => [...table.querySelectorAll('tbody tr')].find((tr) => squash(tr.querySelector('th')?.textContent) === code)!;
    const submitted = [...rowOf(CODES.submitted).querySelectorAll('td')].map((td) => squash(td.textContent));
    expect(submitted[2]).to.equal('Mới đăng ký');
    expect(submitted[3]).to.equal('07/12/2026 08:15');
    expect(submitted[4], 'no appointment before receipt').to.equal('Chưa có hạn');
    expect(submitted[5]).to.equal('Trực tuyến');
    const inProcess = [...rowOf(CODES.inProcess).querySelectorAll('td')].map((td) => squash(td.textContent));
    expect(inProcess[2]).to.equal('Đang xử lý');
    // Mon 7 Dec 2026 → Fri 18 Dec: nine working days.
    expect(inProcess[4]).to.equal('18/12/2026 còn 9 ngày làm việc');
    expect(await axeViolations(p.main)).to.deep.equal([]);
  });

  it('filters by state and pages through the queue with links', async () => {
    const p = await open('', { extraSubmitted: 25 });
    await signIn(p);
    expect(squash(p.main.querySelector('.pager-count')?.textContent)).to.equal('Hồ sơ 1–20 trên tổng số 29');
    link(p.main, 'Trang sau').click();
    await waitUntil(() => squash(p.main.querySelector('.pager-count')?.textContent) === 'Hồ sơ 21–29 trên tổng số 29', 'page 2');
    expect(p.location.search).to.equal('?trang=2');
    expect(() => link(p.main, 'Trang sau')).to.throw();
    link(p.main, 'Trang trước').click();
    await waitUntil(() => squash(p.main.querySelector('.pager-count')?.textContent).startsWith('Hồ sơ 1–20'), 'page 1');

    const select = byLabel<HTMLSelectElement>(p.main, 'Trạng thái');
    select.value = 'IN_PROCESS';
    button(p.main, 'Lọc').click();
    await waitUntil(() => squash(p.main.querySelector('.pager-count')?.textContent) === 'Hồ sơ 1–1 trên tổng số 1', 'filtered');
    expect(p.location.search).to.equal('?trang-thai=IN_PROCESS');
    expect(byLabel<HTMLSelectElement>(p.main, 'Trạng thái').value).to.equal('IN_PROCESS');
  });

  it('shows a dossier unmasked: applicant, labelled form data, attachments to download, history', async () => {
    const p = await open();
    await signIn(p);
    await openDossier(p, CODES.submitted);
    expect(p.location.search).to.equal(`?ho-so=${CODES.submitted}`);
    expect(document.activeElement).to.equal(p.main.querySelector('h2'));
    expect(squash(p.main.querySelector('h2')?.textContent)).to.equal(`Hồ sơ ${CODES.submitted}`);
    const text = squash(p.main.textContent);
    expect(text).to.contain('001099000123').and.contain('0912345689');
    const rows = [...p.main.querySelectorAll('.data-list > div')].map((div) => [squash(div.querySelector('dt')?.textContent), squash(div.querySelector('dd')?.textContent)]);
    expect(rows).to.deep.include(['Thông tin người mẹ › Họ và tên', 'Nguyễn Thị Hồng Nhung']);
    expect(rows).to.deep.include(['Người được khai sinh › Ngày sinh', '30/10/2026']);
    // An address's units by name with their code once @dvc-kit/vn's list has loaded for this dossier, not the code alone
    // (a lazy chunk).
    const valuesOf = (field: string) =>
      [...p.main.querySelectorAll('.data-list > div')].filter((div) => squash(div.querySelector('dt')?.textContent).endsWith(` › ${field}`)).map((div) => squash(div.querySelector('dd')?.textContent));
    await waitUntil(() => valuesOf('Xã, phường, đặc khu').includes('Phường Ba Đình (00004)'), 'the commune named');
    expect(valuesOf('Xã, phường, đặc khu')).to.not.include('00004');
    expect(valuesOf('Tỉnh, thành phố')).to.include('Thành phố Hà Nội (01)');
    const download = link(p.main, 'Tải về to-khai-dang-ky-khai-sinh.pdf');
    expect(download.getAttribute('href')).to.equal('/api/officer/attachments/att_decl');
    expect(download.hasAttribute('download')).to.equal(true);
    expect(squash(download.closest('li')?.querySelector('.attachment-field')?.textContent)).to.match(/^Tờ khai đăng ký khai sinh/);
    const history = [...p.main.querySelectorAll('table.history tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => squash(td.textContent)));
    expect(history[0]!.slice(0, 3)).to.deep.equal(['03/03/2026 16:20', 'Mới đăng ký', 'Công dân']);
    const actions = [...p.main.querySelectorAll('.dossier-actions h4')].map((h) => squash(h.textContent));
    expect(actions).to.deep.equal(['Tiếp nhận', 'Yêu cầu bổ sung', 'Từ chối']);
    expect(await axeViolations(p.main)).to.deep.equal([]);
  });

  it('accepts a dossier: the action is sent with the version read, announced, and the view shows the new state', async () => {
    const p = await open();
    await signIn(p);
    await openDossier(p, CODES.submitted);
    button(p.main, 'Tiếp nhận').click();
    await waitUntil(() => squash(p.announcer.textContent) === `Đã tiếp nhận hồ sơ ${CODES.submitted}.`, 'announced');
    expect(p.api.calls).to.deep.equal([{ code: CODES.submitted, action: { action: 'accept', expectedVersion: 1 } }]);
    await waitUntil(() => squash(p.main.querySelector('.facts .state')?.textContent) === 'Đang xử lý', 'refreshed');
    const actions = [...p.main.querySelectorAll('.dossier-actions h4')].map((h) => squash(h.textContent));
    expect(actions).to.include('Chuyển xử lý').and.include('Ghi nhận kết quả').and.include('Xin lỗi và hẹn lại').and.not.include('Tiếp nhận');
  });

  it('requests a supplement: required checks first, focus to the summary and to the field, then items and deadline', async () => {
    const p = await open();
    await signIn(p);
    await openDossier(p, CODES.submitted);
    const form = actionForm(p.main, 'Yêu cầu bổ sung');
    button(form, 'Yêu cầu bổ sung').click();
    const summary = form.querySelector<HTMLElement>('.error-summary')!;
    expect(document.activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => squash(a.textContent))).to.deep.equal(['Nhập lý do cần bổ sung', 'Nhập tên giấy tờ 1']);
    expect(p.api.calls).to.deep.equal([]);
    expect(await axeViolations(p.main)).to.deep.equal([]);
    summary.querySelector('a')!.click();
    expect(document.activeElement).to.equal(byLabel(form, 'Lý do cần bổ sung'));

    await type(byLabel(form, 'Lý do cần bổ sung'), 'Thiếu giấy chứng sinh bản chính');
    await type(byLabel(form, 'Tên giấy tờ 1'), 'Giấy chứng sinh');
    button(form, 'Thêm giấy tờ').click();
    expect(document.activeElement).to.equal(byLabel(form, 'Tên giấy tờ 2'));
    await sendKeys({ type: 'Tờ khai' });
    await type(byLabel<HTMLTextAreaElement>(form, 'Ghi chú cho giấy tờ 2'), 'Ký đủ họ tên');
    await type(byLabel(form, 'Hạn bổ sung'), '15/12/2026');
    button(form, 'Yêu cầu bổ sung').click();
    await waitUntil(() => p.api.calls.length === 1, 'sent');
    expect(p.api.calls[0]!.action).to.deep.equal({
      action: 'request-supplement',
      expectedVersion: 1,
      reason: 'Thiếu giấy chứng sinh bản chính',
      items: [{ name: 'Giấy chứng sinh' }, { name: 'Tờ khai', note: 'Ký đủ họ tên' }],
      deadline: '2026-12-15T23:59:59+07:00',
    });
    await waitUntil(() => squash(p.main.querySelector('.facts .state')?.textContent) === 'Yêu cầu bổ sung (khi tiếp nhận)', 'refreshed');
    expect(squash(p.main.querySelector('.facts')?.textContent)).to.contain('Tờ khai: Ký đủ họ tên');
    expect([...p.main.querySelectorAll('.dossier-actions h4')].map((h) => squash(h.textContent))).to.deep.equal(['Đã nhận bổ sung', 'Dừng xử lý']);
  });

  it('shows the server’s 400 at its field and 409 in the summary, and reloads the dossier after a version conflict', async () => {
    const p = await open();
    await signIn(p);
    await openDossier(p, CODES.inProcess);

    let form = actionForm(p.main, 'Yêu cầu thanh toán');
    await type(byLabel(form, 'Số tiền (đồng)'), '200.000.000');
    await type(byLabel(form, 'Khoản thu và lý do'), 'Lệ phí trước bạ');
    button(form, 'Yêu cầu thanh toán').click();
    await waitUntil(() => form.querySelector('.error-summary:not([hidden])'), 'the 400 shows');
    expect(squash(form.querySelector('.error-summary a')?.textContent)).to.equal('Số tiền vượt mức cho phép (100.000.000 ₫).');
    expect(byLabel(form, 'Số tiền (đồng)').getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal(form.querySelector('.error-summary'));

    p.api.touch(CODES.inProcess);
    form = actionForm(p.main, 'Dừng xử lý');
    await type(byLabel(form, 'Lý do dừng xử lý'), 'Người nộp không bổ sung');
    button(form, 'Dừng xử lý').click();
    await waitUntil(() => p.main.querySelector('.dossier-body > .alert'), 'the conflict shows');
    const alert = p.main.querySelector<HTMLElement>('.dossier-body > .alert')!;
    expect(squash(alert.textContent)).to.contain('Hồ sơ vừa được người khác cập nhật');
    expect(document.activeElement).to.equal(alert);
    expect(p.api.records.get(CODES.inProcess)!.dossier.state.kind, 'nothing changed').to.equal('IN_PROCESS');

    // With the version read again, the same action goes through.
    form = actionForm(p.main, 'Dừng xử lý');
    await type(byLabel(form, 'Lý do dừng xử lý'), 'Người nộp không bổ sung');
    button(form, 'Dừng xử lý').click();
    await waitUntil(() => squash(p.main.querySelector('.facts .state')?.textContent) === 'Dừng xử lý', 'stopped');
    expect(p.api.calls.at(-1)!.action.expectedVersion).to.equal(2);
    expect(squash(p.main.querySelector('.dossier-actions')?.textContent)).to.contain('Hồ sơ đã kết thúc');
  });

  it('records a result with its electronic file uploaded first, then returns it', async () => {
    const p = await open();
    await signIn(p);
    await openDossier(p, CODES.inProcess);
    const form = actionForm(p.main, 'Ghi nhận kết quả');
    form.querySelector<HTMLInputElement>('input[type=radio][value=GRANTED]')!.click();
    button(form, 'Ghi nhận kết quả').click();
    expect(squash(form.querySelector('.error-summary')?.textContent)).to.contain('Chọn tệp kết quả điện tử');
    const file = byLabel(form, 'Tệp kết quả điện tử');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.7 kết quả'], 'giay-chung-nhan.pdf', { type: 'application/pdf' }));
    file.files = transfer.files;
    await type(byLabel(form, 'Số văn bản'), '12/GCN-UBND');
    button(form, 'Ghi nhận kết quả').click();
    await waitUntil(() => squash(p.main.querySelector('.facts .state')?.textContent) === 'Đã xử lý xong', 'result recorded');
    expect(p.api.uploads).to.deep.equal([{ name: 'giay-chung-nhan.pdf', size: new Blob(['%PDF-1.7 kết quả']).size }]);
    expect(p.api.calls.at(-1)!.action).to.deep.equal({ action: 'record-result', expectedVersion: 1, outcome: 'GRANTED', documentNumber: '12/GCN-UBND', resultAttachmentId: 'res_1' });
    button(p.main, 'Trả kết quả').click();
    await waitUntil(() => squash(p.main.querySelector('.facts .state')?.textContent) === 'Đã trả kết quả', 'returned');
  });

  it('hands a dossier to another agency, which then owns it, and apologises with a new date', async () => {
    const p = await open();
    await signIn(p);
    await openDossier(p, CODES.inProcess);
    const apology = actionForm(p.main, 'Xin lỗi và hẹn lại');
    await type(byLabel(apology, 'Lý do chậm trễ'), 'Chờ kết quả xác minh');
    await type(byLabel(apology, 'Ngày hẹn trả mới'), '18/12/2026');
    button(apology, 'Xin lỗi và hẹn lại').click();
    expect(squash(apology.querySelector('.error-summary')?.textContent)).to.contain('Ngày hẹn mới phải sau ngày hẹn ban đầu (18/12/2026)');
    const date = byLabel(apology, 'Ngày hẹn trả mới');
    date.select();
    await sendKeys({ type: '22/12/2026' });
    button(apology, 'Xin lỗi và hẹn lại').click();
    await waitUntil(() => squash(p.main.querySelector('.facts')?.textContent).includes('Ngày hẹn lại (sau xin lỗi)'), 'rescheduled');
    expect(p.api.calls.at(-1)!.action).to.deep.equal({ action: 'apologize', expectedVersion: 1, reason: 'Chờ kết quả xác minh', revisedDueAt: '2026-12-22T17:00:00+07:00' });
    expect([...p.main.querySelectorAll('.dossier-actions h4')].map((h) => squash(h.textContent))).not.to.include('Xin lỗi và hẹn lại');

    const handOff = actionForm(p.main, 'Chuyển xử lý');
    const select = byLabel<HTMLSelectElement>(handOff, 'Chuyển đến cơ quan');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', '000.00.01.H99', '000.00.12.H99']);
    select.value = '000.00.12.H99';
    await type(byLabel(handOff, 'Bước xử lý'), 'Cấp phiếu lý lịch tư pháp');
    button(handOff, 'Chuyển xử lý').click();
    await waitUntil(() => p.main.querySelector('table.queue'), 'back to the queue');
    expect(squash(p.announcer.textContent)).to.contain('Đã chuyển hồ sơ').and.contain('Sở Tư pháp tỉnh Minh Sơn');
    expect([...p.main.querySelectorAll('tbody th a')].map((a) => squash(a.textContent))).not.to.include(CODES.inProcess);
  });

  it('never injects the server’s or the citizen’s text as HTML', async () => {
    const p = await open();
    await signIn(p);
    expect(squash(p.main.querySelector('table.queue')?.textContent)).to.contain('<img src=x id=injected>');
    await openDossier(p, CODES.hostile);
    expect(document.getElementById('injected')).to.equal(null);
    expect(document.getElementById('bold')).to.equal(null);
    expect(document.getElementById('key')).to.equal(null);
    expect(document.getElementById('value')).to.equal(null);
    expect(squash(p.main.textContent)).to.contain('<script id=value>alert(1)</script>');
  });

  it('says when the session has ended, and signs out', async () => {
    const p = await open();
    await signIn(p);
    await p.api.logout(); // the session ends on the server
    link(p.main, CODES.submitted).click();
    await waitUntil(() => squash(p.main.textContent).includes('Phiên đăng nhập đã hết hạn'), 'the sign-in form is back');
    await signIn(p);
    button(p.main, 'Đăng xuất').click();
    await waitUntil(() => p.main.querySelector('.login-form'), 'signed out');
    expect(p.api.signedIn()).to.equal(undefined);
  });

  it('speaks English after the switch, dates and money unchanged', async () => {
    const p = await open('?ho-so=' + CODES.inProcess);
    await signIn(p);
    p.console.setLanguage('en');
    await waitUntil(() => squash(p.main.querySelector('h2')?.textContent) === `Dossier ${CODES.inProcess}`, 'English');
    expect(p.location.search).to.contain('lang=en');
    expect([...p.main.querySelectorAll('.dossier-actions h4')].map((h) => squash(h.textContent))).to.include('Hand on');
    expect(squash(p.main.querySelector('.facts')?.textContent)).to.contain('18/12/2026');
    expect(await axeViolations(p.main)).to.deep.equal([]);
  });
});

describe('can-bo.html as built (apps/demo/dist, served at /can-bo)', () => {
  it('runs under its Content-Security-Policy and says so when the officer API cannot be reached', async () => {
    const response = await fetch('/can-bo');
    if (!response.ok) throw new Error('No built demo: run `npm run build -w @dvc-kit/demo` first.');
    expect(await response.text()).to.contain("script-src 'self'").and.not.contain('unsafe-inline');
    const frame = document.createElement('iframe');
    frame.title = 'can-bo';
    frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/can-bo';
    document.body.append(frame);
    const violations: string[] = [];
    frame.contentWindow!.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
    try {
      await loaded;
      const page = frame.contentDocument!;
      // The test server's stand-in API has no officer routes: the console asks who is signed in, gets a 404 and offers
      // to try again.
      await waitUntil(() => page.querySelector('#console-root [role="alert"] button'), 'the console reports the missing API', { timeout: 5000 });
      expect(squash(page.querySelector('h1')?.textContent)).to.equal('Bàn làm việc của cán bộ một cửa');
      expect(squash(page.querySelector('#console-root [role="alert"]')?.textContent)).to.contain('Thử lại');
      expect(violations, 'Content-Security-Policy violations').to.deep.equal([]);
      expect(squash(page.querySelector('.site-nav a[aria-current="page"]')?.textContent), 'the site frame marks the console').to.equal('Cán bộ');
      const english = page.querySelector<HTMLButtonElement>('[data-lang="en"]')!;
      english.click();
      expect(page.documentElement.lang).to.equal('en');
      expect(squash(page.querySelector('h1')?.textContent)).to.equal('One-stop officer desk');
      await waitUntil(() => squash(page.querySelector('#console-root [role="alert"]')?.textContent).includes('Try again'), 'the console asks again, in English');
      expect(page.querySelector('#console-root form'), 'no sign-in form before the session is known').to.equal(null);
    } finally {
      frame.remove();
      // The site remembers the language for its next pages: leave the other tests a Vietnamese site.
      localStorage.removeItem('dvc-minhson:lang');
    }
  });
});
