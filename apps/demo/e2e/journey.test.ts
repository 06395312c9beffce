// The whole journey of a dossier through the demo service centre, as a citizen and an officer do it in Chromium:
// find the procedure, fill the form by keyboard, attach a file, see the fee, submit, get a code and a slip, pay by
// VietQR; an officer accepts and asks for a supplement; the citizen's tracker shows it; the officer finishes; the
// tracker shows the result returned on time; the statistics count it. The server is restarted in the middle.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, removeDataDir, startServer, type RunningServer } from './harness.js';

/** A small valid PDF (one empty page): the citizen's application form and the officer's result file. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

const DA_NANG_HAI_VAN = [
  { search: 'da nang', name: 'Thành phố Đà Nẵng' },
  { search: 'hai van', name: 'Phường Hải Vân' },
];

let server: RunningServer;
let browser: Browser;
let citizen: BrowserContext;
let officer: BrowserContext;
let citizenPage: Page;
let officerPage: Page;
/** What the pages reported that a strict CSP or a script refused. */
const pageProblems: string[] = [];
let dossierCode = '';

interface Totals {
  received: number;
  filedOnline: number;
  finished: number;
  early: number;
  onTime: number;
  late: number;
}
let totalsBefore: Totals;

async function statisticsTotals(): Promise<Totals> {
  const response = await fetch(`${server.url}api/statistics`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { totals: Totals }).totals;
}

function watch(page: Page): Page {
  page.on('pageerror', (error) => pageProblems.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    // Signed out, the console asks who is signed in and hears 401: expected, not a problem.
    if (message.type() === 'error' && !/401 \(Unauthorized\)/.test(text)) pageProblems.push(`${page.url()}: ${text}`);
  });
  return page;
}

/** Focuses a control the way a keyboard user reaches it, then types into it key by key. */
async function typeInto(control: Locator, text: string): Promise<void> {
  await focusOn(control);
  await control.pressSequentially(text);
}

/**
 * Chooses a province and a commune in an address picker as a keyboard user does: types without diacritics, waits for
 * the unit to be offered (the communes load when the province is chosen), presses Enter, and Tab to the next box.
 */
async function pickAddress(group: Locator, units: { search: string; name: string }[], street: string): Promise<void> {
  const page = group.page();
  const boxes = [group.getByRole('combobox', { name: 'Tỉnh, thành phố' }), group.getByRole('combobox', { name: 'Phường, xã, đặc khu' })];
  for (const [index, unit] of units.entries()) {
    const box = boxes[index] as Locator;
    await expect.poll(() => box.isEnabled()).toBe(true);
    await typeInto(box, unit.search);
    await expect.poll(() => group.getByRole('option', { name: unit.name, exact: true }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => box.inputValue()).toBe(unit.name);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.type(street);
}

/** Focuses a control and waits until it really has the focus (inside its shadow root too). */
async function focusOn(control: Locator): Promise<void> {
  await control.focus();
  await expect.poll(() => control.evaluate((element) => element.matches(':focus'))).toBe(true);
}

/** Presses an officer action's button and waits for the console to announce it done (the view is then redrawn). */
async function act(page: Page, button: Locator, done: string): Promise<void> {
  await focusOn(button);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('status').filter({ hasText: done }).count()).toBe(1);
}

/** Checks a radio or a checkbox from the keyboard. */
async function choose(control: Locator): Promise<void> {
  await focusOn(control);
  await control.press('Space');
  await expect.poll(() => control.isChecked()).toBe(true);
}

beforeAll(async () => {
  // The demo gateway settles a payment 5 s after it starts (a person sees 4 s): long enough for the QR code, which
  // the widget loads on demand and hides once paid, to be seen first even on a busy machine.
  server = await startServer({ DVC_GATEWAY_DELAY_MS: '5000' });
  browser = await launchBrowser();
  citizen = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  officer = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  for (const context of [citizen, officer]) context.setDefaultTimeout(15_000);
  citizenPage = watch(await citizen.newPage());
  officerPage = watch(await officer.newPage());
  totalsBefore = await statisticsTotals();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDataDir(server);
});

// Each step builds on the one before: once one fails, the rest are not run (their failures would only repeat it).
let broken = '';
beforeEach((context) => {
  if (broken) context.skip(`an earlier step failed: ${broken}`);
});
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail' || broken) return;
  broken = context.task.name;
  // What each page showed when the step failed, for the person reading the CI log.
  const folder = join(process.cwd(), 'test-results', 'e2e');
  mkdirSync(folder, { recursive: true });
  for (const [name, page] of [['citizen', citizenPage], ['officer', officerPage]] as const) {
    if (!page || page.isClosed()) continue;
    await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true }).catch(() => undefined);
    const tree = await page.locator('body').ariaSnapshot().catch(() => '');
    writeFileSync(join(folder, `${name}.aria.txt`), `${page.url()}\n${tree}`);
  }
});

describe('a dossier from the start page to its returned result', () => {
  it('a citizen finds the procedure by typing without diacritics and opens it from the keyboard', async () => {
    const page = citizenPage;
    await page.goto(server.url);
    await typeInto(page.getByRole('searchbox', { name: 'Tìm thủ tục' }), 'dang ky ho kinh doanh');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Tìm thấy' }).textContent()).toBe('Tìm thấy 1 thủ tục');
    const link = page.getByRole('link', { name: 'Đăng ký thành lập hộ kinh doanh' });
    await focusOn(link);
    await Promise.all([page.waitForURL('**/thu-tuc/2.000720'), link.press('Enter')]);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Đăng ký thành lập hộ kinh doanh');
  });

  it('fills the form by keyboard, attaches the application and sees the fee', async () => {
    const page = citizenPage;
    const form = page.getByRole('region', { name: 'Nộp hồ sơ trực tuyến' });
    await typeInto(form.getByRole('textbox', { name: 'Tên hộ kinh doanh' }), 'Hộ kinh doanh Bánh mì Hòa Mã');
    await pickAddress(form.getByRole('group', { name: 'Địa điểm kinh doanh' }), DA_NANG_HAI_VAN, 'Số 112, đường Hoàng Diệu');
    await typeInto(form.getByRole('textbox', { name: 'Số điện thoại của hộ kinh doanh' }), '0935172846');

    const lines = form.getByRole('group', { name: 'Ngành, nghề kinh doanh' });
    await focusOn(lines.getByRole('button', { name: 'Thêm ngành nghề' }));
    await page.keyboard.press('Enter');
    const line = lines.getByRole('group').first();
    await typeInto(line.getByRole('textbox').nth(0), '5610');
    await typeInto(line.getByRole('textbox').nth(1), 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động');
    const main = line.getByRole('checkbox');
    if (!(await main.isChecked())) await choose(main);

    await typeInto(form.getByRole('textbox', { name: 'Vốn kinh doanh (đồng)' }), '80000000');
    await typeInto(form.getByRole('textbox', { name: 'Số lượng lao động' }), '3');
    await choose(form.getByRole('radio', { name: 'Một cá nhân đăng ký' }));

    const owner = form.getByRole('group', { name: 'Chủ hộ kinh doanh', exact: true }).nth(1);
    await typeInto(owner.getByRole('textbox', { name: 'Họ và tên' }), 'Huỳnh Văn Tài');
    const birth = owner.getByRole('group', { name: 'Ngày sinh' });
    await typeInto(birth.getByRole('textbox', { name: 'Ngày' }), '3');
    await typeInto(birth.getByRole('textbox', { name: 'Tháng' }), '12');
    await typeInto(birth.getByRole('textbox', { name: 'Năm' }), '1988');
    await choose(owner.getByRole('radio', { name: 'Nam' }));
    await typeInto(owner.getByRole('textbox', { name: 'Số định danh cá nhân (CCCD)' }), '048088007215');
    await typeInto(owner.getByRole('textbox', { name: 'Số điện thoại' }), '0935172846');
    await pickAddress(owner.getByRole('group', { name: 'Nơi cư trú', exact: true }), DA_NANG_HAI_VAN, 'Số 7, kiệt 45, đường Trưng Nữ Vương');

    await choose(form.getByRole('radio', { name: 'Chủ hộ kinh doanh' }));
    await choose(form.getByRole('radio', { name: 'Nhận bản điện tử trên Cổng Dịch vụ công' }));
    await choose(form.getByRole('checkbox', { name: /^Tôi cam kết chịu trách nhiệm/ }));

    // The upload is reached by keyboard; what the operating system's file dialog would hand it is given to it
    // directly (headless Chromium opens that dialog only now and then from a key press).
    const attach = form.getByRole('button', { name: /^Giấy đề nghị đăng ký hộ kinh doanh .* Chọn tệp$/ });
    await focusOn(attach);
    await attach.setInputFiles({ name: 'giay-de-nghi.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => form.getByText('giay-de-nghi.pdf').count()).toBeGreaterThan(0);

    const fees = page.getByRole('table', { name: 'Phí, lệ phí của hồ sơ' });
    await expect.poll(() => fees.getByRole('row', { name: /^Tổng cộng/ }).textContent()).toMatch(/100\.000\s₫/);
  });

  it('submits once, however often the button is pressed, and gets a code and the receipt slip with its QR', async () => {
    const page = citizenPage;
    const submit = page.getByRole('button', { name: 'Nộp hồ sơ' });
    await focusOn(submit);
    // A double press: the page files one dossier (the second press meets a busy form or the same idempotency key).
    await Promise.all([page.waitForURL('**/xac-nhan?code=*'), page.keyboard.press('Enter').then(() => page.keyboard.press('Enter'))]);
    dossierCode = new URL(page.url()).searchParams.get('code') ?? '';
    expect(dossierCode).toMatch(/^000\.31\.01\.H99-\d{6}-\d{4}$/);
    await expect.poll(() => page.getByText(dossierCode).count()).toBeGreaterThan(0);

    const slip = page.getByRole('region', { name: /Giấy tiếp nhận hồ sơ và hẹn trả kết quả/ });
    await expect.poll(() => slip.textContent()).toContain('Huỳnh Văn Tài');
    const slipText = (await slip.textContent()) ?? '';
    expect(slipText).toContain('Đăng ký thành lập hộ kinh doanh');
    expect(slipText).toContain('giay-de-nghi.pdf');
    expect(slipText).toMatch(/100\.000\s₫/);
    expect(slipText).toMatch(/\d{2}\/\d{2}\/\d{4}/); // the dates, dd/mm/yyyy
    expect(slipText).not.toContain('048088007215'); // the ID number only masked
    expect(await slip.locator('svg').count()).toBeGreaterThan(0); // the QR of the code

    // Printing shows the slip alone.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(false);
    expect(await slip.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const listed = await fetch(`${server.url}api/statistics`).then((response) => response.json() as Promise<{ totals: Totals }>);
    expect(listed.totals.received).toBe(totalsBefore.received + 1);
  });

  it('pays the fee by VietQR: the QR appears and the demo gateway confirms the payment', async () => {
    const page = citizenPage;
    const pay = page.getByRole('button', { name: /Thanh toán/ }).first();
    await focusOn(pay);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('img', { name: /VietQR/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/Đã thanh toán/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  it('the server restarts and the dossier is still there', async () => {
    await server.restart();
    const page = citizenPage;
    await page.goto(`${server.url}tra-cuu?code=${encodeURIComponent(dossierCode)}`);
    await expect.poll(() => page.getByText('Đã nộp, đang chờ tiếp nhận').count()).toBeGreaterThan(0);
  });

  it('an officer of the receiving agency signs in, accepts the dossier and asks for a supplement', async () => {
    const page = officerPage;
    await page.goto(`${server.url}can-bo`);
    await typeInto(page.getByRole('textbox', { name: 'Tên đăng nhập' }), 'mot-cua.anhoa');
    await typeInto(page.getByLabel('Mật khẩu'), 'demo-minhson');
    await page.getByRole('button', { name: 'Đăng nhập' }).press('Enter');
    const link = page.getByRole('link', { name: dossierCode });
    await focusOn(link);
    await page.keyboard.press('Enter');
    await act(page, page.getByRole('button', { name: 'Tiếp nhận' }), `Đã tiếp nhận hồ sơ ${dossierCode}.`);
    expect(await page.getByRole('definition').filter({ hasText: 'Đang xử lý' }).count()).toBeGreaterThan(0);

    const supplement = page.getByRole('form', { name: 'Yêu cầu bổ sung' });
    await typeInto(supplement.getByLabel('Lý do cần bổ sung'), 'Giấy đề nghị chưa có chữ ký của chủ hộ.');
    await typeInto(supplement.getByLabel(/Giấy tờ cần bổ sung|Tên giấy tờ/).first(), 'Giấy đề nghị đăng ký hộ kinh doanh có chữ ký');
    await act(page, supplement.getByRole('button', { name: 'Yêu cầu bổ sung' }), `Đã gửi yêu cầu bổ sung hồ sơ ${dossierCode}.`);
  });

  it("the citizen's tracker shows the supplement request and its reason", async () => {
    const page = citizenPage;
    await page.reload();
    await expect.poll(() => page.getByText('Giấy đề nghị chưa có chữ ký của chủ hộ.').count()).toBeGreaterThan(0);
  });

  it('the officer records the supplement, the result with its electronic file, and returns it', async () => {
    const page = officerPage;
    const received = page.getByRole('form', { name: 'Đã nhận bổ sung' }).getByRole('button', { name: 'Đã nhận bổ sung' });
    await act(page, received, `Đã ghi nhận hồ sơ ${dossierCode} được bổ sung.`);
    const result = page.getByRole('form', { name: 'Ghi nhận kết quả' });
    await choose(result.getByRole('radio', { name: 'Đồng ý (cấp kết quả)' }));
    await typeInto(result.getByRole('textbox', { name: /^Số văn bản/ }), '25/GCN-HKD');
    const resultFile = result.getByLabel(/^Tệp kết quả điện tử/);
    await focusOn(resultFile);
    await resultFile.setInputFiles({ name: 'giay-chung-nhan-hkd.pdf', mimeType: 'application/pdf', buffer: PDF });
    await act(page, result.getByRole('button', { name: 'Ghi nhận kết quả' }), `Đã ghi nhận kết quả hồ sơ ${dossierCode}.`);
    await act(page, page.getByRole('form', { name: 'Trả kết quả' }).getByRole('button', { name: 'Trả kết quả' }), `Đã trả kết quả hồ sơ ${dossierCode}.`);
    expect(await page.getByRole('definition').filter({ hasText: 'Đã trả kết quả' }).count()).toBeGreaterThan(0);
  });

  it('the tracker shows the result returned on time, with the electronic result to download', async () => {
    const page = citizenPage;
    await page.reload();
    await expect.poll(() => page.getByText('Đã trả kết quả').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/Trước hạn|Đúng hạn/).count()).toBeGreaterThan(0);
    const download = page.getByRole('link', { name: /giay-chung-nhan-hkd\.pdf|Tải/ }).first();
    const href = await download.getAttribute('href');
    const file = await fetch(new URL(href ?? '', server.url));
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('the statistics count the dossier: received online, finished on time', async () => {
    const after = await statisticsTotals();
    expect(after.received).toBe(totalsBefore.received + 1);
    expect(after.filedOnline).toBe(totalsBefore.filedOnline + 1);
    expect(after.finished).toBe(totalsBefore.finished + 1);
    expect(after.early + after.onTime).toBe(totalsBefore.early + totalsBefore.onTime + 1);
    expect(after.late).toBe(totalsBefore.late);

    const page = citizenPage;
    await page.goto(`${server.url}thong-ke`);
    await expect.poll(() => page.getByRole('table').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(String(after.received)).count()).toBeGreaterThan(0);
  });

  it('no page met a script error or a CSP refusal', () => {
    expect(pageProblems).toEqual([]);
  });
});
