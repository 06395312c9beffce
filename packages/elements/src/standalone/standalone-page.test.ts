/**
 * The standalone build on a page with no bundler, as a JSP, PHP or .NET portal serves it: the README's snippet
 * (examples/standalone-page/) from a plain static server, under the demo's strict Content-Security-Policy sent as
 * a header, with dist/standalone/ at /dvc/ and a real procedure's schema. A citizen fills every required field in
 * Chromium (Debian's, driven by playwright-core) and files the dossier; the server must receive it. The same for
 * the precompiled tag, with the schema and validator `dvc-schema build` writes.
 * Needs the package and @dvc-kit/schema-cli built (in turbo, the package's `test` depends on both builds).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface FiledDossier {
  dossier: unknown;
  files: { field: string; name: string; type: string; size: number }[];
}
interface ExampleSite {
  url: string;
  policy: string;
  dossiers: FiledDossier[];
  requests: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}
interface SiteModule {
  EXAMPLE_DIR: string;
  startExampleSite(options?: { port?: number; policy?: string; proceduresDir?: string }): Promise<ExampleSite>;
}

// Plain .mjs scripts (no type declarations): imported by URL, typed here.
const SITE_SCRIPT = new URL('../../scripts/standalone-example-site.mjs', import.meta.url).href;
const STANDALONE_DIR = fileURLToPath(new URL('../../dist/standalone/', import.meta.url));
const EXAMPLE = (file: string) => readFileSync(fileURLToPath(new URL(`../../examples/standalone-page/${file}`, import.meta.url)), 'utf8');
const README = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const PROCEDURE_DIR = fileURLToPath(new URL('../../../../schemas/procedures/1.013792', import.meta.url));
const DVC_SCHEMA = fileURLToPath(new URL('../../../schema-cli/bin/dvc-schema.js', import.meta.url));
const VALID_DOSSIER = JSON.parse(readFileSync(join(PROCEDURE_DIR, 'examples', 'valid-individual.json'), 'utf8')) as Record<string, unknown>;

const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** What the page's window saw: every `securitypolicyviolation`, recorded by a script the browser runs before the page's own. */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + event.sourceFile + ':' + event.lineNumber);
  });
`;

/** Serves the raw schema from schemas/procedures/ (the default tag prepares it). */
let site: ExampleSite;
/** Serves what `dvc-schema build` writes for the procedure: the prepared schema and its validator. */
let builtSite: ExampleSite;
let builtDir: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${STANDALONE_DIR}dvc-dossier-form.js`)) throw new Error('No standalone build: run `npm run build -w @dvc-kit/elements` first.');
  builtDir = mkdtempSync(join(tmpdir(), 'dvc-standalone-'));
  try {
    execFileSync(process.execPath, [DVC_SCHEMA, 'build', PROCEDURE_DIR, '--out', builtDir], { stdio: 'pipe' });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
    throw new Error(`dvc-schema build failed (is @dvc-kit/schema-cli built? npx turbo run build): ${stderr}`);
  }
  const { startExampleSite } = (await import(/* @vite-ignore */ SITE_SCRIPT)) as SiteModule;
  site = await startExampleSite();
  builtSite = await startExampleSite({ proceduresDir: builtDir });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await builtSite?.close();
  if (builtDir) rmSync(builtDir, { recursive: true, force: true });
});

interface OpenPage {
  page: Page;
  /** Console errors and warnings, uncaught errors, failed requests: a clean page has none. */
  problems: string[];
  violations(): Promise<string[]>;
}

async function openExample(url: string): Promise<OpenPage> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  await page.addInitScript(RECORD_VIOLATIONS);
  await page.goto(url);
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { page, problems, violations };
}

/** Chooses a unit in an address picker the way a citizen does: type part of its name, pick the option. */
async function chooseUnit(address: Locator, field: string, typed: string, option: string): Promise<void> {
  const combobox = address.getByRole('combobox', { name: field });
  await expect.poll(() => combobox.isEnabled(), { timeout: 10_000 }).toBe(true);
  await combobox.fill(typed);
  await address.getByRole('option', { name: option, exact: true }).click();
}

async function fillAddress(address: Locator, value: { street: string }): Promise<void> {
  await chooseUnit(address, 'Tỉnh, thành phố', 'ha noi', 'Thành phố Hà Nội');
  await chooseUnit(address, 'Phường, xã, đặc khu', 'ba dinh', 'Phường Ba Đình');
  await address.getByRole('textbox', { name: 'Số nhà, tên đường, thôn, tổ dân phố' }).fill(value.street);
}

async function fillDate(group: Locator, day: string, month: string, year: string): Promise<void> {
  await group.getByRole('textbox', { name: 'Ngày', exact: true }).fill(day);
  await group.getByRole('textbox', { name: 'Tháng', exact: true }).fill(month);
  await group.getByRole('textbox', { name: 'Năm', exact: true }).fill(year);
}

/** Fills every required field of procedure 1.013792 as a citizen would, with the values of its valid-individual example. */
async function fillProcedure(page: Page): Promise<void> {
  const form = page.locator('dvc-dossier-form');
  await form.getByRole('button', { name: 'Nộp hồ sơ' }).waitFor({ timeout: 15_000 });

  // The owner (an individual: the default choice)
  const owner = form.getByRole('group', { name: 'Thông tin chủ điểm' });
  await owner.getByRole('textbox', { name: 'Họ và tên' }).fill('Nguyễn Văn An');
  await fillDate(owner.getByRole('group', { name: 'Ngày sinh' }), '14', '5', '1990');
  await owner.getByRole('radio', { name: 'Nam', exact: true }).check();
  await owner.getByRole('textbox', { name: 'Số định danh cá nhân (CCCD)' }).fill('001090012345');
  await owner.getByRole('textbox', { name: 'Số điện thoại' }).fill('0912345678');
  await owner.getByRole('textbox', { name: 'Thư điện tử' }).fill('nguyenvanan@example.vn');
  await fillAddress(owner.getByRole('group', { name: 'Nơi cư trú' }), { street: 'Số 12, ngõ 45, phố Đội Cấn' });

  const registration = form.getByRole('group', { name: 'Giấy chứng nhận đăng ký hộ kinh doanh hoặc đăng ký doanh nghiệp' });
  await registration.getByRole('textbox', { name: 'Số giấy chứng nhận' }).fill('01A8012345');
  await fillDate(registration.getByRole('group', { name: 'Ngày cấp' }), '2', '3', '2024');
  await registration.getByRole('textbox', { name: 'Nơi cấp' }).fill('Phòng Tài chính - Kế hoạch quận Ba Đình');

  // The service point
  await form.getByRole('textbox', { name: 'Tên điểm cung cấp dịch vụ' }).fill('Điểm trò chơi điện tử An Phát');
  await fillAddress(form.getByRole('group', { name: 'Địa chỉ điểm cung cấp dịch vụ' }), { street: 'Số 12, ngõ 45, phố Đội Cấn' });
  await form.getByRole('textbox', { name: 'Tổng diện tích các phòng máy (m²)' }).fill('62,5');
  await form.getByRole('textbox', { name: 'Số máy tính' }).fill('24');
  await form.getByRole('combobox', { name: 'Doanh nghiệp cung cấp dịch vụ Internet' }).selectOption('VNPT');
  await form.getByRole('button', { name: 'Thêm Người quản lý' }).click();
  const manager = form.getByRole('group', { name: /^Người quản lý 1/ });
  await manager.getByRole('textbox', { name: 'Họ và tên' }).fill('Nguyễn Văn An');
  await manager.getByRole('combobox', { name: 'Vai trò' }).selectOption({ label: 'Chủ điểm trực tiếp quản lý' });
  await manager.getByRole('textbox', { name: 'Số điện thoại' }).fill('0912345678');

  // Conditions, delivery, attachments
  for (const checkbox of await form.getByRole('group', { name: 'Cam kết đáp ứng điều kiện' }).getByRole('checkbox').all()) await checkbox.check();
  await form.getByRole('radio', { name: 'Nhận trực tiếp tại Bộ phận Một cửa' }).check();
  const attachments = form.getByRole('group', { name: 'Thành phần hồ sơ' });
  await attachments.getByRole('group', { name: /^Đơn đề nghị cấp giấy chứng nhận/ }).locator('input[type="file"]').setInputFiles(pdf('don-de-nghi-mau-51a.pdf'));
  await attachments.getByRole('group', { name: 'Giấy chứng nhận đăng ký hộ kinh doanh' }).locator('input[type="file"]').setInputFiles(pdf('giay-chung-nhan-dang-ky-ho-kinh-doanh.pdf'));
}

const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`) });

/**
 * Opens `path` on `server`, files the procedure, and checks what the server received and what the page loaded:
 * the tag's standalone entry, the picker and upload fields and Hà Nội's communes loaded from /dvc/ on demand, no
 * failed request, no policy violation, no console error.
 */
async function fileDossier(server: ExampleSite, path: string, entry: string): Promise<void> {
  const { page, problems, violations } = await openExample(new URL(path, server.url).href);
  await fillProcedure(page);
  await page.locator('dvc-dossier-form').getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect.poll(() => page.locator('#dossier-status').textContent(), { timeout: 10_000 }).toBe('Đã nộp hồ sơ.');

  expect(server.dossiers).toHaveLength(1);
  const [{ dossier, files }] = server.dossiers;
  const { attachments: sentAttachments, ...sentData } = dossier as Record<string, unknown>;
  const { attachments: _exampleAttachments, ...exampleData } = VALID_DOSSIER;
  expect(sentData, 'the dossier is the procedure’s valid example, as typed').toEqual(exampleData);
  expect(sentAttachments).toEqual({
    application: [expect.objectContaining({ name: 'don-de-nghi-mau-51a.pdf', type: 'application/pdf' })],
    householdBusinessCertificate: [expect.objectContaining({ name: 'giay-chung-nhan-dang-ky-ho-kinh-doanh.pdf', type: 'application/pdf' })],
  });
  expect(files).toEqual(
    [
      ['/attachments/application', 'don-de-nghi-mau-51a.pdf'],
      ['/attachments/householdBusinessCertificate', 'giay-chung-nhan-dang-ky-ho-kinh-doanh.pdf'],
    ].map(([field, name]) => ({ field, name, type: 'application/pdf', size: pdf(name).buffer.length })),
  );

  const scripts = server.requests.filter((r) => r.path.startsWith('/dvc/')).map((r) => r.path);
  expect(scripts).toEqual(expect.arrayContaining([`/dvc/${entry}`, '/dvc/dvc-address-picker.js', '/dvc/dvc-file-upload.js']));
  expect(scripts.some((script) => /^\/dvc\/01-[A-Z2-7]{8}\.js$/.test(script)), 'the communes of Hà Nội, loaded on demand').toBe(true);
  expect(server.requests.filter((r) => r.status >= 400)).toEqual([]);
  expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
  expect(problems).toEqual([]);
  await page.close();
}

describe('the standalone build on a plain static page (examples/standalone-page, the README snippet)', () => {
  it('is the snippet the READMEs show, word for word', () => {
    for (const readme of ['../../../../README.md', '../../README.md']) {
      const text = README(readme);
      expect(text, `${readme} shows examples/standalone-page/index.html`).toContain(EXAMPLE('index.html'));
      expect(text, `${readme} shows examples/standalone-page/app/file-dossier.js`).toContain(EXAMPLE('app/file-dossier.js'));
    }
    expect(README('../../README.md'), 'the package README shows app/precompiled-form.js').toContain(EXAMPLE('app/precompiled-form.js'));
  });

  it('has no inline script or style for the policy to allow, and the policy allows none', () => {
    for (const page of ['index.html', 'precompiled.html', 'tracker.html', 'procedures.html']) {
      const html = EXAMPLE(page);
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, page).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
    }
    expect(site.policy).toMatch(/script-src 'self';/);
    expect(site.policy).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('files a real procedure (1.013792) with the default tag and the raw schema: the dossier and its files reach the server', async () => {
    await fileDossier(site, '/', 'dvc-dossier-form.js');
  }, 90_000);

  it('turns English with the text loaded from the folder, under the same policy', async () => {
    const before = site.requests.length;
    const { page, problems, violations } = await openExample(site.url);
    const form = page.locator('dvc-dossier-form');
    await form.getByRole('button', { name: 'Nộp hồ sơ' }).waitFor({ timeout: 15_000 });
    await form.evaluate((element) => element.setAttribute('lang', 'en'));
    await form.getByRole('button', { name: 'Submit' }).waitFor({ timeout: 10_000 });
    await expect(form.getByRole('group', { name: 'The owner' }).getByRole('textbox', { name: 'Full name' }).count()).resolves.toBe(1);
    const scripts = site.requests.slice(before).map((r) => r.path);
    expect(scripts.some((script) => /^\/dvc\/en-[A-Z2-7]{8}\.js$/.test(script)), 'the element’s English text').toBe(true);
    expect(scripts.some((script) => /^\/dvc\/messages-en-[A-Z2-7]{8}\.js$/.test(script)), 'the engine’s English messages').toBe(true);
    expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('looks a dossier up with <dvc-status-tracker> in markup only (source-url), under the same policy', async () => {
    const { SAMPLE_DOSSIERS, SAMPLE_ID_NUMBER } = await import('@dvc-kit/dossier/samples');
    const before = site.requests.length;
    const { page, problems, violations } = await openExample(new URL('/tracker.html', site.url).href);
    const tracker = page.locator('dvc-status-tracker');
    await tracker.getByRole('textbox', { name: 'Mã hồ sơ' }).fill(SAMPLE_DOSSIERS.inProcess.code);
    await tracker.getByRole('textbox', { name: 'Số định danh cá nhân của người nộp' }).fill(SAMPLE_ID_NUMBER);
    await tracker.getByRole('button', { name: 'Tra cứu' }).click();
    const heading = tracker.getByRole('heading', { name: `Hồ sơ ${SAMPLE_DOSSIERS.inProcess.code}` });
    await heading.waitFor({ timeout: 10_000 });
    await expect(heading.evaluate((element) => element.getRootNode() instanceof ShadowRoot && element === (element.getRootNode() as ShadowRoot).activeElement)).resolves.toBe(true);
    await expect(tracker.locator('[part="state"]').textContent()).resolves.toBe('Đang xử lý');
    const requests = site.requests.slice(before);
    expect(requests.filter((r) => r.path === '/api/dvc/dossiers/lookup').map((r) => r.status)).toEqual([200]);
    expect(requests.filter((r) => r.status >= 400)).toEqual([]);
    expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('lists the catalogue `dvc-schema build` writes with <dvc-procedure-list> in markup only (src), under the same policy', async () => {
    const before = builtSite.requests.length;
    const { page, problems, violations } = await openExample(new URL('/procedures.html', builtSite.url).href);
    const list = page.locator('dvc-procedure-list');
    await list.getByRole('status').filter({ hasText: 'Tìm thấy 1 thủ tục' }).waitFor({ timeout: 10_000 });
    await list.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('tro choi dien tu');
    const link = list.getByRole('link', { name: 'Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng' });
    await expect(link.getAttribute('href')).resolves.toBe('/precompiled.html?thu-tuc=1.013792');
    await list.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('khai sinh');
    await list.getByRole('status').filter({ hasText: 'Không tìm thấy thủ tục nào' }).waitFor({ timeout: 5_000 });
    const requests = builtSite.requests.slice(before);
    expect(requests.filter((r) => r.path === '/procedures/catalog.json').map((r) => r.status)).toEqual([200]);
    expect(requests.filter((r) => r.status >= 400)).toEqual([]);
    expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('files it with the precompiled tag, and the schema and validator `dvc-schema build` writes', async () => {
    await fileDossier(builtSite, '/precompiled.html', 'dvc-dossier-form-precompiled.js');
    const loaded = builtSite.requests.map((r) => r.path);
    expect(loaded).toContain('/procedures/1.013792/validator.js');
    expect(loaded, 'not the default tag').not.toContain('/dvc/dvc-dossier-form.js');
  }, 90_000);
});
