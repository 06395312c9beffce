import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { computeFees, FeeError, type FeeOptions, type SubmissionChannel } from '@dvc-kit/procedure/fees';
import { DossierSourceError } from '@dvc-kit/dossier/types';
import { findBankByBin } from '@dvc-kit/vn/banks';
import { formatVND } from '@dvc-kit/vn/money';
import { encodeVietQR } from '@dvc-kit/vn/vietqr';
import { DvcPaymentConfirmedEvent } from '../events/dvc-payment-confirmed.js';
import { DvcPaymentStartedEvent } from '../events/dvc-payment-started.js';
import { AsyncStateController } from '../shared/async-state.js';
import { LocaleController, resolveLocale } from '../shared/locale.js';
import { vietnamDateTime } from '@dvc-kit/vn/time';
import { FEE_MESSAGES, type FeeMessages } from './messages.js';
import { styles } from './fee-widget.styles.js';
import { feeTable, type FeeTable } from './internal/fee-rows.js';
import { paymentPurpose } from './internal/payment-purpose.js';
import type { DossierPayment, Payee, PaymentSource, PaymentStatus, SecondFactor } from './internal/payment.js';
import type { QrDrawing } from './internal/qr-code.js';
import type { SourceFromUrl } from '../shared/source-from-url.js';

export type { DossierPayment, Payee, PaymentSource, PaymentStatus };

/** The fees of the current data, or why they cannot be counted, or nothing to count from. */
type Fees = { readonly table: FeeTable } | { readonly error: string } | null;

/** What a VietQR code for this dossier would carry, or why there is none. */
type Transfer =
  | { readonly ok: true; readonly payload: string; readonly payee: Payee; readonly amount: number; readonly purpose: string }
  | { readonly ok: false; readonly message: string };

/** The part of `<dvc-dossier-form>` the widget follows. */
type FollowedForm = HTMLElement & { data?: unknown; schema?: unknown; schemaSrc?: string; updateComplete?: Promise<unknown> };

/**
 * Itemised fees of a procedure for the dossier's data (phí, lệ phí, per copy or page, postage), the exemptions and
 * reductions that apply with their reason, the total in VND and in words; a VietQR code for the total carrying the
 * dossier code, with the same transfer details as text; and the payment status from a source, refreshed while it
 * is pending. Money is integer VND throughout.
 *
 * @summary Fees of a dossier, a VietQR code to pay them, and the payment status.
 *
 * @fires {CustomEvent<{ dossierCode: string; amount: number; purpose: string }>} dvc-payment-started - The citizen chose to pay: the QR code and transfer details are shown (`DvcPaymentStartedEvent`).
 * @fires {CustomEvent<{ dossierCode: string; amount: number; paidAt?: string; reference?: string }>} dvc-payment-confirmed - The payment status became paid while shown (`DvcPaymentConfirmedEvent`); not for a dossier already paid when first read.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart table - The fee table.
 * @csspart row - A row of the table: a fee, or an exemption or reduction.
 * @csspart total - The row with the total amount.
 * @csspart total-in-words - The row with the total in words.
 * @csspart note - A note: free procedure, provisional total, everything exempt, no dossier code yet.
 * @csspart problem - Why the fees or the QR code cannot be given.
 * @csspart pay-button - The button that shows the QR code.
 * @csspart qr - The figure with the QR code.
 * @csspart transfer - The transfer details as text.
 * @csspart status - The payment status.
 * @csspart refresh-button - The button that checks the payment status again (or retries a failed check).
 *
 * @cssprop --dvc-fee-widget-accent - Colour of the total, the pay button and the QR frame; defaults to `--dvc-color-accent`.
 * @cssprop --dvc-fee-widget-qr-size - Width and height of the QR code (default 14rem).
 * @cssprop --dvc-font-family - Font.
 * @cssprop --dvc-color-text - Text colour.
 * @cssprop --dvc-color-muted - Kinds, details, exemption rows and notes.
 * @cssprop --dvc-color-error - Problems and a failed payment.
 * @cssprop --dvc-color-focus - Focus ring.
 *
 * @cssstate free - No fee applies.
 * @cssstate provisional - A field the fees depend on is still empty.
 * @cssstate broken - The fees cannot be counted from the procedure and data.
 * @cssstate open - The QR code and transfer details are shown.
 * @cssstate loading - The payment status is being checked.
 * @cssstate unpaid - The source says: not paid.
 * @cssstate pending - The source says: a payment is waiting for confirmation.
 * @cssstate paid - The source says: paid.
 * @cssstate failed - The source says: the payment failed.
 */
export class DvcFeeWidget extends LitElement {
  static override styles = styles;

  /**
   * The QR drawing code (uqr and the path builder): a chunk of its own, loaded the first time a QR code is shown.
   * @internal
   */
  static loadQr: () => Promise<{ drawQr: (text: string) => QrDrawing }> = () => import('./internal/qr-code.js');

  /** Declared without decorators (no decorator code in the chunk); each is documented at its field below. */
  static override properties = {
    procedure: { attribute: false },
    data: { attribute: false },
    for: {},
    dossierCode: { attribute: 'dossier-code' },
    payee: { attribute: false },
    source: { attribute: false },
    sourceUrl: { attribute: 'source-url' },
    secondFactor: { attribute: false },
    channel: {},
    postage: { type: Number },
    open: { type: Boolean, reflect: true },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    lang: { reflect: true },
    _formRevision: { state: true },
    _payment: { state: true },
  };

  /** The procedure: its schema (with `x-dvc` at the root) or the `x-dvc` object. Default: the followed form's `schema`. */
  procedure?: unknown;

  /** The dossier data the fees are counted from. Ignored while the widget follows a form (`for`). */
  data?: unknown;

  /**
   * Id of a `<dvc-dossier-form>` in the same document or shadow root: the widget counts the fees from its data,
   * again on each `dvc-change`, and takes its `schema` (or fetches its `schema-src`) when `procedure` is not set.
   */
  for = '';

  /** Mã hồ sơ, once the dossier is submitted: what the QR code's transfer purpose carries, and what the source is asked about. */
  dossierCode = '';

  /** The account the fees are paid into (bank BIN, account number, holder's name); the source's payee wins when it gives one. */
  payee?: Payee;

  /** Where the payment status is read from: a `DossierSource` of `@dvc-kit/dossier` (HTTP or in memory). Wins over `source-url`. */
  source?: PaymentSource;

  /**
   * Base URL of the dossier API (`schemas/api/openapi.json`) for a page that sets no `source` (a page without a
   * bundler): the payment status is read from it with `@dvc-kit/dossier`'s HTTP source (attribute `source-url`).
   */
  sourceUrl = '';

  /** The applicant's ID or phone number, when the source asks for one beside the dossier code. */
  secondFactor?: SecondFactor;

  /** How the dossier is filed (`ONLINE`, `DIRECT`, `POSTAL`): fees limited to other channels do not apply. */
  channel: SubmissionChannel = 'ONLINE';

  /** Postage for returning the result by post, in VND (the postal operator's rate); default: the procedure's `delivery.postage`. */
  postage?: number;

  /**
   * The QR code and transfer details are shown. Set by the pay button; setting it from code fires no event. A payment
   * the source reports failed closes them, so that the pay button starts the next attempt.
   */
  open = false;

  /** Milliseconds between checks of a pending payment (none while the tab is hidden); 0 stops checking by itself. */
  pollInterval = 5000;

  /** `vi` or `en`. When absent: the nearest ancestor's `lang`, then `<html lang>`, else `vi`. */
  override lang = '';

  // Internal reactive state (declared in `properties`).
  private _formRevision = 0;
  /** The last payment the source gave, kept on screen while the next check runs. */
  private _payment: DossierPayment | null = null;

  readonly #localeController = new LocaleController(this);
  readonly #internals = this.attachInternals();
  readonly #paymentCheck = new AsyncStateController<DossierPayment, unknown>(this);
  readonly #qr = new AsyncStateController<QrDrawing, unknown>(this);
  /** The schema of a followed form that loads it by URL (`schema-src`), fetched again here (the browser's cache serves it). */
  readonly #formSchema = new AsyncStateController<unknown, unknown>(this);
  #formSchemaUrl = '';
  #messages: FeeMessages = FEE_MESSAGES.vi;
  #fees: Fees = null;
  #transfer: Transfer | null = null;
  #qrFor = '';
  #form: FollowedForm | null = null;
  #pollTimer: ReturnType<typeof setTimeout> | undefined;

  // ---------------------------------------------------------------- public API

  /** The total payable for the current data, integer VND (undefined when the fees cannot be counted). */
  get total(): number | undefined {
    const fees = this.#fees;
    return fees && 'table' in fees ? fees.table.total : undefined;
  }

  /** Asks the source for the payment status again. */
  refreshPayment(): void {
    this.#checkPayment();
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow();
    // Checks stopped while away (moved in the page) start again.
    if (this._payment?.status === 'pending') this.#schedulePoll();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unfollow();
    clearTimeout(this.#pollTimer);
    document.removeEventListener('visibilitychange', this.#onVisible);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // Also wait for a payment check and the QR code under way, so tests and pages read what is final.
    let result = await super.getUpdateComplete();
    for (let round = 0; (this.#paymentCheck.pending || this.#qr.pending || this.#formSchema.pending || !result) && round < 10; round++) {
      await this.#paymentCheck.pending;
      await this.#qr.pending;
      await this.#formSchema.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang')) this.#localeController.locale = resolveLocale(this);
    const locale = this.#localeController.locale;
    this.#messages = FEE_MESSAGES[locale];
    if (changed.has('for') && this.isConnected) this.#follow();
    if (changed.has('source') || changed.has('sourceUrl') || changed.has('dossierCode') || changed.has('secondFactor')) {
      this._payment = null;
      this.#checkPayment();
    }
    this.#fees = this.#countFees();
    this.#transfer = this.#transferDetails();
    if (this.open && this.#transfer?.ok) this.#drawQr(this.#transfer.payload);
  }

  protected override updated(): void {
    const fees = this.#fees;
    const status = this._payment?.status;
    const states: Record<string, boolean> = {
      free: !!fees && 'table' in fees && fees.table.free,
      provisional: !!fees && 'table' in fees && fees.table.provisional,
      broken: !!fees && 'error' in fees,
      open: this.open,
      loading: this.#paymentCheck.status === 'loading',
    };
    for (const name of ['unpaid', 'pending', 'paid', 'failed'] as const) states[name] = status === name;
    for (const [name, on] of Object.entries(states)) {
      try {
        if (on) this.#internals.states.add(name);
        else this.#internals.states.delete(name);
      } catch {
        // CustomStateSet without plain identifiers (older browsers): states are a progressive enhancement.
      }
    }
  }

  // ---------------------------------------------------------------- the followed form

  readonly #onFormChange = (): void => {
    this._formRevision++;
  };

  #follow(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const form = this.for && typeof root.getElementById === 'function' ? (root.getElementById(this.for) as FollowedForm | null) : null;
    if (form === this.#form) return;
    this.#unfollow();
    this.#form = form;
    if (!form) return;
    form.addEventListener('dvc-change', this.#onFormChange);
    this._formRevision++;
    // Its schema and prefilled data are final once it has rendered (a schema loads, the tag upgrades).
    void Promise.resolve(form.updateComplete).then(() => {
      if (this.#form === form) this._formRevision++;
    });
  }

  #unfollow(): void {
    this.#form?.removeEventListener('dvc-change', this.#onFormChange);
    this.#form = null;
  }

  // ---------------------------------------------------------------- fees and the transfer

  #countFees(): Fees {
    const form = this.#form;
    const procedure = this.procedure ?? form?.schema ?? this.#schemaFrom(form?.schemaSrc);
    if (procedure === undefined || procedure === null) return null;
    const data = form ? form.data : this.data;
    const options: FeeOptions = { channel: this.channel };
    if (typeof this.postage === 'number' && !Number.isNaN(this.postage)) options.postage = this.postage;
    try {
      return { table: feeTable(computeFees(procedure, data ?? {}, options), this.#localeController.locale, this.#messages) };
    } catch (error) {
      // Said in words, with where it is (a pointer into the procedure or the data) for whoever fixes it.
      if (error instanceof FeeError) return { error: this.#messages.feeError(error.pointer) };
      return { error: this.#messages.feeError('') };
    }
  }

  /** The schema at a followed form's `schema-src`: undefined until it is fetched (or when it cannot be). */
  #schemaFrom(url: string | undefined): unknown {
    if (!url) return undefined;
    if (url !== this.#formSchemaUrl) {
      this.#formSchemaUrl = url;
      this.#formSchema.restart();
      this.#formSchema.step(
        async (signal) => {
          const response = await fetch(url, { signal });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return (await response.json()) as unknown;
        },
        (schema) => this.#formSchema.set({ status: 'ready', value: schema }),
        (error) => this.#formSchema.set({ status: 'failed', failure: error }),
      );
    }
    return this.#formSchema.value;
  }

  /** What a QR code would carry: null when there is nothing to pay or no dossier code yet. */
  #transferDetails(): Transfer | null {
    const fees = this.#fees;
    if (!fees || !('table' in fees) || fees.table.provisional) return null;
    const payment = this._payment;
    // The agency's bill, once the source has answered, is what is owed.
    const amount = payment ? payment.amount : fees.table.total;
    const payee = payment?.payee ?? this.payee;
    if (!payee || !(amount > 0) || !this.dossierCode) return null;
    const m = this.#messages;
    let purpose: string;
    if (payee.purpose) {
      purpose = payee.purpose;
    } else {
      const built = paymentPurpose(this.dossierCode);
      if (!built.ok) return { ok: false, message: m.purposeRefused(built.reason, built.code) };
      purpose = built.purpose;
    }
    try {
      const payload = encodeVietQR({ bankBin: payee.bankBin, accountNumber: payee.accountNumber, amount, purpose });
      return { ok: true, payload, payee, amount, purpose };
    } catch {
      return { ok: false, message: m.payeeInvalid };
    }
  }

  #drawQr(payload: string): void {
    if (this.#qrFor === payload) return;
    this.#qrFor = payload;
    this.#qr.restart();
    const load = (this.constructor as typeof DvcFeeWidget).loadQr;
    this.#qr.step(
      () => load().then((module) => module.drawQr(payload)),
      (drawing) => this.#qr.set({ status: 'ready', value: drawing }),
      (error) => this.#qr.set({ status: 'failed', failure: error }),
    );
  }

  // ---------------------------------------------------------------- payment status

  /** Whether the payment status can be asked for: a source given, or a `source-url` to make one from. */
  get #hasSource(): boolean {
    return !!this.source || !!this.sourceUrl.trim();
  }

  /**
   * The HTTP source made from `source-url`, its module loaded the first time one is needed: a page that passes its
   * own `source` never loads it (the client and its contract check, about 6 KB gzip).
   */
  #sourceFromUrl?: Promise<SourceFromUrl>;

  /** The page's source, else the one made from `source-url`; a URL the HTTP source refuses is an invalid request. */
  async #source(): Promise<PaymentSource> {
    if (this.source) return this.source;
    this.#sourceFromUrl ??= import('../shared/source-from-url.js').then((module) => new module.SourceFromUrl());
    const made = (await this.#sourceFromUrl).get(this.sourceUrl);
    if (!made) throw new DossierSourceError('invalid-request', `source-url is not an http(s) address without a query: ${this.sourceUrl}`);
    return made;
  }

  #checkPayment(): void {
    clearTimeout(this.#pollTimer);
    this.#paymentCheck.restart();
    const code = this.dossierCode;
    if (!this.#hasSource || !code) return;
    const request = this.secondFactor ? { code, secondFactor: this.secondFactor } : { code };
    this.#paymentCheck.step(
      async (signal) => (await this.#source()).payment(request, { signal }),
      (payment) => this.#received(payment),
      (error) => {
        this.#paymentCheck.set({ status: 'failed', failure: error });
        // A pending payment is still checked after a failure a retry can mend (a network blip, a busy server),
        // no sooner than the server asked (Retry-After).
        const retryable = !(error instanceof DossierSourceError) || error.retryable;
        if (retryable && this._payment?.status === 'pending') {
          this.#schedulePoll(error instanceof DossierSourceError ? (error.retryAfterMs ?? 0) : 0);
        }
      },
    );
  }

  #received(payment: DossierPayment): void {
    const before = this._payment?.status;
    this.#paymentCheck.set({ status: 'ready', value: payment });
    this._payment = payment;
    if (payment.status === 'paid' && before !== undefined && before !== 'paid') {
      this.dispatchEvent(
        new DvcPaymentConfirmedEvent({
          dossierCode: this.dossierCode,
          amount: payment.paidAmount ?? payment.amount,
          ...(payment.paidAt !== undefined && { paidAt: payment.paidAt }),
          ...(payment.reference !== undefined && { reference: payment.reference }),
        }),
      );
    }
    if (payment.status === 'pending') this.#schedulePoll();
    // A failed attempt's transfer details are spent: the panel closes, so that one press of the pay button (which
    // opens it) starts the next attempt, rather than a press to close and another to open.
    if (payment.status === 'failed' && before !== 'failed') this.open = false;
  }

  #schedulePoll(atLeastMs = 0): void {
    clearTimeout(this.#pollTimer);
    if (!(this.pollInterval > 0) || !this.isConnected) return;
    this.#pollTimer = setTimeout(() => {
      // A hidden tab does not ask the server: the check runs when the citizen comes back to it.
      if (document.visibilityState === 'hidden') document.addEventListener('visibilitychange', this.#onVisible);
      else this.#checkPayment();
    }, Math.max(this.pollInterval, atLeastMs));
  }

  readonly #onVisible = (): void => {
    if (document.visibilityState === 'hidden') return;
    document.removeEventListener('visibilitychange', this.#onVisible);
    if (this.isConnected && this._payment?.status === 'pending') this.#checkPayment();
  };

  // ---------------------------------------------------------------- behaviour

  #onPay(): void {
    this.open = !this.open;
    // A code that failed to draw (its chunk did not load) is tried again when the citizen opens the panel again.
    if (this.open && this.#qr.status === 'failed') this.#qrFor = '';
    const transfer = this.#transfer;
    if (this.open && transfer?.ok) {
      this.dispatchEvent(new DvcPaymentStartedEvent({ dossierCode: this.dossierCode, amount: transfer.amount, purpose: transfer.purpose }));
    }
  }

  #onRefresh(): void {
    // aria-disabled, not disabled, while a check runs: a poll must not take the focus away from the button.
    if (this.#paymentCheck.status !== 'loading') this.#checkPayment();
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    return html`<div class="base" part="base">${this.#renderFees()}${this.#renderPay()}${this.#renderStatus()}</div>`;
  }

  #renderFees(): unknown {
    const m = this.#messages;
    const fees = this.#fees;
    if (!fees) return html`<p class="note" part="note">${m.noProcedure}</p>`;
    if ('error' in fees) return html`<p class="problem" part="problem" role="alert">${fees.error}</p>`;
    const { table } = fees;
    if (table.free) return html`<p class="note" part="note">${m.free}</p>`;
    return html`<table part="table">
        <caption>
          ${m.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.headItem}</th>
            <th scope="col">${m.headDetail}</th>
            <th scope="col" class="amount">${m.headAmount}</th>
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            (row) => html`<tr class="row--${row.type}" part="row">
              <th scope="row"><span class="kind">${row.label}</span> ${row.name}</th>
              <td>${row.details.map((detail) => html`<span class="detail">${detail}</span>`)}</td>
              <td class="amount">${formatVND(row.amount)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr class="total" part="total">
            <th scope="row" colspan="2">${m.total}</th>
            <td class="amount">${formatVND(table.total)}</td>
          </tr>
          <tr class="in-words" part="total-in-words">
            <th scope="row">${m.inWords}</th>
            <td colspan="2">${table.totalInWords}</td>
          </tr>
        </tfoot>
      </table>
      ${table.provisional ? html`<p class="note" part="note">${m.provisional}</p>` : nothing}
      ${table.total === 0 && !table.provisional ? html`<p class="note" part="note">${m.allExempt}</p>` : nothing}`;
  }

  #renderPay(): unknown {
    const m = this.#messages;
    const fees = this.#fees;
    if (!fees || !('table' in fees) || this._payment?.status === 'paid') return nothing;
    const transfer = this.#transfer;
    if (!transfer) {
      // Fees to pay and an account to pay into, but no dossier code yet: say when the code comes.
      const due = !fees.table.provisional && fees.table.total > 0 && (this.payee || this._payment?.payee);
      return due && !this.dossierCode ? html`<p class="note" part="note">${m.noCodeYet}</p>` : nothing;
    }
    if (!transfer.ok) return html`<p class="problem" part="problem">${transfer.message}</p>`;
    const differs = transfer.amount !== fees.table.total;
    return html`<div class="pay">
      ${differs ? html`<p class="note" part="note">${m.agencyAmount(formatVND(transfer.amount))}</p>` : nothing}
      <button class="button button--primary" part="pay-button" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="payment" @click=${this.#onPay}>
        ${m.payButton}
      </button>
      <div id="payment" class="panel" ?hidden=${!this.open}>${this.open ? this.#renderPanel(transfer) : nothing}</div>
    </div>`;
  }

  #renderPanel(transfer: Extract<Transfer, { ok: true }>): TemplateResult {
    const m = this.#messages;
    const { payee, purpose } = transfer;
    const amount = formatVND(transfer.amount);
    const bank = findBankByBin(payee.bankBin)?.shortName ?? m.bankBin(payee.bankBin);
    const qr = this.#qr.state;
    let figure: unknown;
    if (qr.status === 'ready') {
      const { size, path } = qr.value;
      figure = html`<figure class="qr" part="qr">
        <svg role="img" aria-label=${m.qrLabel(amount, payee.accountNumber, bank, purpose)} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">
          ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${path} fill="#000"></path>`}
        </svg>
      </figure>`;
    } else if (qr.status === 'failed') {
      figure = html`<p class="problem" part="problem">${m.qrFailed}</p>`;
    } else {
      figure = html`<p class="note" part="note">${m.qrLoading}</p>`;
    }
    return html`${figure}
      <div>
        <p class="note">${m.payHint}</p>
        <dl class="transfer" part="transfer">
          <dt>${m.bank}</dt>
          <dd>${bank}</dd>
          <dt>${m.account}</dt>
          <dd>${payee.accountNumber}</dd>
          ${payee.accountName
            ? html`<dt>${m.accountName}</dt>
                <dd>${payee.accountName}</dd>`
            : nothing}
          <dt>${m.amount}</dt>
          <dd>${amount}</dd>
          <dt>${m.purpose}</dt>
          <dd>${purpose}</dd>
        </dl>
      </div>`;
  }

  #renderStatus(): unknown {
    if (!this.#hasSource || !this.dossierCode) return nothing;
    const m = this.#messages;
    const check = this.#paymentCheck.state;
    const payment = this._payment;
    let text: unknown = nothing;
    if (payment) {
      const paidAt = payment.status === 'paid' ? vietnamDateTime(payment.paidAt) : undefined;
      const hint =
        payment.status === 'paid'
          ? paidAt && m.paidAt(paidAt)
          : payment.status === 'pending'
            ? this.pollInterval > 0 && m.pendingHint
            : payment.status === 'failed'
              ? m.failedHint
              : '';
      text = html`<p>${m.statusHeading}: <strong>${m.status(payment.status)}</strong>.${hint ? html` ${hint}` : nothing}</p>`;
    } else if (check.status === 'loading') {
      text = html`<p>${m.statusLoading}</p>`;
    }
    const failure = check.status === 'failed' ? check.failure : undefined;
    // An unknown dossier or a wrong second factor stays so: no button to try again.
    const final = failure instanceof DossierSourceError && !failure.retryable;
    const problem =
      check.status !== 'failed'
        ? undefined
        : failure instanceof DossierSourceError && failure.code === 'not-found'
          ? m.statusNotFound
          : failure instanceof DossierSourceError && failure.code === 'wrong-second-factor'
            ? m.statusWrongFactor
            : m.statusFailed;
    return html`<div class="status status--${payment?.status ?? 'unknown'}" part="status">
      <div role="status">${text}${problem ? html`<p>${problem}</p>` : nothing}</div>
      ${final
        ? nothing
        : html`<button class="button" part="refresh-button" type="button" aria-disabled=${check.status === 'loading' ? 'true' : 'false'} @click=${this.#onRefresh}>
            ${problem ? m.retry : m.refresh}
          </button>`}
    </div>`;
  }
}
