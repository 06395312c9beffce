import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { computeFees } from '@dvc-kit/procedure';
import { createMemoryDossierSource } from '@dvc-kit/dossier';
import { SAMPLE_DOSSIERS } from '@dvc-kit/dossier/samples';

import '../define/dvc-fee-widget.js';
import '../define/dvc-dossier-form.js';
import birth from '../../../../schemas/procedures/1.001193/schema.json';
import birthInPerson from '../../../../schemas/procedures/1.001193/examples/valid-in-person.json';
import certificate from '../../../../schemas/procedures/1.012783/schema.json';
import gamePoint from '../../../../schemas/procedures/1.013792/schema.json';
import business from '../../../../schemas/procedures/2.000720/schema.json';
import judicial from '../../../../schemas/procedures/3.000333/schema.json';
import type { DossierPayment, Payee, PaymentSource, PaymentStatus } from './internal/payment.js';

/**
 * What a story sets on `<dvc-fee-widget>`. `payment` is what the story's source answers (a status, or `error` for a
 * source that cannot be reached); absent: no source, no status.
 */
export interface FeeWidgetArgs {
  procedure: unknown;
  data?: unknown;
  dossierCode?: string;
  payee?: Payee;
  payment?: PaymentStatus | 'error';
  paidAt?: string;
  postage?: number;
  open: boolean;
  lang: 'vi' | 'en';
}

type Story = StoryObj<FeeWidgetArgs>;

/** The account of a commune's People's Committee at Vietcombank (the bank BIN is real, the account is not). */
const PAYEE: Payee = { bankBin: '970436', accountNumber: '0011004567890', accountName: 'UBND PHUONG HOAN KIEM' };

/** A national dossier code: agency electronic ID, date, sequence; 25 characters. */
const CODE = '000.00.01.H29-261205-0001';

/** A certified copy (chứng thực bản sao): per page through two tiers, capped (domain brief §5). No real procedure here has one. */
const CERTIFIED_COPY = {
  code: '2.000815',
  fees: [
    {
      key: 'certifiedCopy',
      kind: 'LE_PHI',
      name: { vi: 'Lệ phí chứng thực bản sao từ bản chính', en: 'Charge for certifying a copy' },
      amount: { unit: 'PAGE', quantityField: '/pages', tiers: [{ upTo: 2, price: 2000 }, { price: 1000 }], max: 200000 },
      legalBasis: '226/2016/TT-BTC',
    },
  ],
};

/** A percentage of a declared value with a floor (lệ phí trước bạ-like; domain brief §5). */
const REGISTRATION_CHARGE = {
  code: '1.000000',
  fees: [
    {
      key: 'registration',
      kind: 'LE_PHI',
      name: { vi: 'Lệ phí trước bạ', en: 'Registration charge' },
      amount: { percent: 0.5, baseField: '/value', min: 100000 },
    },
    {
      key: 'service',
      kind: 'SERVICE_PRICE',
      name: { vi: 'Giá dịch vụ đo đạc, lập bản đồ', en: 'Surveying service price' },
      amount: { fixed: 1200000 },
    },
  ],
};

/**
 * The in-memory source of `@dvc-kit/dossier` holding the story's dossier: a sample (a business registration waiting
 * for its fee) with the story's code and a payment of the amount the widget counts, so the QR and the bill agree.
 */
function storySource(args: FeeWidgetArgs): PaymentSource | undefined {
  const status = args.payment;
  if (!status || !args.dossierCode) return undefined;
  if (status === 'error') return createMemoryDossierSource([], { failWith: 'network' });
  const amount = computeFees(args.procedure, args.data ?? {}, args.postage === undefined ? {} : { postage: args.postage }).total;
  const payment: DossierPayment = { status, amount, ...(status === 'paid' && { paidAmount: amount }), ...(args.paidAt && { paidAt: args.paidAt }) };
  const sample = SAMPLE_DOSSIERS.paymentRequired;
  return createMemoryDossierSource([{ ...sample, code: args.dossierCode, fees: { lines: [], total: amount, payment } }]);
}

function renderWidget(args: FeeWidgetArgs): TemplateResult {
  return html`<dvc-fee-widget
    lang=${args.lang}
    dossier-code=${ifDefined(args.dossierCode)}
    postage=${ifDefined(args.postage)}
    ?open=${args.open}
    .procedure=${args.procedure}
    .data=${args.data}
    .payee=${args.payee}
    .source=${storySource(args)}
  ></dvc-fee-widget>`;
}

/**
 * The fees of a dossier for its data, from the procedure's `x-dvc.fees` (`computeFees` of `@dvc-kit/procedure`):
 * each fee with how it is counted, exemptions and reductions with their reason, the total in VND and in words. Once
 * the dossier has a code and the page gives its account, a VietQR code for the total (drawn on demand), and the
 * payment status from a `DossierSource`.
 */
const meta: Meta<FeeWidgetArgs> = {
  title: 'Elements/dvc-fee-widget',
  component: 'dvc-fee-widget',
  render: renderWidget,
  args: {
    procedure: birth,
    data: { onTime: false, extractCopies: 2 },
    dossierCode: CODE,
    payee: PAYEE,
    payment: undefined,
    paidAt: undefined,
    postage: undefined,
    open: false,
    lang: 'vi',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    procedure: { control: 'object' },
    data: { control: 'object' },
    dossierCode: { control: 'text' },
    payee: { control: 'object' },
    postage: { control: 'number' },
    open: { control: 'boolean' },
    payment: {
      control: 'select',
      options: [undefined, 'unpaid', 'pending', 'paid', 'failed', 'error'],
      description: "What the story's source answers (story helper, not an element property).",
    },
    paidAt: { control: 'text', description: 'When a paid payment was confirmed (story helper).' },
  },
};
export default meta;

// ---------------------------------------------------------------------------------------------
// Playground

/** Every property as a control; the payment events are listed below the widget. */
export const Playground: Story = {
  args: { payment: 'unpaid' },
  render: (args) => html`<div
    @dvc-payment-started=${(event: CustomEvent) => log(event)}
    @dvc-payment-confirmed=${(event: CustomEvent) => log(event)}
  >
    ${renderWidget(args)}
    <h2>Events</h2>
    <output style="display: block; white-space: pre-wrap; font-family: monospace">—</output>
  </div>`,
};

function log(event: CustomEvent): void {
  const output = (event.currentTarget as HTMLElement).querySelector('output');
  if (output) output.textContent = `${event.type} ${JSON.stringify(event.detail)}`;
}

// ---------------------------------------------------------------------------------------------
// Fee rule kinds

/** A fixed charge per dossier (2.000720, household business registration). */
export const FixedCharge: Story = { name: 'Fixed charge', args: { procedure: business, data: {} } };

/** A fixed charge and a fee per copy (1.001193, birth registration after 60 days, two extract copies). */
export const PerCopy: Story = { name: 'Per copy', args: { procedure: birth, data: { onTime: false, extractCopies: 2 } } };

/** Per page through two tiers, with a cap per copy: 2.000 ₫ a page for pages 1–2, 1.000 ₫ from page 3. */
export const PerPageTiers: Story = { name: 'Per page, tiers', args: { procedure: CERTIFIED_COPY, data: { pages: 7 } } };

/** A percentage of a declared value with a floor, and a service price. */
export const Percentage: Story = { args: { procedure: REGISTRATION_CHARGE, data: { value: 2_400_000_000 } } };

/** The result comes back by post: the postal operator's rate is a line of its own (1.012783). */
export const PostDelivery: Story = {
  name: 'Post delivery',
  args: { procedure: certificate, data: { delivery: { returnChannel: 'POST' } }, postage: 32000 },
};

/** Exemption: birth registration within 60 days is free of the charge; the copies are still paid. */
export const Exempt: Story = { args: { procedure: birth, data: birthInPerson } };

/** Reduction: 50 % off the judicial record fee for a student (3.000333). */
export const Reduction: Story = { args: { procedure: judicial, data: { applicantCategory: 'STUDENT' } } };

/** Everything exempt: a child pays no judicial record fee; no QR code. */
export const FullyExempt: Story = { name: 'Fully exempt', args: { procedure: judicial, data: { applicantCategory: 'CHILD' } } };

/** A procedure without fees (1.013792). */
export const Free: Story = { args: { procedure: gamePoint, data: {} } };

/** The number of copies is not entered yet: the total is provisional and no QR code is offered. */
export const Provisional: Story = { args: { data: { onTime: false } } };

/** The data cannot be counted (a number of copies that is not a number): said in words, nothing changed. */
export const BrokenData: Story = { name: 'Broken data', args: { data: { onTime: false, extractCopies: 'hai' } } };

// ---------------------------------------------------------------------------------------------
// Paying

/** Before the dossier has a code: the fees, and when the QR code will come. */
export const NoDossierCodeYet: Story = { name: 'No dossier code yet', args: { dossierCode: undefined } };

/** The QR code open, with the same transfer details as text; not paid yet. */
export const QrCode: Story = { name: 'QR code', args: { open: true, payment: 'unpaid' } };

/** A dossier code longer than the 25 characters of a transfer purpose: refused, never cut. */
export const PurposeTooLong: Story = { name: 'Dossier code too long', args: { dossierCode: 'SO-TU-PHAP-HA-NOI-2026-000001' } };

/** A payment waiting for the bank's confirmation: checked again every 5 seconds. */
export const Pending: Story = { args: { payment: 'pending' } };

/** Paid: the status with its time, no pay button. */
export const Paid: Story = { args: { payment: 'paid', paidAt: '2026-12-05T07:05:00Z' } };

/** The payment failed: the pay button is there again. */
export const Failed: Story = { args: { payment: 'failed' } };

/** The source cannot be reached: said in words, with a button to try again. */
export const StatusUnavailable: Story = { name: 'Status unavailable', args: { payment: 'error' } };

/** In English, with the QR code open. */
export const English: Story = { args: { lang: 'en', open: true, payment: 'unpaid' } };

/** Wired to a `<dvc-dossier-form>` by id: change the number of copies or the 60-day box and the fees follow. */
export const WiredToForm: Story = {
  name: 'Wired to a form',
  render: (args) => html`<div style="display: grid; gap: 2rem">
    <dvc-dossier-form id="fee-story-form" lang=${args.lang} .schema=${birth} .data=${birthInPerson} no-submit-button></dvc-dossier-form>
    <dvc-fee-widget for="fee-story-form" lang=${args.lang} .payee=${args.payee} dossier-code=${ifDefined(args.dossierCode)}></dvc-fee-widget>
  </div>`,
};

// ---------------------------------------------------------------------------------------------
// Accessibility

/**
 * The acceptance criteria, in prose, as GOV.UK writes them for its components.
 * The automatic part (axe-core, no violations) runs in fee-widget.stories.browser.test.ts for every story.
 */
export const Accessibility: Story = {
  render: () => html`<article lang="en" style="max-width: 46rem; font: 1rem/1.5 system-ui, sans-serif">
    <h1>Accessibility acceptance criteria</h1>
    <p>A <code>&lt;dvc-fee-widget&gt;</code> must:</p>
    <ul>
      <li>show the fees in a real <code>&lt;table&gt;</code> with a caption, column headers and a row header per fee
        (its kind and name), so a screen reader reads each amount with what it is for</li>
      <li>give each exemption or reduction a row of its own with its reason, the amount taken off as a negative sum</li>
      <li>write the total in VND (<code>1.234.000 ₫</code>) and in words, as a receipt does</li>
      <li>say in words, never by colour alone, when the procedure is free, the total is provisional, everything is
        exempt, or the fees cannot be counted (the last as an alert)</li>
      <li>open the QR code with a real button that tells its state (<code>aria-expanded</code>)</li>
      <li>give the QR code a text alternative with the amount, account, bank and transfer description, and show the
        same details as text for those who cannot scan</li>
      <li>announce the payment status in a live region (<code>role="status"</code>), and keep the refresh button
        focusable while a check runs (<code>aria-disabled</code>), so a poll never takes the focus away</li>
      <li>refuse a dossier code too long for the transfer description in words, never cut it</li>
    </ul>
  </article>`,
};
