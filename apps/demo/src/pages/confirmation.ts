// The confirmation page (/xac-nhan?code=…): the dossier code, the receipt and appointment slip (Mẫu 01) with a QR of
// the code, printable, and the fee widget to pay by VietQR when a fee is due.
import type { DossierSource } from '@dvc-kit/dossier/types';
import { formatVND } from '@dvc-kit/vn/money';
import { create, required } from '../layout/dom.js';
import { storageOf, type Lang } from '../layout/language.js';
import { mountLayout } from '../layout/layout.js';
import { forgetIdempotencyKey, idempotencyKeyFor } from '../submission/idempotency.js';
import { startPayment } from '../submission/payment.js';
import {
  billAsProcedure,
  fileSizeText,
  keptReceipt,
  keptReceiptToken,
  keepReceipt,
  readReceiptAnswer,
  vietnamDate,
  vietnamDateTime,
  type Receipt,
} from '../submission/receipt.js';
import { CENTRE_PAYEE } from '../site.js';
import { CONFIRMATION_TEXT, type ConfirmationText } from './confirmation-text.js';
import { qrSvg } from './qr-svg.js';

const layout = mountLayout('confirmation');
const session = storageOf('sessionStorage');
const page = required<HTMLElement>('#confirmation');
const code = new URLSearchParams(location.search).get('code')?.trim() ?? '';

let receipt: Receipt | null = null;
let receiptToken: string | null = null;
let state: 'loading' | 'ready' | 'not-kept' | 'fetch-failed' | 'no-code' = code ? 'loading' : 'no-code';
/** The fee widget survives a language switch (it follows `<html lang>`), so its payment state stays. */
let feeWidget: HTMLElementTagNameMap['dvc-fee-widget'] | null = null;
const copyStatus = create('p', { className: 'status-line no-print' });
copyStatus.setAttribute('role', 'status');
const payStatus = create('p', { className: 'status-line' });
payStatus.setAttribute('role', 'status');

const vi = (text: string) => ({ text, lang: 'vi' as const });

function row(label: string, ...values: (string | Node)[]): HTMLDivElement {
  const div = create('div');
  const dd = create('dd');
  dd.append(...values);
  div.append(create('dt', { text: label }), dd);
  return div;
}

/** A table named by the heading before it (`labelledBy`), so it is not announced twice. */
function table(labelledBy: string, head: string[], rows: (string | Node)[][], numeric: number[] = []): HTMLTableElement {
  const element = create('table');
  element.setAttribute('aria-labelledby', labelledBy);
  const thead = create('thead');
  const headRow = create('tr');
  head.forEach((cell, index) => {
    const th = create('th', { text: cell, className: numeric.includes(index) ? 'number' : '' });
    th.scope = 'col';
    headRow.append(th);
  });
  thead.append(headRow);
  const tbody = create('tbody');
  for (const cells of rows) {
    const tr = create('tr');
    cells.forEach((cell, index) => {
      const td = create('td', { className: numeric.includes(index) ? 'number' : '' });
      td.append(cell);
      tr.append(td);
    });
    tbody.append(tr);
  }
  element.append(thead, tbody);
  return element;
}

/** Mẫu 01: the slip, from the receipt the server wrote. Server text goes in as text only. */
function slip(r: Receipt, text: ConfirmationText, lang: Lang): HTMLElement {
  const section = create('section', { className: 'slip' });
  section.setAttribute('aria-labelledby', 'slip-title');
  const head = create('div', { className: 'slip-head' });
  const left = create('div');
  left.append(create('p', { className: 'strong', text: vi(text.slipCentre), lang }), create('p', { text: vi(r.agency.name), lang }));
  const right = create('div');
  right.append(create('p', { className: 'strong', text: vi(text.nation), lang }), create('p', { text: vi(text.motto), lang }));
  head.append(left, right);
  const title = create('h2', { className: 'slip-title', text: vi(text.slipHeading), lang });
  title.id = 'slip-title';
  const formNo = create('p', { className: 'slip-form-no' });
  formNo.append(create('span', { text: vi(text.slipForm), lang }), ` · ${text.codeLabel}: `, create('strong', { text: r.code }));

  const facts = create('dl');
  const name = create('span', { text: vi(r.procedure.name), lang });
  facts.append(
    row(text.agency, create('span', { text: vi(r.agency.name), lang })),
    row(text.procedure, name, ` (${r.procedure.code})`),
    row(text.applicant, create('span', { text: vi(r.applicant.name), lang })),
  );
  if (r.applicant.idNumberMasked) facts.append(row(text.idNumber, r.applicant.idNumberMasked));
  if (r.applicant.phoneMasked) facts.append(row(text.phone, r.applicant.phoneMasked));
  facts.append(row(text.submittedAt, vietnamDateTime(r.submittedAt)));
  if (r.expectedDueAt) {
    const note = create('span', { className: 'slip-note', text: ` ${text.dueNote}` });
    facts.append(row(text.expectedDueAt, create('strong', { text: vietnamDate(r.expectedDueAt) }), note));
  }
  const place = r.delivery.method === 'IN_PERSON' ? r.delivery.place.name : '';
  const delivery = row(text.delivery, text.deliveryMethod(r.delivery.method));
  if (place) delivery.querySelector('dd')!.append(': ', create('span', { text: vi(place), lang }));
  facts.append(delivery);
  facts.append(row(text.fees, r.fees.total > 0 ? formatVND(r.fees.total) : text.free));

  const qr = create('figure', { className: 'slip-qr' });
  qr.append(qrSvg(r.code, text.qrLabel(r.code)), create('figcaption', { text: text.qrCaption }));
  const body = create('div', { className: 'slip-body' });
  body.append(facts, qr);

  const files = r.components.flatMap((component) =>
    component.files.length === 0
      ? [[create('span', { text: vi(component.name), lang }), text.noFiles, '', '']]
      : component.files.map((file) => [
          create('span', { text: vi(component.name), lang }),
          create('span', { text: vi(file.fileName), lang }),
          fileSizeText(file.size, lang),
          create('code', { text: typeof file.sha256 === 'string' ? file.sha256.slice(0, 16) : '' }),
        ]),
  );
  section.append(head, title, formNo, body);
  if (files.length > 0) {
    const heading = create('h3', { text: text.components });
    heading.id = 'slip-components';
    section.append(heading, table(heading.id, [text.componentName, text.fileName, text.fileSize, text.fileHash], files, [2]));
  }
  if (r.fees.lines.length > 0) {
    const rows: (string | Node)[][] = r.fees.lines.map((line) => [create('span', { text: vi(line.name), lang }), formatVND(line.amount)]);
    rows.push([create('strong', { text: text.feeTotal }), create('strong', { text: formatVND(r.fees.total) })]);
    const heading = create('h3', { text: text.fees });
    heading.id = 'slip-fees';
    section.append(heading, table(heading.id, [text.feeItem, text.feeAmount], rows, [1]));
  }
  const sign = create('div', { className: 'slip-sign' });
  const applicant = create('div');
  applicant.append(create('p', { className: 'strong', text: text.signApplicant }), create('p', { className: 'slip-note', text: text.signNote }));
  const officer = create('div');
  officer.append(create('p', { className: 'strong', text: text.signOfficer }), create('p', { className: 'slip-note', text: text.signNote }));
  sign.append(applicant, officer);
  section.append(sign);
  return section;
}

function paySection(r: Receipt, text: ConfirmationText): HTMLElement | null {
  if (!(r.fees.total > 0)) return null;
  const section = create('section', { className: 'no-print' });
  section.setAttribute('aria-labelledby', 'pay-heading');
  const heading = create('h2', { text: text.payHeading });
  heading.id = 'pay-heading';
  if (!feeWidget) {
    feeWidget = document.createElement('dvc-fee-widget');
    feeWidget.procedure = billAsProcedure(r);
    feeWidget.data = {};
    feeWidget.payee = r.payee ?? CENTRE_PAYEE;
    feeWidget.setAttribute('dossier-code', r.code);
    // The payment status is read with the receipt token the tab kept: no second factor to ask for.
    if (paymentSource) feeWidget.source = paymentSource;
    // The demo gateway settles a payment in seconds: check often while it is pending.
    feeWidget.setAttribute('poll-interval', '2000');
    feeWidget.addEventListener('dvc-payment-started', () => void onPaymentStarted(r.code));
    feeWidget.addEventListener('dvc-payment-confirmed', () => {
      payStatus.textContent = CONFIRMATION_TEXT[layout.lang].paid;
    });
  }
  section.append(heading, create('p', { text: text.payIntro }), feeWidget, payStatus);
  return section;
}

/** The dossier API with the receipt token, loaded with the fee widget (only when a fee is due). */
let paymentSource: DossierSource | undefined;

let paying = false;
async function onPaymentStarted(dossierCode: string): Promise<void> {
  if (paying || !feeWidget) return;
  paying = true;
  const scope = `payment:${dossierCode}`;
  // After a failed payment the next attempt is a new one: a new key.
  if (widgetState(feeWidget, 'failed')) forgetIdempotencyKey(session, scope);
  const key = idempotencyKeyFor(session, scope, 'attempt');
  payStatus.textContent = CONFIRMATION_TEXT[layout.lang].payStarting;
  const started = await startPayment(dossierCode, { key, ...(receiptToken ? { receiptToken } : {}) });
  paying = false;
  payStatus.textContent = started.ok ? '' : CONFIRMATION_TEXT[layout.lang].payStartFailed;
  if (started.ok) feeWidget.refreshPayment();
  else if (!started.retryable) forgetIdempotencyKey(session, scope);
}

function widgetState(element: Element, name: string): boolean {
  try {
    return element.matches(`:state(${name})`);
  } catch {
    return false;
  }
}

function render(lang: Lang): void {
  const text = CONFIRMATION_TEXT[lang];
  layout.setTitle(code ? `${text.title}: ${code}` : text.title);
  const h1 = create('h1', { text: text.title });
  h1.tabIndex = -1;
  if (state === 'no-code') {
    const back = create('a', { text: LAYOUT_HOME[lang] });
    back.href = '/';
    const line = create('p', { text: text.missingCode });
    line.append(' ', back);
    page.replaceChildren(h1, line);
    return;
  }
  const codeBox = create('p', { className: 'dossier-code' });
  const label = create('span', { text: `${text.codeLabel}:` });
  label.id = 'code-label';
  const output = create('output', { text: code });
  output.setAttribute('aria-labelledby', 'code-label');
  codeBox.append(label, output);
  const actions = create('div', { className: 'actions no-print' });
  const copy = create('button', { className: 'button button--secondary', text: text.copy });
  copy.type = 'button';
  copy.addEventListener('click', () => void copyCode());
  const track = create('a', { className: 'button button--secondary', text: text.track });
  track.href = `/tra-cuu?code=${encodeURIComponent(code)}`;
  actions.append(copy);
  const content: Node[] = [h1, codeBox];
  if (state === 'ready' && receipt) {
    const print = create('button', { className: 'button', text: text.print });
    print.type = 'button';
    print.addEventListener('click', () => window.print());
    actions.prepend(print);
    actions.append(track);
    content.push(create('p', { className: 'no-print', text: text.intro }), actions, copyStatus, slip(receipt, text, lang));
    const pay = paySection(receipt, text);
    if (pay) content.push(pay);
  } else {
    const message = create('p', { text: state === 'loading' ? text.loading : state === 'fetch-failed' ? text.fetchFailed : text.notKept });
    message.setAttribute('role', state === 'loading' ? 'status' : 'alert');
    actions.append(track);
    content.push(message, actions, copyStatus);
  }
  page.replaceChildren(...content);
}

const LAYOUT_HOME: Record<Lang, string> = { vi: 'Về trang chủ', en: 'Back to the start page' };

async function copyCode(): Promise<void> {
  const text = CONFIRMATION_TEXT[layout.lang];
  try {
    await navigator.clipboard.writeText(code);
    copyStatus.textContent = text.copied;
  } catch {
    // No clipboard (permissions, an insecure context): select the code so the citizen can copy it.
    const output = page.querySelector('output');
    if (output) getSelection()?.selectAllChildren(output);
    copyStatus.textContent = text.copyFailed;
  }
}

async function loadReceipt(): Promise<void> {
  if (!code) return;
  const kept = keptReceipt(session, code);
  if (kept) {
    ({ receipt, receiptToken } = kept);
    state = 'ready';
    return;
  }
  receiptToken = keptReceiptToken(session, code);
  if (!receiptToken) {
    state = 'not-kept';
    return;
  }
  try {
    const response = await fetch(`/api/dossiers/${encodeURIComponent(code)}/receipt?token=${encodeURIComponent(receiptToken)}`, {
      headers: { accept: 'application/json' },
    });
    receipt = response.ok ? readReceiptAnswer(await response.json(), code) : null;
  } catch (error) {
    console.error(error);
  }
  state = receipt ? 'ready' : 'fetch-failed';
  if (receipt && receiptToken) keepReceipt(session, { receipt, receiptToken });
}

async function start(): Promise<void> {
  await loadReceipt();
  // The widget's code loads only when a fee is due.
  if (state === 'ready' && receipt && receipt.fees.total > 0) {
    const [{ citizenSource }] = await Promise.all([import('./citizen-source.js'), import('@dvc-kit/elements/define/dvc-fee-widget.js')]);
    paymentSource = citizenSource({ tokenFor: (asked) => (asked === code ? receiptToken : null), secondFactors: [] });
  }
  render(layout.lang);
}

layout.onLanguageChange((lang) => render(lang));
void start();
