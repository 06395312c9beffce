/**
 * The standalone build on a page with no bundler, as a JSP, PHP or .NET portal serves it: the README's snippet
 * (examples/standalone-page/) from a plain static server, under the demo's strict Content-Security-Policy sent as
 * a header, with dist/standalone/ at /dvc/ and a real procedure's schema. A citizen fills every required field in
 * Chromium (Debian's, driven by playwright-core) and files the dossier; the server must receive it.
 * Needs the package built (`npm run build -w @dvc-kit/elements`; in turbo, `test` depends on `build`).
 */
import { existsSync, readFileSync } from 'node:fs';
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
  startExampleSite(options?: { port?: number; policy?: string }): Promise<ExampleSite>;
}

// Plain .mjs scripts (no type declarations): imported by URL, typed here.
const SITE_SCRIPT = new URL('../../scripts/standalone-example-site.mjs', import.meta.url).href;
const STANDALONE_DIR = fileURLToPath(new URL('../../dist/standalone/', import.meta.url));
const EXAMPLE = (file: string) => readFileSync(fileURLToPath(new URL(`../../examples/standalone-page/${file}`, import.meta.url)), 'utf8');
const README = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const VALID_DOSSIER = JSON.parse(README('../../../../schemas/procedures/1.013792/examples/valid-individual.json')) as Record<string, unknown>;

const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** What the page's window saw: every `securitypolicyviolation`, recorded by a script the browser runs before the page's own. */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + event.sourceFile + ':' + event.lineNumber);
  });
`;

let site: ExampleSite;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${STANDALONE_DIR}dvc-dossier-form.js`)) throw new Error('No standalone build: run `npm run build -w @dvc-kit/elements` first.');
  const { startExampleSite } = (await import(/* @vite-ignore */ SITE_SCRIPT)) as SiteModule;
  site = await startExampleSite();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface OpenPage {
  page: Page;
  /** Console errors and warnings, uncaught errors, failed requests: a clean page has none. */
  problems: string[];
  violations(): Promise<string[]>;
}

async function openExample(): Promise<OpenPage> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  await page.addInitScript(RECORD_VIOLATIONS);
  await page.goto(site.url);
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

const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`) });

describe('the standalone build on a plain static page (examples/standalone-page, the README snippet)', () => {
  it('is the snippet both READMEs show, word for word', () => {
    for (const readme of ['../../../../README.md', '../../README.md']) {
      const text = README(readme);
      expect(text, `${readme} shows examples/standalone-page/index.html`).toContain(EXAMPLE('index.html'));
      expect(text, `${readme} shows examples/standalone-page/app/file-dossier.js`).toContain(EXAMPLE('app/file-dossier.js'));
    }
  });

  it('has no inline script or style for the policy to allow, and the policy allows none', () => {
    const html = EXAMPLE('index.html');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
    expect(site.policy).toMatch(/script-src 'self';/);
    expect(site.policy).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('files a real procedure (1.013792): every required field filled, the dossier and its files reach the server', async () => {
    const { page, problems, violations } = await openExample();
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

    await form.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await expect.poll(() => page.locator('#dossier-status').textContent(), { timeout: 10_000 }).toBe('Đã nộp hồ sơ.');

    expect(site.dossiers).toHaveLength(1);
    const [{ dossier, files }] = site.dossiers;
    const { attachments: sentAttachments, ...sentData } = dossier as Record<string, unknown>;
    const { attachments: _exampleAttachments, ...exampleData } = VALID_DOSSIER;
    expect(sentData, 'the dossier is the procedure’s valid example, as typed').toEqual(exampleData);
    expect(sentAttachments).toEqual({
      application: [expect.objectContaining({ name: 'don-de-nghi-mau-51a.pdf', type: 'application/pdf' })],
      householdBusinessCertificate: [expect.objectContaining({ name: 'giay-chung-nhan-dang-ky-ho-kinh-doanh.pdf', type: 'application/pdf' })],
    });
    expect(files).toEqual([
      { field: '/attachments/application', name: 'don-de-nghi-mau-51a.pdf', type: 'application/pdf', size: pdf('don-de-nghi-mau-51a.pdf').buffer.length },
      { field: '/attachments/householdBusinessCertificate', name: 'giay-chung-nhan-dang-ky-ho-kinh-doanh.pdf', type: 'application/pdf', size: pdf('giay-chung-nhan-dang-ky-ho-kinh-doanh.pdf').buffer.length },
    ]);

    // Everything came from the standalone folder: the communes of Hà Nội are a chunk of their own.
    const scripts = site.requests.filter((r) => r.path.startsWith('/dvc/')).map((r) => r.path);
    expect(scripts).toContain('/dvc/dvc-dossier-form.js');
    expect(scripts).toContain('/dvc/dvc-address-picker.js');
    expect(scripts).toContain('/dvc/dvc-file-upload.js');
    expect(scripts.some((path) => /^\/dvc\/01-[A-Z0-9]+\.js$/.test(path)), 'the communes of Hà Nội, loaded on demand').toBe(true);
    expect(site.requests.filter((r) => r.status >= 400)).toEqual([]);
    expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
});
