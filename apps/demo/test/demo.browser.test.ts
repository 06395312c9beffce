import { expect, waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import type { DvcDossierForm } from '@dvc-kit/elements';
import type { Fee } from '../src/catalog.js';

// The built demo (`npm run build -w @dvc-kit/demo`), served with the repository as the server's root.
const DIST = new URL('../dist/', import.meta.url);
const CATALOG = new URL('../src/generated/catalog.json', import.meta.url);
const REPO = new URL('../../../', import.meta.url);
const DEFAULT_PROCEDURE = '1.013792';

type Text = string | { vi: string; en?: string };
type CatalogEntry = { id: string; code: string; name: Text; fees: unknown[]; free: boolean };
type DemoWindow = Window &
  typeof globalThis & {
    axe?: { run(context: Document, options?: Record<string, unknown>): Promise<AxeResults> };
  };

interface Demo {
  frame: HTMLIFrameElement;
  window: DemoWindow;
  document: Document;
  /** Every securitypolicyviolation the demo's window saw, from its first script on. */
  violations: SecurityPolicyViolationEvent[];
}

// ------------------------------------------------------------------ helpers

let catalog: CatalogEntry[] = [];
const opened: Demo[] = [];

function vi(text: Text): string {
  return typeof text === 'string' ? text : text.vi;
}

function en(text: Text): string {
  return typeof text === 'string' ? text : (text.en ?? text.vi);
}

/** Collapses white space, but keeps the no-break space of money (`100.000\u00a0₫`). */
function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
}

/** Opens the built demo in an iframe (same origin, so the test can look inside) and waits for its first form. */
async function openDemo(query = ''): Promise<Demo> {
  const frame = document.createElement('iframe');
  frame.title = 'dvc-kit demo';
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL(`index.html${query}`, DIST).href;
  document.body.append(frame);
  // A same-origin navigation away from the frame's initial about:blank keeps its Window (HTML: "reuse the
  // window"), so this listener also hears violations raised while the page loads.
  const violations: SecurityPolicyViolationEvent[] = [];
  frame.contentWindow!.addEventListener('securitypolicyviolation', (event) => violations.push(event));
  await loaded;
  const demo: Demo = { frame, window: frame.contentWindow as DemoWindow, document: frame.contentDocument!, violations };
  opened.push(demo);
  expect(demo.window.location.pathname, 'the frame shows the built demo').to.match(/\/apps\/demo\/dist\/index\.html$/);
  return demo;
}

/** The form once rendered with its submit button (a procedure's chunks are loaded on demand). */
async function formOf(demo: Demo, fieldPointer: string): Promise<DvcDossierForm> {
  const field = () =>
    demo.document
      .querySelector<DvcDossierForm>('dvc-dossier-form')
      ?.shadowRoot?.querySelector(`[data-pointer="${fieldPointer}"][data-kind]`);
  await waitUntil(() => field(), `the form shows the field ${fieldPointer}`, { timeout: 10000 });
  const form = demo.document.querySelector<DvcDossierForm>('dvc-dossier-form')!;
  await form.ready;
  return form;
}

function submitButton(form: DvcDossierForm): HTMLButtonElement {
  return form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!;
}

function links(demo: Demo): HTMLAnchorElement[] {
  return [...demo.document.querySelectorAll<HTMLAnchorElement>('nav a[data-procedure]')];
}

function linkTo(demo: Demo, id: string): HTMLAnchorElement {
  const link = links(demo).find((a) => a.dataset.procedure === id);
  if (!link) throw new Error(`no link to ${id}`);
  return link;
}

function itemOf(demo: Demo, id: string): string {
  return squash(linkTo(demo, id).closest('li')!.textContent);
}

function title(demo: Demo): string {
  return squash(demo.document.querySelector('h1')!.textContent);
}

function expectNoViolations(demo: Demo): void {
  const seen = demo.violations.map((v) => `${v.effectiveDirective} blocked ${v.blockedURI || '(inline)'} at ${v.sourceFile}:${v.lineNumber}`);
  expect(seen, 'Content-Security-Policy violations').to.deep.equal([]);
}

async function axeViolations(demo: Demo): Promise<string[]> {
  if (!demo.window.axe) {
    // Loaded from the same origin, as the page's CSP (script-src 'self') allows.
    const script = demo.document.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    script.src = new URL('node_modules/axe-core/axe.min.js', REPO).href;
    demo.document.head.append(script);
    await loaded;
  }
  const results = await demo.window.axe!.run(demo.document);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// ------------------------------------------------------------------ tests

describe('the demo portal, as built (apps/demo/dist)', () => {
  before(async () => {
    const [page, response] = await Promise.all([fetch(new URL('index.html', DIST)), fetch(CATALOG)]);
    if (!page.ok || !response.ok) throw new Error('No built demo: run `npm run build -w @dvc-kit/demo` first.');
    catalog = ((await response.json()) as { procedures: CatalogEntry[] }).procedures;
  });

  afterEach(() => {
    for (const demo of opened.splice(0)) demo.frame.remove();
  });

  it('lists the five procedures of the catalogue with their facts, the default one marked current', async () => {
    const demo = await openDemo();
    await formOf(demo, '/pointName');
    expect(catalog.map((p) => p.id)).to.have.length(5);
    expect(links(demo).map((a) => a.dataset.procedure)).to.deep.equal(catalog.map((p) => p.id));
    expect(links(demo).map((a) => squash(a.textContent))).to.deep.equal(catalog.map((p) => vi(p.name)));
    expect(links(demo).map((a) => new URL(a.href).search)).to.deep.equal(catalog.map((p) => `?p=${p.id}`));
    const current = [...demo.document.querySelectorAll<HTMLAnchorElement>('nav [aria-current="page"]')];
    expect(current.map((a) => a.dataset.procedure)).to.deep.equal([DEFAULT_PROCEDURE]);
    // Fees as a portal shows them, in Vietnamese money; delivery including the public post.
    expect(itemOf(demo, '1.013792')).to.contain('Miễn phí');
    expect(itemOf(demo, '2.000720')).to.contain('100.000\u00a0₫');
    expect(itemOf(demo, '3.000333')).to.contain('200.000\u00a0₫');
    expect(itemOf(demo, '1.001193')).to.contain('8.000\u00a0₫/bản');
    for (const entry of catalog) {
      expect(itemOf(demo, entry.id)).to.contain(entry.code).and.to.contain('bưu chính công ích');
    }
    expectNoViolations(demo);
  });

  it('renders the default procedure from its prepared schema and precompiled validator, loading only its chunks', async () => {
    const demo = await openDemo();
    const form = await formOf(demo, '/pointName');
    const entry = catalog.find((p) => p.id === DEFAULT_PROCEDURE)!;
    expect(title(demo)).to.equal(vi(entry.name));
    expect(squash(demo.document.querySelector('#procedure-code')!.textContent)).to.equal(DEFAULT_PROCEDURE);
    expect(squash(demo.document.querySelector('#procedure-facts')!.textContent)).to.contain('15 ngày').and.to.contain('Miễn phí');
    expect(submitButton(form).textContent!.trim()).to.equal('Nộp hồ sơ');
    const scripts = demo.window.performance
      .getEntriesByType('resource')
      .map((r) => r.name.split('/').pop()!)
      .filter((name) => name.endsWith('.js'));
    expect(scripts.filter((name) => name.startsWith('procedure-')).map((name) => name.replace(/-[\w-]{8}\.js$/, ''))).to.have.members([
      `procedure-${DEFAULT_PROCEDURE}-schema`,
      `procedure-${DEFAULT_PROCEDURE}-validator`,
    ]);
    // The schema came prepared: the code that prepares a raw one was never fetched.
    expect(scripts.filter((name) => name.startsWith('prepare-'))).to.deep.equal([]);
    // Only the built files: the test server added nothing to the page.
    expect(scripts.filter((name) => !/^[\w.-]+-[\w-]{8}\.js$/.test(name))).to.deep.equal([]);
    expectNoViolations(demo);
  });

  it('opens another procedure from its link; the URL keeps the choice, so back and reload work', async () => {
    const demo = await openDemo();
    await formOf(demo, '/pointName');
    linkTo(demo, '1.001193').click();
    await formOf(demo, '/extractCopies');
    expect(demo.window.location.search).to.equal('?p=1.001193');
    expect(title(demo)).to.equal('Đăng ký khai sinh');
    expect(linkTo(demo, '1.001193').getAttribute('aria-current')).to.equal('page');
    expect(linkTo(demo, DEFAULT_PROCEDURE).hasAttribute('aria-current')).to.equal(false);
    expect(demo.document.activeElement, 'focus moves to the new title').to.equal(demo.document.querySelector('h1'));
    expect(squash(demo.document.querySelector('#procedure-facts')!.textContent)).to.contain('8.000\u00a0₫/bản');

    demo.window.history.back();
    await formOf(demo, '/pointName');
    expect(demo.window.location.search).to.equal('');
    expect(linkTo(demo, DEFAULT_PROCEDURE).getAttribute('aria-current')).to.equal('page');

    const reloaded = await openDemo('?p=1.012783');
    await formOf(reloaded, '/parcel/parcelNo');
    expect(linkTo(reloaded, '1.012783').getAttribute('aria-current')).to.equal('page');
    expectNoViolations(demo);
    expectNoViolations(reloaded);
  });

  it('switches the page and the form to English', async () => {
    const demo = await openDemo();
    const form = await formOf(demo, '/pointName');
    demo.document.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
    await waitUntil(() => submitButton(form).textContent!.trim() === 'Submit', 'the submit button reads "Submit"', { timeout: 10000 });
    const entry = catalog.find((p) => p.id === DEFAULT_PROCEDURE)!;
    expect(demo.document.documentElement.lang).to.equal('en');
    expect(form.lang).to.equal('en');
    expect(title(demo)).to.equal(en(entry.name));
    expect(squash(demo.document.querySelector('#procedures-heading')!.textContent)).to.equal('Administrative procedures');
    expect(itemOf(demo, DEFAULT_PROCEDURE)).to.contain('Free');
    expect(demo.document.querySelector('[data-lang="en"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(new URL(linkTo(demo, '1.001193').href).search).to.equal('?p=1.001193&lang=en');

    linkTo(demo, '1.001193').click();
    const birth = await formOf(demo, '/extractCopies');
    expect(birth.lang).to.equal('en');
    expect(title(demo)).to.equal('Birth registration');
    expect(submitButton(birth).textContent!.trim()).to.equal('Submit');
    expectNoViolations(demo);
  });

  it('shows the error summary on an empty submit, and the data and files sent by a valid one', async () => {
    const demo = await openDemo();
    const form = await formOf(demo, '/pointName');
    submitButton(form).click();
    await waitUntil(() => form.shadowRoot!.querySelector('[part="error-summary"] a'), 'the error summary lists the errors');
    expect(form.shadowRoot!.activeElement?.getAttribute('part')).to.equal('error-summary');
    expect(demo.document.querySelector<HTMLPreElement>('#result')!.hidden).to.equal(true);

    form.data = await (await fetch(new URL('schemas/procedures/1.013792/examples/valid-individual.json', REPO))).json();
    await form.updateComplete;
    const upload = form.shadowRoot!.querySelector<HTMLElement>('dvc-file-upload[data-pointer="/attachments/application"]')!;
    await waitUntil(() => upload.shadowRoot?.querySelector('input[type="file"]'), 'the upload field renders');
    const input = upload.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new demo.window.DataTransfer();
    files.items.add(new demo.window.File(['%PDF-1.4 demo'], 'don-de-nghi.pdf', { type: 'application/pdf' }));
    input.files = files.files;
    input.dispatchEvent(new demo.window.Event('change', { bubbles: true }));
    await form.updateComplete;

    submitButton(form).click();
    const result = demo.document.querySelector<HTMLPreElement>('#result')!;
    await waitUntil(() => !result.hidden, 'the result panel shows the data sent');
    expect(JSON.parse(result.textContent!)).to.deep.equal(form.submitData);
    expect(squash(demo.document.querySelector('#result-status')!.textContent)).to.contain('Hồ sơ hợp lệ đã được gửi');
    expect(squash(demo.document.querySelector('#result-file-list')!.textContent)).to.equal('/attachments/application don-de-nghi.pdf (13 byte)');
    expectNoViolations(demo);
  });

  it('runs under its strict Content-Security-Policy: nothing the page does is blocked, eval is', async () => {
    const html = await (await fetch(new URL('index.html', DIST))).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).to.match(/script-src 'self'(;|$)/);
    expect(policy).not.to.contain('unsafe-eval');
    expect([...page.querySelectorAll('script')].filter((s) => !s.src), 'inline scripts').to.deep.equal([]);

    // Every part of the page: a form with an address picker and uploads, another procedure, English.
    const demo = await openDemo();
    await formOf(demo, '/pointAddress');
    demo.document.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
    linkTo(demo, '3.000333').click();
    const form = await formOf(demo, '/purpose');
    await waitUntil(() => submitButton(form).textContent!.trim() === 'Submit', 'the form speaks English');
    expectNoViolations(demo);

    expect(() => new demo.window.Function('return 1')).to.throw(/unsafe-eval|Content Security Policy/);
    await waitUntil(() => demo.violations.length > 0, 'the blocked eval is reported');
    expect(demo.violations.map((v) => [v.effectiveDirective, v.blockedURI])).to.deep.equal([['script-src', 'eval']]);
  });

  it('passes axe, in Vietnamese and in English with the error summary shown', async () => {
    const demo = await openDemo();
    const form = await formOf(demo, '/pointName');
    expect(await axeViolations(demo)).to.deep.equal([]);
    demo.document.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
    await waitUntil(() => submitButton(form).textContent!.trim() === 'Submit', 'the form speaks English');
    submitButton(form).click();
    await waitUntil(() => form.shadowRoot!.querySelector('[part="error-summary"] a'), 'the error summary lists the errors');
    expect(await axeViolations(demo)).to.deep.equal([]);
    expectNoViolations(demo);
  });
});

describe('the catalogue worded for the page', () => {
  it('writes a fee priced in tiers with the units each price covers', async () => {
    const { feeAmountText } = await import('../src/catalog.js');
    const fee: Fee = { key: 'copies', kind: 'PHI', name: 'Bản sao', basis: 'PER_COPY', amount: 8000, tiers: [{ price: 8000, upTo: 1 }, { price: 5000, upTo: 5 }, { price: 3000 }], conditional: false, exemptions: 0 };
    expect(feeAmountText(fee, 'vi')).to.equal('8.000\u00a0₫/bản (bản thứ 1), 5.000\u00a0₫/bản (từ bản thứ 2 đến bản thứ 5), 3.000\u00a0₫/bản (từ bản thứ 6 trở đi)');
    expect(feeAmountText(fee, 'en')).to.equal('8.000\u00a0₫ per copy (copy 1), 5.000\u00a0₫ per copy (copies 2–5), 3.000\u00a0₫ per copy (from copy 6)');
    expect(feeAmountText({ ...fee, tiers: undefined }, 'vi')).to.equal('8.000\u00a0₫/bản');
  });
});
