import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { AxeResults } from 'axe-core';
import type { DvcDossierForm } from '@dvc-kit/elements';

// The built site (`npm run build -w @dvc-kit/demo`), its pages at the server's clean URLs, with the stand-in API of
// test/fake-api.mjs on the same origin (web-test-runner.config.mjs).
const REPO = new URL('../../../', import.meta.url);
const FREE = '1.013792';
const WITH_FEE = '2.000720';
const RESULT_READY = '000.00.12.H29-260302-0001';

type SiteWindow = Window & typeof globalThis & { axe?: { run(context: Document, options?: Record<string, unknown>): Promise<AxeResults> } };

interface Page {
  frame: HTMLIFrameElement;
  window: SiteWindow;
  document: Document;
  /** Every securitypolicyviolation the page's window saw, from its first script on. */
  violations: SecurityPolicyViolationEvent[];
}

const opened: Page[] = [];

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
}

/** Opens a page of the site in a same-origin iframe (so the test can look inside and share its storage). */
async function open(url: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.title = 'site';
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  // A same-origin navigation away from about:blank keeps the Window, so this hears violations during the load.
  const violations: SecurityPolicyViolationEvent[] = [];
  frame.contentWindow!.addEventListener('securitypolicyviolation', (event) => violations.push(event));
  await loaded;
  const page: Page = { frame, window: frame.contentWindow as SiteWindow, document: frame.contentDocument!, violations };
  opened.push(page);
  return page;
}

/** Waits for the page in the frame to navigate (a new document) and follows it. */
async function navigated(page: Page, pathname: string): Promise<Page> {
  await waitUntil(() => page.frame.contentWindow?.location.pathname === pathname && page.frame.contentDocument?.readyState === 'complete', `the page goes to ${pathname}`, { timeout: 10000 });
  page.window = page.frame.contentWindow as SiteWindow;
  page.document = page.frame.contentDocument!;
  return page;
}

function expectNoViolations(page: Page): void {
  const seen = page.violations.map((v) => `${v.effectiveDirective} blocked ${v.blockedURI || '(inline)'} at ${v.sourceFile}:${v.lineNumber}`);
  expect(seen, 'Content-Security-Policy violations').to.deep.equal([]);
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!page.window.axe) {
    const script = page.document.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    script.src = new URL('node_modules/axe-core/axe.min.js', REPO).href;
    page.document.head.append(script);
    await loaded;
  }
  const results = await page.window.axe!.run(page.document);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function formOf(page: Page, fieldPointer: string): Promise<DvcDossierForm> {
  const field = () => page.document.querySelector<DvcDossierForm>('dvc-dossier-form')?.shadowRoot?.querySelector(`[data-pointer="${fieldPointer}"][data-kind]`);
  await waitUntil(() => field(), `the form shows the field ${fieldPointer}`, { timeout: 10000 });
  const form = page.document.querySelector<DvcDossierForm>('dvc-dossier-form')!;
  await form.ready;
  return form;
}

function submitButton(form: DvcDossierForm): HTMLButtonElement {
  return form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!;
}

/** Types into a text field as the citizen does (input events from the native input in the form's shadow root). */
async function type(form: DvcDossierForm, pointer: string, value: string): Promise<void> {
  const input = form.shadowRoot!.querySelector<HTMLInputElement>(`input[data-pointer="${pointer}"]`)!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** The valid example of the default procedure, with its application form attached as a PDF. */
async function fillValid(page: Page, form: DvcDossierForm): Promise<void> {
  form.data = await (await fetch(new URL(`schemas/procedures/${FREE}/examples/valid-individual.json`, REPO))).json();
  await form.updateComplete;
  const upload = form.shadowRoot!.querySelector<HTMLElement>('dvc-file-upload[data-pointer="/attachments/application"]')!;
  await waitUntil(() => upload.shadowRoot?.querySelector('input[type="file"]'), 'the upload field renders');
  const input = upload.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const files = new page.window.DataTransfer();
  files.items.add(new page.window.File(['%PDF-1.4 demo'], 'don-de-nghi.pdf', { type: 'application/pdf' }));
  input.files = files.files;
  input.dispatchEvent(new page.window.Event('change', { bubbles: true }));
  await form.updateComplete;
}

async function api(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`/api/__test/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  return response.json();
}

type Seen = { reads: { path: string; code: string; receiptToken?: string; secondFactor?: unknown }[]; submits: { key: string; multipart: boolean; submission: { procedure: string; data: unknown }; files: { part: string; fileName: string }[] }[]; paymentStarts: { code: string; key: string; body: { receiptToken?: string } }[] };
const seen = () => api('seen') as Promise<Seen>;

/** The procedure links of the start page's <dvc-procedure-list>, once it shows the catalogue. */
async function procedureLinks(page: Page): Promise<HTMLAnchorElement[]> {
  const links = () => [...(page.document.querySelector('dvc-procedure-list')?.shadowRoot?.querySelectorAll<HTMLAnchorElement>('[part~="item-link"]') ?? [])];
  await waitUntil(() => links().length > 0, 'the procedures are listed', { timeout: 10000 });
  return links();
}

function text(page: Page, selector: string): string {
  return squash(page.document.querySelector(selector)?.textContent);
}

// ------------------------------------------------------------------ tests

beforeEach(async () => {
  await api('reset', {});
  localStorage.removeItem('dvc-minhson:lang');
  sessionStorage.clear();
});

afterEach(() => {
  for (const page of opened.splice(0)) page.frame.remove();
});

describe('the site frame', () => {
  it('has the centre’s header, the main navigation with the officers’ link, one h1, a skip link and the footer', async () => {
    const page = await open('/index.html');
    await procedureLinks(page);
    expect(text(page, '.brand-name')).to.equal('Trung tâm Phục vụ hành chính công tỉnh Minh Sơn');
    expect(text(page, '.fictional-notice')).to.contain('Tỉnh Minh Sơn là tỉnh giả định');
    const nav = [...page.document.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => [squash(a.textContent), a.getAttribute('href'), a.getAttribute('aria-current')]);
    expect(nav).to.deep.equal([
      ['Thủ tục hành chính', '/', 'page'],
      ['Tra cứu hồ sơ', '/tra-cuu', null],
      ['Thống kê', '/thong-ke', null],
      ['Cán bộ', '/can-bo', null],
    ]);
    expect(page.document.querySelectorAll('h1')).to.have.length(1);
    expect(page.document.querySelector('.skip-link')!.getAttribute('href')).to.equal('#main');
    expect(page.document.querySelector('main#main')).to.exist;
    expect(text(page, 'footer')).to.contain('Giờ tiếp nhận');
    expect(page.document.title).to.equal('Thủ tục hành chính – TTPVHCC Minh Sơn');
    expectNoViolations(page);
  });

  it('lists the procedures from /api/catalog with <dvc-procedure-list>, linked to their pages, and links tracking and statistics', async () => {
    const page = await open('/index.html');
    const catalog = (await (await fetch('/api/catalog')).json()) as { procedures: { id: string }[] };
    const hrefs = (await procedureLinks(page)).map((a) => a.getAttribute('href'));
    expect(hrefs).to.have.members(catalog.procedures.map((p) => `/thu-tuc/${p.id}`));
    const main = [...page.document.querySelectorAll<HTMLAnchorElement>('main .quick-links a')].map((a) => a.getAttribute('href'));
    expect(main).to.include.members(['/tra-cuu', '/thong-ke']);
  });

  it('keeps the search in the URL (?q=), and opens with the search it names', async () => {
    const page = await open('/index.html?q=khai%20sinh');
    const links = await procedureLinks(page);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/thu-tuc/1.001193']);
    const list = page.document.querySelector('dvc-procedure-list')!;
    expect(list.getAttribute('query')).to.equal('khai sinh');
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('input[part~="input"]')!;
    search.value = 'dat dai';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => page.window.location.search === '?q=dat+dai', 'the URL follows the search', { timeout: 5000 });
  });

  it('switches to English, sets <html lang>, keeps ?lang=en in the URL and remembers it for the next page', async () => {
    const page = await open('/index.html');
    page.document.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
    expect(page.document.documentElement.lang).to.equal('en');
    expect(page.window.location.search).to.equal('?lang=en');
    expect(text(page, 'h1')).to.equal('Minh Sơn Province Public Administration Service Centre');
    expect(text(page, 'nav')).to.contain('Track a dossier');
    expect(page.document.querySelector('[data-lang="en"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(page.document.activeElement, 'focus stays on the switch').to.equal(page.document.querySelector('[data-lang="en"]'));
    const next = await open('/tra-cuu');
    expect(next.document.documentElement.lang).to.equal('en');
    expect(text(next, 'h1')).to.equal('Track a dossier');
    expect(next.document.title).to.equal('Track a dossier – Minh Sơn Service Centre');
    // ?lang=vi wins over the remembered English, and is remembered in turn.
    const vi = await open('/thong-ke?lang=vi');
    expect(vi.document.documentElement.lang).to.equal('vi');
    expect(localStorage.getItem('dvc-minhson:lang')).to.equal('vi');
  });
});

describe('the procedure page', () => {
  it('shows a free procedure’s facts and its form from its own chunks, without the fee widget', async () => {
    const page = await open(`/thu-tuc/${FREE}`);
    const form = await formOf(page, '/pointName');
    expect(text(page, '#procedure-code')).to.equal(FREE);
    expect(text(page, '#procedure-facts')).to.contain('15 ngày').and.to.contain('Miễn phí');
    // The documents by name from the prepared schema, each with whether it is required.
    const documents = [...page.document.querySelectorAll('#procedure-facts ul li')].map((li) => squash(li.textContent));
    expect(documents).to.include('Giấy chứng nhận đăng ký hộ kinh doanh (bắt buộc trong một số trường hợp)');
    expect(documents.some((d) => d.startsWith('Đơn đề nghị cấp giấy chứng nhận') && d.endsWith('(bắt buộc)'))).to.equal(true);
    expect(submitButton(form).textContent!.trim()).to.equal('Nộp hồ sơ');
    expect(page.document.querySelector('dvc-fee-widget')).to.equal(null);
    const scripts = page.window.performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()!).filter((n) => n.endsWith('.js'));
    expect(scripts.filter((n) => n.startsWith('procedure-')).map((n) => n.replace(/-[\w-]{8}\.js$/, ''))).to.have.members([`procedure-${FREE}-schema`, `procedure-${FREE}-validator`]);
    expect(scripts.filter((n) => n.startsWith('dvc-fee-widget')), 'the fee widget is not loaded').to.deep.equal([]);
    expect(page.document.querySelectorAll('h1')).to.have.length(1);
    expectNoViolations(page);
  });

  it('shows each procedure’s facts from the catalogue: code, fees in Vietnamese money, delivery by public post', async () => {
    const expected: Record<string, string> = { '1.013792': 'Miễn phí', '2.000720': '100.000\u00a0₫', '3.000333': '200.000\u00a0₫', '1.001193': '8.000\u00a0₫/bản' };
    const catalog = (await (await fetch('/api/catalog')).json()) as { procedures: { id: string; code: string }[] };
    expect(catalog.procedures).to.have.length(5);
    for (const entry of catalog.procedures) {
      const page = await open(`/thu-tuc/${entry.id}`);
      await waitUntil(() => page.document.querySelector('dvc-dossier-form'), 'the form is there', { timeout: 10000 });
      const facts = text(page, '#procedure-facts');
      expect(text(page, '#procedure-code'), entry.id).to.equal(entry.code);
      expect(facts, entry.id).to.contain('bưu chính công ích');
      if (expected[entry.id]) expect(facts, entry.id).to.contain(expected[entry.id]);
      expect(page.document.title, entry.id).to.equal(`${text(page, 'h1')} – TTPVHCC Minh Sơn`);
      page.frame.remove();
    }
  });

  it('shows the fees of a procedure with fees beside its form (the fee widget follows the form)', async () => {
    const page = await open(`/thu-tuc/${WITH_FEE}?lang=en`);
    await formOf(page, '/purpose').catch(() => undefined);
    await waitUntil(() => page.document.querySelector('dvc-fee-widget')?.shadowRoot?.querySelector('[part~="total"]'), 'the fee widget shows a total', { timeout: 10000 });
    const widget = page.document.querySelector('dvc-fee-widget')!;
    expect(widget.getAttribute('for')).to.equal(page.document.querySelector('dvc-dossier-form')!.id);
    expect(squash(widget.shadowRoot!.querySelector('[part~="total"]')!.textContent)).to.contain('₫');
    expect(page.document.documentElement.lang).to.equal('en');
    expectNoViolations(page);
  });

  it('switches the page, the facts and the form to English in place, keeping what was typed', async () => {
    const page = await open(`/thu-tuc/${FREE}`);
    const form = await formOf(page, '/pointName');
    await type(form, '/pointName', 'Điểm An Phát');
    page.document.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
    await waitUntil(() => submitButton(form).textContent!.trim() === 'Submit', 'the form speaks English', { timeout: 10000 });
    const catalog = (await (await fetch('/api/catalog')).json()) as { procedures: { id: string; name: string | { vi: string; en?: string } }[] };
    const name = catalog.procedures.find((p) => p.id === FREE)!.name;
    expect(text(page, 'h1')).to.equal(typeof name === 'string' ? name : (name.en ?? name.vi));
    expect(text(page, '#procedure-facts')).to.contain('Free').and.to.contain('Processing time');
    expect(text(page, '#draft-status')).to.contain('Your draft is kept');
    expect((form.data as { pointName?: string }).pointName).to.equal('Điểm An Phát');
    expectNoViolations(page);
  });

  it('says so for an unknown procedure, with a way back', async () => {
    const page = await open('/thu-tuc/9.999999');
    expect(text(page, 'h1')).to.equal('Không tìm thấy thủ tục');
    expect(text(page, '#procedure-message')).to.contain('9.999999');
    expect(page.document.querySelector<HTMLAnchorElement>('#procedure-message a')!.getAttribute('href')).to.equal('/');
    expect(page.document.querySelector<HTMLElement>('#apply')!.hidden).to.equal(true);
  });

  it('keeps a draft in the tab as the citizen types, restores it on reload, and clears it on request', async () => {
    const page = await open(`/thu-tuc/${FREE}`);
    const form = await formOf(page, '/pointName');
    await type(form, '/pointName', 'Điểm An Phát');
    const kept = JSON.parse(sessionStorage.getItem(`dvc-minhson:draft:${FREE}`)!) as { data: { pointName?: string } };
    expect(kept.data.pointName).to.equal('Điểm An Phát');
    expect(text(page, '#draft-status')).to.contain('Tệp đính kèm không lưu được');

    const again = await open(`/thu-tuc/${FREE}`);
    const restored = await formOf(again, '/pointName');
    expect((restored.data as { pointName?: string }).pointName).to.equal('Điểm An Phát');
    expect(text(again, '#draft-status')).to.contain('Đã khôi phục bản nháp').and.to.contain('đính kèm lại');

    again.document.querySelector<HTMLButtonElement>('#draft-clear')!.click();
    const fresh = await formOf(again, '/pointName');
    expect((fresh.data as { pointName?: string } | undefined)?.pointName).to.equal(undefined);
    expect(sessionStorage.getItem(`dvc-minhson:draft:${FREE}`)).to.equal(null);
    expect(text(again, '#draft-status')).to.contain('Đã xoá bản nháp');
  });

  it('files the dossier as multipart (submission + one part per file by its pointer), then shows the confirmation', async () => {
    const page = await open(`/thu-tuc/${FREE}`);
    const form = await formOf(page, '/pointName');
    await fillValid(page, form);
    submitButton(form).click();
    await navigated(page, '/xac-nhan');
    const { submits } = await seen();
    expect(submits).to.have.length(1);
    expect(submits[0]!.multipart).to.equal(true);
    expect(submits[0]!.key).to.match(/^[A-Za-z0-9_-]{8,100}$/);
    expect(submits[0]!.submission.procedure).to.equal(FREE);
    expect(submits[0]!.submission.data).to.deep.equal(JSON.parse(JSON.stringify(form.submitData)));
    expect(submits[0]!.files.map((f) => [f.part, f.fileName])).to.deep.equal([['/attachments/application', 'don-de-nghi.pdf']]);
    await waitUntil(() => page.document.querySelector('.slip'), 'the slip shows');
    expect(page.window.location.search).to.equal('?code=000.00.01.H99-261206-0001');
    // Filed: the draft and the key are gone, the receipt is kept in the tab.
    expect(sessionStorage.getItem(`dvc-minhson:draft:${FREE}`)).to.equal(null);
    expect(sessionStorage.getItem(`dvc-minhson:submit-key:${FREE}`)).to.equal(null);
    expect(sessionStorage.getItem('dvc-minhson:receipt:000.00.01.H99-261206-0001')).to.contain('token-1');
  });

  it('files one dossier on a double click', async () => {
    await api('plan', ['slow-created']);
    const page = await open(`/thu-tuc/${FREE}`);
    const form = await formOf(page, '/pointName');
    await fillValid(page, form);
    submitButton(form).click();
    await waitUntil(() => text(page, '#submit-status').includes('Đang gửi'), 'the page says it is sending');
    submitButton(form).click();
    await navigated(page, '/xac-nhan');
    expect((await seen()).submits).to.have.length(1);
  });

  it('keeps every value when the server is unavailable and files with the same key on “Thử lại”', async () => {
    await api('plan', ['unavailable']);
    const page = await open(`/thu-tuc/${FREE}`);
    const form = await formOf(page, '/pointName');
    await fillValid(page, form);
    const before = JSON.stringify(form.data);
    submitButton(form).click();
    await waitUntil(() => page.document.querySelector('#submit-feedback button'), 'the page offers to try again');
    expect(text(page, '#submit-feedback')).to.contain('Chưa gửi được hồ sơ').and.to.contain('vẫn còn');
    expect(page.document.activeElement).to.equal(page.document.querySelector('#submit-feedback .error-summary'));
    expect(JSON.stringify(form.data)).to.equal(before);
    page.document.querySelector<HTMLButtonElement>('#submit-feedback button')!.click();
    await navigated(page, '/xac-nhan');
    const { submits } = await seen();
    expect(submits.map((s) => s.key)).to.have.length(2);
    expect(submits[1]!.key, 'the retry reuses the key').to.equal(submits[0]!.key);
  });

  it('lists the server’s field errors in a summary whose links go to the fields', async () => {
    await api('plan', ['invalid']);
    const page = await open(`/thu-tuc/${FREE}`);
    const form = await formOf(page, '/pointName');
    await fillValid(page, form);
    submitButton(form).click();
    await waitUntil(() => page.document.querySelector('#submit-feedback a'), 'the error summary lists the server’s errors');
    expect(text(page, '#submit-feedback h2')).to.equal('Hồ sơ chưa được tiếp nhận: cần sửa thông tin');
    const link = page.document.querySelector<HTMLAnchorElement>('#submit-feedback a')!;
    expect(squash(link.textContent)).to.equal('Tên điểm cung cấp dịch vụ đã được đăng ký (máy chủ)');
    link.click();
    const focused = form.shadowRoot!.activeElement as HTMLInputElement | null;
    expect(focused?.closest('[data-pointer]')?.getAttribute('data-pointer')).to.equal('/pointName');
    expect(page.window.location.pathname).to.equal(`/thu-tuc/${FREE}`);
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('says why a file was refused, and sends a changed dossier with a new key', async () => {
    await api('plan', ['unsupported']);
    const page = await open(`/thu-tuc/${FREE}`);
    const form = await formOf(page, '/pointName');
    await fillValid(page, form);
    submitButton(form).click();
    await waitUntil(() => text(page, '#submit-feedback').includes('không đúng loại tệp'), 'the refusal is explained');
    await type(form, '/pointName', 'Điểm khác');
    submitButton(form).click();
    await navigated(page, '/xac-nhan');
    const { submits } = await seen();
    expect(submits).to.have.length(2);
    expect(submits[1]!.key).not.to.equal(submits[0]!.key);
  });
});

describe('the confirmation page', () => {
  async function fileWithFee(): Promise<{ page: Page; code: string }> {
    // The stand-in server charges 100.000 ₫ for any procedure but the default one.
    const body = { procedure: WITH_FEE, data: { owner: { fullName: 'Trần Thị Bình' }, delivery: { returnChannel: 'POST' } } };
    const response = await fetch('/api/dossiers', { method: 'POST', headers: { 'Idempotency-Key': 'test-key-0001', 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const filed = (await response.json()) as { code: string; receipt: unknown; receiptToken: string };
    sessionStorage.setItem(`dvc-minhson:receipt:${filed.code}`, JSON.stringify({ receipt: filed.receipt, receiptToken: filed.receiptToken }));
    sessionStorage.setItem(`dvc-minhson:receipt-token:${filed.code}`, filed.receiptToken);
    return { page: await open(`/xac-nhan?code=${encodeURIComponent(filed.code)}`), code: filed.code };
  }

  it('shows the code, the slip (Mẫu 01) with dates in dd/mm/yyyy, masked identifiers, files, fees, and a QR of the code', async () => {
    const { page, code } = await fileWithFee();
    await waitUntil(() => page.document.querySelector('.slip'), 'the slip shows');
    expect(text(page, '.dossier-code output')).to.equal(code);
    const slip = text(page, '.slip');
    expect(slip).to.contain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả').and.to.contain('Mẫu số 01');
    expect(slip).to.contain('Trần Thị Bình').and.to.contain('********2345').and.to.contain('09******78');
    expect(slip).to.contain('06/12/2026 09:30').and.to.contain('18/12/2026');
    expect(slip).to.contain('Qua dịch vụ bưu chính công ích');
    expect(slip).to.contain('100.000\u00a0₫');
    const qr = page.document.querySelector('.slip svg[role="img"]')!;
    expect(qr.getAttribute('aria-label')).to.equal(`Mã QR chứa mã hồ sơ ${code}`);
    expect(qr.querySelector('path')!.getAttribute('d')).to.match(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(page.document.querySelectorAll('h1')).to.have.length(1);
    expect(await axeViolations(page)).to.deep.equal([]);
    expectNoViolations(page);
  });

  it('prints only the slip: the print stylesheet hides the frame and the page’s controls', async () => {
    const { page } = await fileWithFee();
    await waitUntil(() => page.document.querySelector('.slip'), 'the slip shows');
    const printRules = [...page.document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof page.window.CSSMediaRule && rule.conditionText === 'print')
      .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText));
    const hidden = printRules.find((rule) => rule.includes('display: none'))!;
    for (const selector of ['.site-header', '.site-footer', '.no-print', '.skip-link']) expect(hidden).to.contain(selector);
    expect(page.document.querySelector('.actions')!.classList.contains('no-print')).to.equal(true);
    const print = [...page.document.querySelectorAll('button')].find((b) => squash(b.textContent) === 'In giấy hẹn');
    expect(print, 'the print button').to.exist;
  });

  it('starts the payment with the receipt token and a key, and the widget shows it paid once the gateway settles', async () => {
    const { page, code } = await fileWithFee();
    await waitUntil(() => page.document.querySelector('dvc-fee-widget')?.shadowRoot?.querySelector('[part~="pay-button"]'), 'the fee widget offers to pay', { timeout: 10000 });
    const widget = page.document.querySelector('dvc-fee-widget')!;
    widget.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pay-button"]')!.click();
    await waitUntil(() => widget.shadowRoot!.querySelector('[part~="qr"] svg'), 'the VietQR code shows', { timeout: 10000 });
    await waitUntil(() => widget.matches(':state(paid)'), 'the payment shows as paid', { timeout: 15000 });
    const { paymentStarts } = await seen();
    expect(paymentStarts).to.have.length(1);
    expect(paymentStarts[0]).to.deep.include({ code });
    expect(paymentStarts[0]!.body).to.deep.equal({ receiptToken: 'token-1' });
    expect(paymentStarts[0]!.key).to.match(/^[A-Za-z0-9_-]{8,100}$/);
    await waitUntil(() => text(page, 'main').includes('Đã nhận được thanh toán'), 'the page thanks the citizen');
    const { reads } = await seen();
    expect(reads.filter((r) => r.path === '/api/dossiers/payment').every((r) => r.receiptToken === 'token-1'), 'status checks carry the receipt token').to.equal(true);
    expectNoViolations(page);
  });

  it('starts a new attempt, with a new key, after a failed payment', async () => {
    await api('fail-next-payment', {});
    const { page } = await fileWithFee();
    await waitUntil(() => page.document.querySelector('dvc-fee-widget')?.shadowRoot?.querySelector('[part~="pay-button"]'), 'the fee widget offers to pay', { timeout: 10000 });
    const widget = page.document.querySelector('dvc-fee-widget')!;
    const pay = () => widget.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pay-button"]')!;
    pay().click();
    await waitUntil(() => widget.matches(':state(failed)'), 'the payment fails', { timeout: 15000 });
    // The failed attempt closed the QR code: one press of the pay button opens it again and starts a new attempt.
    expect(pay().getAttribute('aria-expanded')).to.equal('false');
    pay().click();
    await waitUntil(() => pay().getAttribute('aria-expanded') === 'true', 'the QR code open again');
    await waitUntil(() => widget.matches(':state(paid)'), 'the second attempt is paid', { timeout: 15000 });
    const { paymentStarts } = await seen();
    expect(paymentStarts).to.have.length(2);
    expect(paymentStarts[1]!.key).not.to.equal(paymentStarts[0]!.key);
  });

  it('fetches the receipt again with the token when only the token is kept', async () => {
    const { code } = await fileWithFee();
    sessionStorage.removeItem(`dvc-minhson:receipt:${code}`);
    const page = await open(`/xac-nhan?code=${encodeURIComponent(code)}`);
    await waitUntil(() => page.document.querySelector('.slip'), 'the slip shows from the server’s copy');
    expect(text(page, '.slip')).to.contain('Trần Thị Bình');
  });

  it('explains, and links to tracking, when the tab has no receipt for the code', async () => {
    const page = await open('/xac-nhan?code=000.00.01.H99-261206-0999');
    await waitUntil(() => page.document.querySelector('[role="alert"]'), 'the page explains');
    expect(text(page, '[role="alert"]')).to.contain('Không tìm thấy giấy tiếp nhận');
    const track = [...page.document.querySelectorAll<HTMLAnchorElement>('main a')].find((a) => a.getAttribute('href')?.startsWith('/tra-cuu'));
    expect(track!.getAttribute('href')).to.equal('/tra-cuu?code=000.00.01.H99-261206-0999');
    expect(await axeViolations(page)).to.deep.equal([]);
  });
});

describe('tracking and statistics', () => {
  it('asks for the second factor for the code in the URL, and links the electronic result the http server names', async () => {
    const page = await open(`/tra-cuu?code=${RESULT_READY}`);
    const tracker = page.document.querySelector('dvc-status-tracker')!;
    await waitUntil(() => tracker.shadowRoot?.querySelector('input[name="id-number"]'), 'the tracker asks for the ID number');
    const idNumber = tracker.shadowRoot!.querySelector<HTMLInputElement>('input[name="id-number"]')!;
    idNumber.value = '001099000123';
    idNumber.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="lookup-button"]')!.click();
    await waitUntil(() => page.document.querySelector('dvc-status-tracker')?.shadowRoot?.querySelector('[part~="dossier"]'), 'the tracker shows the dossier', { timeout: 10000 });
    await waitUntil(() => !page.document.querySelector<HTMLElement>('#result-download')!.hidden, 'the page links the result');
    expect(page.document.querySelector('#result-download a')!.getAttribute('href')).to.equal('/api/results/result-0001');
    expect(await axeViolations(page)).to.deep.equal([]);
    expectNoViolations(page);
  });

  it('opens a dossier filed from this tab with its receipt token, asking no second factor', async () => {
    const response = await fetch('/api/dossiers', { method: 'POST', headers: { 'Idempotency-Key': 'test-key-0002', 'content-type': 'application/json' }, body: JSON.stringify({ procedure: FREE, data: {} }) });
    const filed = (await response.json()) as { code: string; receipt: unknown; receiptToken: string };
    sessionStorage.setItem(`dvc-minhson:receipt-token:${filed.code}`, filed.receiptToken);
    const page = await open(`/tra-cuu?code=${encodeURIComponent(filed.code)}`);
    const tracker = page.document.querySelector('dvc-status-tracker')!;
    await waitUntil(() => tracker.shadowRoot?.querySelector('[part~="dossier"]'), 'the tracker shows the dossier', { timeout: 10000 });
    expect(tracker.shadowRoot!.querySelector('input[name="id-number"]')).to.equal(null);
    const { reads } = await seen();
    expect(reads.map((r) => [r.path, r.code, r.receiptToken])).to.deep.include(['/api/dossiers/lookup', filed.code, filed.receiptToken]);
    expect(page.document.querySelector<HTMLElement>('#result-download')!.hidden).to.equal(true);
  });

  it('shows the statistics from /api/statistics with <dvc-stats>, for the period in the URL, and what is counted', async () => {
    const page = await open('/thong-ke?lang=en&from=2026-01&to=2026-03');
    expect(text(page, 'h1')).to.equal('How dossiers are being handled');
    expect(page.document.querySelectorAll('#counted-list li')).to.have.length(4);
    const stats = page.document.querySelector('dvc-stats')!;
    await waitUntil(() => stats.matches(':state(ready)'), 'the statistics show', { timeout: 10000 });
    expect(stats.shadowRoot!.querySelectorAll('[part~="table"]').length).to.be.greaterThan(0);
    const { reads } = await seen();
    expect(reads.filter((r) => r.path === '/api/statistics').map((r) => [(r as { from?: string }).from, (r as { to?: string }).to])).to.deep.include(['2026-01', '2026-03']);
    expect(await axeViolations(page)).to.deep.equal([]);
    expectNoViolations(page);
  });
});

describe('the strict Content-Security-Policy', () => {
  it('every page’s HTML has the policy, no inline script and no style attribute', async () => {
    for (const url of ['/index.html', `/thu-tuc/${FREE}`, '/xac-nhan', '/tra-cuu', '/thong-ke', '/404.html']) {
      const html = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(policy, url).to.match(/script-src 'self'(;|$)/).and.to.match(/style-src 'self'(;|$)/);
      expect(policy, url).not.to.contain('unsafe');
      expect([...doc.querySelectorAll('script')].filter((s) => !s.src), `${url}: inline scripts`).to.deep.equal([]);
      expect(doc.querySelectorAll('[style]').length, `${url}: style attributes`).to.equal(0);
      expect(doc.querySelectorAll('style').length, `${url}: style elements`).to.equal(0);
    }
  });

  it('blocks eval on the pages while everything they do runs', async () => {
    const page = await open(`/thu-tuc/${FREE}?lang=en`);
    await formOf(page, '/pointName');
    expectNoViolations(page);
    expect(() => new page.window.Function('return 1')).to.throw(/unsafe-eval|Content Security Policy/);
    await waitUntil(() => page.violations.length > 0, 'the blocked eval is reported');
    expect(page.violations.map((v) => [v.effectiveDirective, v.blockedURI])).to.deep.equal([['script-src', 'eval']]);
  });

  it('passes axe on every page, in Vietnamese and English', async () => {
    for (const url of ['/index.html', `/thu-tuc/${FREE}`, `/thu-tuc/${WITH_FEE}?lang=en`, '/tra-cuu?lang=en', '/thong-ke', '/404.html?lang=en']) {
      const page = await open(url);
      if (url.startsWith('/thu-tuc/')) await waitUntil(() => page.document.querySelector('dvc-dossier-form'), 'the form is there', { timeout: 10000 });
      if (url === '/index.html') await procedureLinks(page);
      expect(await axeViolations(page), url).to.deep.equal([]);
      expectNoViolations(page);
    }
  });
});
