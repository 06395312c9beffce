import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import 'jsqr/dist/jsQR.js'; // UMD build: defines window.jsQR
import type jsQRFunction from 'jsqr';
import { decodeVietQR } from '@dvc-kit/vn';
import { createMemoryDossierSource, type Dossier, type SecondFactor } from '@dvc-kit/dossier';
import { SAMPLE_DOSSIERS, SAMPLE_ID_NUMBER, SAMPLE_SECOND_FACTORS } from '@dvc-kit/dossier/samples';
import '../define/dvc-fee-widget.js';
import '../define/dvc-dossier-form.js';
import birth from '../../../../schemas/procedures/1.001193/schema.json';
import judicial from '../../../../schemas/procedures/3.000333/schema.json';
import business from '../../../../schemas/procedures/2.000720/schema.json';
import certificate from '../../../../schemas/procedures/1.012783/schema.json';
import gamePoint from '../../../../schemas/procedures/1.013792/schema.json';
import birthInPerson from '../../../../schemas/procedures/1.001193/examples/valid-in-person.json';
import type { DvcDossierForm } from '../dossier-form/dossier-form.js';
import type { DvcPaymentConfirmedEvent } from '../events/dvc-payment-confirmed.js';
import type { DvcFeeWidget } from './fee-widget.js';
import type { DossierPayment, PaymentSource, Payee } from './internal/payment.js';

const jsQR = (window as unknown as { jsQR: typeof jsQRFunction }).jsQR;
const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;

const PAYEE: Payee = { bankBin: '970436', accountNumber: '0011004567890', accountName: 'UBND PHUONG HOAN KIEM' };
const CODE = '000.00.01.H29-261205-0001';
const NBSP = '\u00a0';

// ------------------------------------------------------------------ helpers

function text(node: Element | null | undefined): string {
  // Collapses the template's whitespace, not the no-break space before ₫.
  return node?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';
}

function rows(el: DvcFeeWidget): string[][] {
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => text(cell)));
}

const part = (el: DvcFeeWidget, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

/** A source answering each call with the next payment of a script (the last one again once it runs out). */
function scriptedSource(...answers: (DossierPayment | Error)[]): PaymentSource & { calls: number } {
  const source = {
    calls: 0,
    payment: async () => {
      const answer = answers[Math.min(source.calls, answers.length - 1)]!;
      source.calls++;
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return source;
}

const payment = (status: DossierPayment['status'], extra: Partial<DossierPayment> = {}): DossierPayment => ({ status, amount: 24000, ...extra });

/** Draws the SVG on screen into a canvas and reads it with jsQR: the payload a banking app would get. */
async function scan(el: DvcFeeWidget): Promise<string> {
  const svg = el.shadowRoot!.querySelector('[part="qr"] svg')!;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]) * 6;
  copy.setAttribute('width', String(size));
  copy.setAttribute('height', String(size));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, size, size);
  const found = jsQR(context.getImageData(0, 0, size, size).data, size, size);
  if (!found) throw new Error('no QR code found in the drawing');
  return found.data;
}

async function axeViolations(el: Element): Promise<string[]> {
  const results = await axe.run(el);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// ------------------------------------------------------------------ tests

describe('<dvc-fee-widget>', () => {
  it('passes accessibility checks with the table, the QR code and the status', async () => {
    const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget
      .procedure=${birth}
      .data=${{ onTime: false, extractCopies: 2 }}
      .payee=${PAYEE}
      .source=${scriptedSource(payment('unpaid'))}
      dossier-code=${CODE}
      open
    ></dvc-fee-widget>`);
    await el.updateComplete;
    expect(part(el, 'qr')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  describe('the fee table', () => {
    it('itemises a fixed charge and a fee per copy with the total in VND and in words (1.001193)', async () => {
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget .procedure=${birth} .data=${{ onTime: false, extractCopies: 2 }}></dvc-fee-widget>`);
      const table = el.shadowRoot!.querySelector('table')!;
      expect(text(table.querySelector('caption'))).to.equal('Phí, lệ phí của hồ sơ');
      expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
      expect(rows(el)).to.deep.equal([
        ['Lệ phí Lệ phí đăng ký khai sinh', 'Căn cứ: Nghị quyết của Hội đồng nhân dân cấp tỉnh (mức thu minh họa)', `8.000${NBSP}₫`],
        ['Phí Phí cấp bản sao trích lục khai sinh', `2 bản × 8.000${NBSP}₫`, `16.000${NBSP}₫`],
      ]);
      expect(text(part(el, 'total'))).to.equal(`Tổng cộng 24.000${NBSP}₫`);
      expect(text(part(el, 'total-in-words'))).to.equal('Bằng chữ Hai mươi bốn nghìn đồng');
      expect(el.total).to.equal(24000);
    });

    it('shows an exemption under its fee, with its reason', async () => {
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget .procedure=${birth} .data=${birthInPerson}></dvc-fee-widget>`);
      expect(rows(el)[1]).to.deep.equal(['Miễn Miễn lệ phí đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh)', '', `-8.000${NBSP}₫`]);
      expect(el.total).to.equal(16000);
    });

    it('shows a 50 % reduction, and says when everything is exempt (3.000333)', async () => {
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget .procedure=${judicial} .data=${{ applicantCategory: 'MERIT' }}></dvc-fee-widget>`);
      expect(rows(el).map((row) => row[2])).to.deep.equal([`200.000${NBSP}₫`, `-100.000${NBSP}₫`]);
      expect(text(part(el, 'total-in-words'))).to.equal('Bằng chữ Một trăm nghìn đồng');
      el.data = { applicantCategory: 'ELDERLY' };
      await el.updateComplete;
      expect(el.total).to.equal(0);
      expect(text(el.shadowRoot!.querySelector('[part="note"]'))).to.equal('Hồ sơ được miễn toàn bộ phí, lệ phí: không phải nộp.');
    });

    it('says a procedure without fees is free (1.013792)', async () => {
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget .procedure=${gamePoint} .payee=${PAYEE} dossier-code=${CODE}></dvc-fee-widget>`);
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      expect(text(part(el, 'note'))).to.equal('Thủ tục này không thu phí, lệ phí.');
      expect(el.matches(':state(free)')).to.be.true;
      expect(part(el, 'pay-button')).to.equal(null);
    });

    it('adds postage when the result comes back by post (2.000720)', async () => {
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget
        .procedure=${business}
        .data=${{ delivery: { returnChannel: 'POST' } }}
        postage="25000"
      ></dvc-fee-widget>`);
      expect(rows(el).map((row) => row[0])).to.deep.equal(['Lệ phí Lệ phí đăng ký hộ kinh doanh', 'Cước bưu chính Cước dịch vụ bưu chính công ích (trả kết quả)']);
      expect(el.total).to.equal(125000);
    });

    it('marks the total provisional while the number of copies is empty, and offers no QR code', async () => {
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget .procedure=${birth} .data=${{ onTime: false }} .payee=${PAYEE} dossier-code=${CODE}></dvc-fee-widget>`);
      expect(rows(el)[1]![1]).to.equal('chưa nhập số bản, tạm tính 0 ₫');
      expect(text(part(el, 'note'))).to.match(/^Tạm tính/);
      expect(el.matches(':state(provisional)')).to.be.true;
      expect(part(el, 'pay-button')).to.equal(null);
    });

    it('says in words when the data cannot be counted, and keeps it as entered', async () => {
      const data = { onTime: false, extractCopies: 'hai' };
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget .procedure=${birth} .data=${data}></dvc-fee-widget>`);
      const problem = part(el, 'problem')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(text(problem)).to.equal('Không tính được phí, lệ phí: dữ liệu đã nhập hoặc cấu hình thủ tục chưa đúng (/extractCopies).');
      expect(el.matches(':state(broken)')).to.be.true;
      expect(data.extractCopies).to.equal('hai');
    });

    it('speaks English', async () => {
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget lang="en" .procedure=${birth} .data=${{ onTime: false, extractCopies: 1 }}></dvc-fee-widget>`);
      expect(text(el.shadowRoot!.querySelector('caption'))).to.equal('Fees and charges for this dossier');
      expect(rows(el)[1]).to.deep.equal(['Fee Fee for copies of the birth extract', `1 copy × 8.000${NBSP}₫`, `8.000${NBSP}₫`]);
    });
  });

  describe('wired to a <dvc-dossier-form>', () => {
    it("counts from the form's schema and data, and follows the citizen's changes", async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <dvc-dossier-form id="birth-form" .schema=${birth} .data=${{ ...birthInPerson, extractCopies: 1 }}></dvc-dossier-form>
        <dvc-fee-widget for="birth-form"></dvc-fee-widget>
      </div>`);
      const form = wrapper.querySelector<DvcDossierForm>('dvc-dossier-form')!;
      const el = wrapper.querySelector<DvcFeeWidget>('dvc-fee-widget')!;
      await form.updateComplete;
      await el.updateComplete;
      expect(el.total).to.equal(8000);
      const label = [...form.shadowRoot!.querySelectorAll('label')].find((l) => text(l).startsWith('Số bản sao trích lục khai sinh'))!;
      const input = form.shadowRoot!.getElementById(label.htmlFor) as HTMLInputElement;
      input.focus();
      input.select();
      await sendKeys({ type: '3' });
      await el.updateComplete;
      expect(el.total).to.equal(24000);
      expect(rows(el)[2]![1]).to.equal(`3 bản × 8.000${NBSP}₫`);
    });
  });

  describe('wired to a <dvc-dossier-form> that loads its schema by URL', () => {
    it('fetches the same schema and counts from the form\'s data', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <dvc-dossier-form id="judicial-form" schema-src="/schemas/procedures/3.000333/schema.json" .data=${{ applicantCategory: 'STUDENT' }}></dvc-dossier-form>
        <dvc-fee-widget for="judicial-form"></dvc-fee-widget>
      </div>`);
      const form = wrapper.querySelector<DvcDossierForm>('dvc-dossier-form')!;
      const el = wrapper.querySelector<DvcFeeWidget>('dvc-fee-widget')!;
      await form.updateComplete;
      await waitUntil(() => el.total !== undefined, 'the widget counted the fees');
      expect(el.total).to.equal(100000);
      expect(rows(el)[1]![0]).to.match(/^Giảm 50% Giảm 50%: học sinh, sinh viên/);
    });
  });

  describe('the VietQR code', () => {
    it('opens on the pay button, fires dvc-payment-started, and scans back to the amount and the dossier code', async () => {
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget .procedure=${birth} .data=${{ onTime: false, extractCopies: 2 }} .payee=${PAYEE} dossier-code=${CODE}></dvc-fee-widget>`);
      const button = part(el, 'pay-button') as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      setTimeout(() => button.click());
      const started = await oneEvent(el, 'dvc-payment-started');
      expect(started.detail).to.deep.equal({ dossierCode: CODE, amount: 24000, purpose: CODE });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.matches(':state(open)')).to.be.true;
      const qr = decodeVietQR(await scan(el));
      expect(qr).to.include({ bankBin: '970436', accountNumber: '0011004567890', amount: 24000, purpose: CODE, dynamic: true });
      // The same as text, for those who cannot scan; and as the image's text alternative.
      expect(text(part(el, 'transfer'))).to.equal(
        `Ngân hàng Vietcombank Số tài khoản 0011004567890 Chủ tài khoản UBND PHUONG HOAN KIEM Số tiền 24.000${NBSP}₫ Nội dung chuyển khoản ${CODE}`,
      );
      expect(el.shadowRoot!.querySelector('[part="qr"] svg')!.getAttribute('aria-label')).to.equal(
        `Mã VietQR: chuyển 24.000${NBSP}₫ vào tài khoản 0011004567890, Vietcombank, nội dung ${CODE}`,
      );
    });

    it('says when the QR code cannot be drawn, keeps the details as text, and tries again when reopened', async () => {
      const Widget = customElements.get('dvc-fee-widget') as unknown as typeof DvcFeeWidget;
      const load = Widget.loadQr;
      let loads = 0;
      Widget.loadQr = () => (++loads === 1 ? Promise.reject(new Error('offline')) : load());
      try {
        const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget .procedure=${business} .payee=${PAYEE} dossier-code=${CODE}></dvc-fee-widget>`);
        const button = part(el, 'pay-button') as HTMLButtonElement;
        button.click();
        await el.updateComplete;
        expect(text(part(el, 'problem'))).to.equal('Không tạo được mã QR. Vui lòng chuyển khoản theo thông tin dưới đây.');
        expect(text(part(el, 'transfer'))).to.contain(`Số tiền 100.000${NBSP}₫`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(loads, 'no retry by itself').to.equal(1);
        button.click();
        button.click();
        await el.updateComplete;
        expect(decodeVietQR(await scan(el)).amount).to.equal(100000);
      } finally {
        Widget.loadQr = load;
      }
    });

    it('draws the new total after the data changes', async () => {
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget .procedure=${judicial} .data=${{}} .payee=${PAYEE} dossier-code="03706/2026/07906" open></dvc-fee-widget>`);
      expect(decodeVietQR(await scan(el))).to.include({ amount: 200000, purpose: 'HS 03706/2026/07906' });
      el.data = { applicantCategory: 'STUDENT' };
      await el.updateComplete;
      expect(decodeVietQR(await scan(el))).to.include({ amount: 100000 });
    });

    it('refuses a dossier code that does not fit the transfer purpose instead of cutting it', async () => {
      const code = 'SO-TU-PHAP-HA-NOI-2026-000001';
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget .procedure=${business} .payee=${PAYEE} dossier-code=${code}></dvc-fee-widget>`);
      expect(part(el, 'pay-button')).to.equal(null);
      expect(text(part(el, 'problem'))).to.contain(`Mã hồ sơ ${code} dài hơn 25 ký tự`);
    });

    it('says why there is no QR code for a wrong account, and before the dossier has a code', async () => {
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget .procedure=${business} .payee=${{ bankBin: '97043', accountNumber: '1' }} dossier-code=${CODE}></dvc-fee-widget>`);
      expect(text(part(el, 'problem'))).to.match(/^Thông tin tài khoản nhận tiền của trang chưa đúng/);
      el.dossierCode = '';
      el.payee = PAYEE;
      await el.updateComplete;
      expect(text(part(el, 'note'))).to.equal('Mã VietQR để thanh toán có sau khi hồ sơ được nộp và có mã hồ sơ.');
    });
  });

  describe('the payment status', () => {
    const { paymentRequired, late, inProcess } = SAMPLE_DOSSIERS;
    const FACTOR: SecondFactor = { kind: 'id-number', value: SAMPLE_ID_NUMBER };
    const memory = (...dossiers: Dossier[]) => createMemoryDossierSource(dossiers, { secondFactors: SAMPLE_SECOND_FACTORS });
    const withPayment = (dossier: Dossier, change: Partial<DossierPayment>): Dossier => ({
      ...dossier,
      fees: { ...dossier.fees!, payment: { ...dossier.fees!.payment, ...change } },
    });
    const statusText = (el: DvcFeeWidget) => text(part(el, 'status')?.querySelector('[role="status"]'));
    /** A sample dossier's widget: its procedure with no data (fixed fees), asked with the applicant's ID number. */
    const sampleWidget = (dossier: Dossier, procedure: unknown, source: PaymentSource, pollInterval = 5000) =>
      fixture<DvcFeeWidget>(html`<dvc-fee-widget
        .procedure=${procedure}
        .data=${{}}
        .source=${source}
        .secondFactor=${FACTOR}
        dossier-code=${dossier.code}
        poll-interval=${pollInterval}
      ></dvc-fee-widget>`);

    const widget = (source: PaymentSource, pollInterval = 5000) =>
      fixture<DvcFeeWidget>(html`<dvc-fee-widget
        .procedure=${birth}
        .data=${{ onTime: false, extractCopies: 2 }}
        .payee=${PAYEE}
        .source=${source}
        dossier-code=${CODE}
        poll-interval=${pollInterval}
      ></dvc-fee-widget>`);

    it('shows an unpaid dossier and a QR code to the account and with the purpose the source gives (in-memory source)', async () => {
      const source = memory(paymentRequired);
      const el = await sampleWidget(paymentRequired, business, source);
      expect(statusText(el)).to.equal('Trạng thái thanh toán: Chưa thanh toán.');
      expect(el.matches(':state(unpaid)')).to.be.true;
      (part(el, 'pay-button') as HTMLButtonElement).click();
      await el.updateComplete;
      const payee = paymentRequired.fees!.payment.payee!;
      expect(decodeVietQR(await scan(el))).to.include({ bankBin: payee.bankBin, accountNumber: payee.accountNumber, amount: 100000, purpose: payee.purpose });
    });

    it('asks for the amount of the source\'s bill when it differs from the total counted here, and says so', async () => {
      const billed = withPayment(paymentRequired, { amount: 125000 });
      const el = await sampleWidget(billed, business, memory(billed));
      expect(el.total).to.equal(100000);
      expect(text(part(el, 'note'))).to.equal(`Cơ quan giải quyết yêu cầu nộp 125.000${NBSP}₫: mã VietQR dùng số tiền này.`);
      (part(el, 'pay-button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(decodeVietQR(await scan(el)).amount).to.equal(125000);
    });

    it('shows a paid dossier with its time and without a pay button, and fires nothing for it', async () => {
      let confirmed = 0;
      const count = () => confirmed++;
      document.addEventListener('dvc-payment-confirmed', count);
      const paid = withPayment(paymentRequired, { status: 'paid', paidAmount: 100000, paidAt: '2026-03-04T09:30:00+07:00' });
      const el = await sampleWidget(paid, business, memory(paid));
      document.removeEventListener('dvc-payment-confirmed', count);
      expect(statusText(el)).to.equal('Trạng thái thanh toán: Đã thanh toán. Xác nhận lúc 04/03/2026 09:30.');
      expect(el.matches(':state(paid)')).to.be.true;
      expect(part(el, 'pay-button')).to.equal(null);
      expect(confirmed).to.equal(0);
    });

    it('shows a failed payment with the pay button still there', async () => {
      const el = await sampleWidget(late, business, memory(late));
      expect(statusText(el)).to.equal('Trạng thái thanh toán: Thanh toán không thành công. Tiền chưa được ghi nhận. Vui lòng thanh toán lại.');
      expect(el.matches(':state(failed)')).to.be.true;
      expect(part(el, 'pay-button')).to.exist;
    });

    it('starts a new attempt with one press of the pay button after the source reports a failed payment', async () => {
      const source = scriptedSource(payment('unpaid'), payment('pending'), payment('failed'), payment('pending'));
      const el = await widget(source, 20);
      let started = 0;
      el.addEventListener('dvc-payment-started', () => started++);
      const button = part(el, 'pay-button') as HTMLButtonElement;
      button.click();
      await el.updateComplete;
      expect(started).to.equal(1);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      // The page starts the payment and asks again; the source says pending, then failed.
      el.refreshPayment();
      await waitUntil(() => el.matches(':state(failed)'), 'the failed payment', { timeout: 2000 });
      await el.updateComplete;
      expect(statusText(el)).to.equal('Trạng thái thanh toán: Thanh toán không thành công. Tiền chưa được ghi nhận. Vui lòng thanh toán lại.');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.matches(':state(open)')).to.be.false;
      // One press: the details again and a new attempt.
      button.click();
      await el.updateComplete;
      expect(started).to.equal(2);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(decodeVietQR(await scan(el))).to.include({ amount: 24000, purpose: CODE });
      // The next attempt's pending status leaves the panel open.
      el.refreshPayment();
      await waitUntil(() => el.matches(':state(pending)'), 'the new attempt pending', { timeout: 2000 });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });

    it('checks a pending payment again by itself and fires dvc-payment-confirmed once it is paid', async () => {
      const source = memory(inProcess);
      const el = await sampleWidget(inProcess, certificate, source, 20);
      expect(statusText(el)).to.equal('Trạng thái thanh toán: Đang chờ xác nhận thanh toán. Trạng thái được cập nhật tự động.');
      expect(el.matches(':state(pending)')).to.be.true;
      source.set(withPayment(inProcess, { status: 'paid', paidAmount: 50000, paidAt: '2026-03-04T10:05:00+07:00' }));
      const confirmed = (await oneEvent(el, 'dvc-payment-confirmed')) as DvcPaymentConfirmedEvent;
      expect(confirmed.detail).to.deep.equal({ dossierCode: inProcess.code, amount: 50000, paidAt: '2026-03-04T10:05:00+07:00', reference: 'PAYGOV-260304-88121' });
      await el.updateComplete;
      expect(el.matches(':state(paid)')).to.be.true;
    });

    it('goes on checking a pending payment after a failure a retry can mend', async () => {
      let calls = 0;
      const source = createMemoryDossierSource([inProcess], { failWith: () => (++calls === 2 ? 'server' : undefined) });
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget
        .procedure=${certificate}
        .source=${source}
        dossier-code=${inProcess.code}
        poll-interval="100"
      ></dvc-fee-widget>`);
      await waitUntil(() => statusText(el).endsWith('Không kiểm tra được trạng thái thanh toán.'), 'the second check failed', { timeout: 2000 });
      // The last status known, and that the last check failed.
      expect([...part(el, 'status')!.querySelectorAll('[role="status"] p')].map((p) => text(p))).to.deep.equal([
        'Trạng thái thanh toán: Đang chờ xác nhận thanh toán. Trạng thái được cập nhật tự động.',
        'Không kiểm tra được trạng thái thanh toán.',
      ]);
      source.set(withPayment(inProcess, { status: 'paid', paidAmount: 50000 }));
      await oneEvent(el, 'dvc-payment-confirmed');
      await el.updateComplete;
      expect(statusText(el)).to.equal('Trạng thái thanh toán: Đã thanh toán.');
    });

    it('says it is checking while the source answers', async () => {
      // Not a fixture: it would wait for the answer (updateComplete waits for the check).
      const el = document.createElement('dvc-fee-widget');
      el.procedure = business;
      el.source = createMemoryDossierSource([paymentRequired], { delayMs: 300 });
      el.dossierCode = paymentRequired.code;
      document.body.append(el);
      try {
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(statusText(el)).to.equal('Đang kiểm tra trạng thái thanh toán…');
        expect(el.matches(':state(loading)')).to.be.true;
        expect(part(el, 'refresh-button')!.getAttribute('aria-disabled')).to.equal('true');
        await el.updateComplete;
        expect(statusText(el)).to.equal('Trạng thái thanh toán: Chưa thanh toán.');
      } finally {
        el.remove();
      }
    });

    it('says when the status cannot be checked, and tries again on the button', async () => {
      let calls = 0;
      const source = createMemoryDossierSource([paymentRequired], { failWith: () => (calls++ === 0 ? 'network' : undefined) });
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget .procedure=${business} .source=${source} dossier-code=${paymentRequired.code}></dvc-fee-widget>`);
      expect(text(part(el, 'status'))).to.equal('Không kiểm tra được trạng thái thanh toán. Thử lại');
      (part(el, 'refresh-button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(text(part(el, 'status'))).to.equal('Trạng thái thanh toán: Chưa thanh toán. Cập nhật trạng thái');
      expect(el.matches(':state(unpaid)')).to.be.true;
    });

    it('says when the second factor does not match or the dossier is unknown, with no button to try again', async () => {
      const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget
        .procedure=${business}
        .source=${memory(paymentRequired)}
        .secondFactor=${{ kind: 'phone', value: '0900000000' }}
        dossier-code=${paymentRequired.code}
      ></dvc-fee-widget>`);
      expect(text(part(el, 'status'))).to.equal('Số định danh hoặc số điện thoại không khớp với hồ sơ nên không xem được trạng thái thanh toán.');
      expect(part(el, 'refresh-button')).to.equal(null);
      el.dossierCode = '000.00.12.H29-260302-9999';
      await el.updateComplete;
      expect(text(part(el, 'status'))).to.equal('Không tìm thấy thông tin thanh toán của hồ sơ này.');
    });

    it('does not check while the tab is hidden, and checks as soon as it is back', async () => {
      const source = scriptedSource(payment('pending'), payment('paid'));
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      let el: DvcFeeWidget;
      try {
        el = await widget(source, 20);
        await new Promise((resolve) => setTimeout(resolve, 80));
        expect(source.calls).to.equal(1);
      } finally {
        delete (document as unknown as { visibilityState?: string }).visibilityState;
      }
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => source.calls === 2);
      await el.updateComplete;
      expect(el.matches(':state(paid)')).to.be.true;
    });

    it('stops checking once removed from the page', async () => {
      const source = scriptedSource(payment('pending'));
      const el = await widget(source, 20);
      el.remove();
      const calls = source.calls;
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(source.calls).to.equal(calls);
    });
  });
});
