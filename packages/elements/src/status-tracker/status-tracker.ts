import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isSafeUrl } from '@dvc-kit/form-engine/safe-url';
import { parsePhoneVN } from '@dvc-kit/vn/identifiers';
import { formatVND } from '@dvc-kit/vn/money';
import {
  DossierSourceError,
  TERMINAL_STATE_KINDS,
  type Delivery,
  type Dossier,
  type DossierEvent,
  type DossierSource,
  type DossierSourceErrorCode,
  type DossierState,
  type DossierStateKind,
  type LookupRequest,
  type SecondFactorKind,
  type Timeliness,
} from '@dvc-kit/dossier/types';
import { timelinessOf, type DueMeasure, type TimelinessReport } from '@dvc-kit/dossier/timeliness';
import { AsyncStateController } from '../shared/async-state.js';
import { SourceFromUrl } from '../shared/source-from-url.js';
import { describedBy, renderError, renderHint, renderLabel } from '../shared/field.js';
import { LocaleController, resolveLocale } from '../shared/locale.js';
import { DvcDossierLoadedEvent } from '../events/dvc-dossier-loaded.js';
import { DvcSourceErrorEvent } from '../events/dvc-source-error.js';
import { TRACKER_MESSAGES, type TrackerMessages } from './messages.js';
import { styles } from './status-tracker.styles.js';
import { maskIdentifier, nextRefreshDelay } from './internal/display.js';
import { formatDateTimeVN, formatDateVN, machineDate, machineDateTime } from '@dvc-kit/vn/time';

const CODE_ID = 'dossier-code';
const FACTOR_ID = 'second-factor';
const TITLE_ID = 'dossier-title';
/** A dossier code is an opaque string of 1 to 50 printable characters without spaces (the contract's LookupRequest). */
const DOSSIER_CODE = /^[!-~]{1,50}$/;
/** A personal ID number: 12 digits, or 9 on an old ID card (the contract's LookupRequest). */
const ID_NUMBER = /^(?:\d{9}|\d{12})$/;

/**
 * The states nothing leaves (not refreshed). Not @dvc-kit/dossier's `isTerminal`: its lifecycle module imports
 * @dvc-kit/procedure, and in the standalone build shared with the fee widget that put the engine the widget uses in
 * this entry's chunks (+34 KB gzip up front).
 */
const TERMINAL: ReadonlySet<DossierStateKind> = new Set(TERMINAL_STATE_KINDS);

const STATE_TEXT: Readonly<Record<DossierStateKind, keyof TrackerMessages>> = {
  SUBMITTED: 'stateSubmitted',
  RECEIVED: 'stateReceived',
  REFUSED: 'stateRefused',
  SUPPLEMENT_REQUIRED: 'stateSupplementRequired',
  IN_PROCESS: 'stateInProcess',
  PAYMENT_REQUIRED: 'statePaymentRequired',
  RESULT_READY: 'stateResultReady',
  RETURNED: 'stateReturned',
  WITHDRAWN: 'stateWithdrawn',
  STOPPED: 'stateStopped',
};

const ERROR_TEXT: Readonly<Record<DossierSourceErrorCode, keyof TrackerMessages>> = {
  'invalid-request': 'errorInvalidRequest',
  'not-found': 'errorNotFound',
  'wrong-second-factor': 'errorWrongSecondFactor',
  'rate-limited': 'errorRateLimited',
  server: 'errorServer',
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  malformed: 'errorMalformed',
  aborted: 'errorAborted',
};

const TIMELINESS_TEXT: Readonly<Record<Timeliness, keyof TrackerMessages>> = {
  early: 'timelinessEarly',
  'on-time': 'timelinessOnTime',
  late: 'timelinessLate',
  pending: 'timelinessPending',
  overdue: 'timelinessOverdue',
};

/** Keys of the dictionary whose text is a plain string (not a function of arguments). */
type TextKey = { [K in keyof TrackerMessages]: TrackerMessages[K] extends string ? K : never }[keyof TrackerMessages];

/** What the lookup form's fields say is wrong, by field id: a message key, worded in the language shown. */
type FormErrors = Partial<Record<typeof CODE_ID | typeof FACTOR_ID, TextKey>>;

/** Any failure of a source as a `DossierSourceError`: a custom source may throw anything. */
function toSourceError(error: unknown): DossierSourceError {
  if (error instanceof DossierSourceError) return error;
  return new DossierSourceError('server', error instanceof Error ? error.message : String(error), { cause: error });
}

/** The text of a state (plain words, never a code). */
function stateText(m: TrackerMessages, state: DossierState): string {
  return m[STATE_TEXT[state.kind]] as string;
}

/**
 * Where a citizen follows a dossier after "Nộp hồ sơ": looked up by its code (plus the applicant's ID number or
 * phone when the source asks for one), or given by `dossier-code`. Shows the procedure, the applicant (masked), the
 * current state in plain words, the appointment date with a badge (early, on time, late, with working days left or
 * over), a revised date after a letter of apology, a request for more documents, how the result comes back, and the
 * history as a list. Refreshes itself while open (less often after failures, paused while the tab is hidden).
 *
 * @summary The status of a dossier, looked up by its code.
 *
 * @fires {CustomEvent<{ dossier: Dossier; refresh: boolean }>} dvc-dossier-loaded - A dossier was looked up, or a refresh brought a change (`DvcDossierLoadedEvent`).
 * @fires {CustomEvent<{ code: DossierSourceErrorCode; status?: number; message: string; refresh: boolean }>} dvc-error - The source failed: not-found, wrong-second-factor, rate-limited, server, network, timeout, malformed (`DvcSourceErrorEvent`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart lookup-form - The lookup form.
 * @csspart field - The wrapper of one field of the lookup form.
 * @csspart field-label - A field's label.
 * @csspart field-hint - A field's hint.
 * @csspart field-error - A field's inline error.
 * @csspart input - The code and second-factor inputs.
 * @csspart button - The lookup, retry and refresh buttons.
 * @csspart error-summary - The box that lists what went wrong, focused after a failed lookup.
 * @csspart retry-button - The button that sends the failed lookup again.
 * @csspart lookup-button - The form's submit button.
 * @csspart notice - Says the page gave no source.
 * @csspart status - The "looking up" line.
 * @csspart dossier - The dossier's details.
 * @csspart title - The dossier's heading, focused after a lookup.
 * @csspart state - The current state.
 * @csspart badge - A timeliness badge (its text says it: not colour alone), against the original date.
 * @csspart revised-badge - The badge against the revised date after an apology (also part `badge`).
 * @csspart apology - The letter of apology and its revised date.
 * @csspart supplement - The request for more documents.
 * @csspart delivery - How the result comes back.
 * @csspart download - The link to the electronic result.
 * @csspart timeline - The history, an ordered list.
 * @csspart event - One step of the history.
 *
 * @cssprop --dvc-font-family - Font.
 * @cssprop --dvc-font-size - Base font size.
 * @cssprop --dvc-color-text - Text colour.
 * @cssprop --dvc-color-muted - Hints and times.
 * @cssprop --dvc-color-border - Borders of inputs and boxes.
 * @cssprop --dvc-color-accent - Links and the timeline's markers.
 * @cssprop --dvc-color-error - Errors and the "late" badge.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-status-tracker-success - The "early" and "on time" badges.
 * @cssprop --dvc-status-tracker-warning - The box of a request for more documents and of an apology.
 *
 * @cssstate loading - A lookup is under way.
 * @cssstate failed - The last lookup failed.
 * @cssstate ready - A dossier is shown.
 * @cssstate overdue - The dossier shown is late or overdue.
 */
export class DvcStatusTracker extends LitElement {
  static override styles = styles;

  static override properties = {
    lang: { reflect: true },
    source: { attribute: false },
    sourceUrl: { attribute: 'source-url' },
    secondFactors: { attribute: 'second-factors' },
    dossierCode: { attribute: 'dossier-code' },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    maxRefreshInterval: { type: Number, attribute: 'max-refresh-interval' },
    _code: { state: true },
    _factorKind: { state: true },
    _factorValue: { state: true },
    _formErrors: { state: true },
    _announcement: { state: true },
  };

  /** `vi` or `en`. When absent: the nearest ancestor's `lang`, then `<html lang>`, else `vi`. */
  override lang = '';

  /** Where dossiers are read from (`createHttpDossierSource`, `createMemoryDossierSource` of `@dvc-kit/dossier`). Wins over `source-url`. */
  source?: DossierSource;

  /** The base URL of the dossier API (`schemas/api/`): creates the HTTP source, for pages without a bundler. */
  sourceUrl = '';

  /**
   * With `source-url`: the second factors the server asks for, space-separated, `id-number` and/or `phone` (attribute
   * `second-factors`); empty when it asks for none. A `source` says it itself.
   */
  secondFactors = '';

  /**
   * A dossier to show at once (attribute `dossier-code`). When the source asks for a second factor, the form asks
   * only for it, with the code filled in.
   */
  dossierCode = '';

  /** Milliseconds between refreshes of an open dossier; 0 (or a negative number, or none) turns refreshing off. */
  refreshInterval = 60_000;

  /** The longest wait between refreshes after failures in a row (the wait doubles after each). */
  maxRefreshInterval = 600_000;

  private _code = '';
  private _factorKind: SecondFactorKind | null = null;
  private _factorValue = '';
  private _formErrors: FormErrors = {};
  private _announcement = '';

  readonly #localeController = new LocaleController(this);
  readonly #internals = this.attachInternals();
  /** The lookup the citizen (or `dossier-code`) asked for: its state holds the dossier shown. */
  readonly #lookup = new AsyncStateController<Dossier, DossierSourceError>(this);
  /** The background refresh of the dossier shown. */
  readonly #refresh = new AsyncStateController<Dossier, DossierSourceError>(this);
  #messages: TrackerMessages = TRACKER_MESSAGES.vi;
  /** The request of the dossier shown (or failing): what retry and refresh send again. */
  #request: LookupRequest | null = null;
  readonly #sourceFromUrl = new SourceFromUrl();
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** The timer ran out while the tab was hidden: refresh once it shows again. */
  #refreshDue = false;
  #failuresInRow = 0;
  /** Move focus after this update: to the dossier's heading, or to the error summary. */
  #focusAfterUpdate: 'title' | 'summary' | null = null;
  readonly #onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible' && this.#refreshDue) this.#refreshNow();
  };

  // ---------------------------------------------------------------- public API

  /** The dossier shown (a copy), or null. */
  get dossier(): Dossier | null {
    const shown = this.#lookup.value;
    return shown ? structuredClone(shown) : null;
  }

  /** Resolves when the lookup or refresh under way (if any) has settled and the element has rendered it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.#pendingWork(); pending; pending = this.#pendingWork()) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Looks up the dossier of the form again, or the last one asked for. */
  retry(): void {
    if (this.#request) this.#startLookup(this.#request, true);
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    if (this.#lookup.status === 'ready') this.#scheduleRefresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#stopRefresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.#localeController.locale = resolveLocale(this);
    this.#messages = TRACKER_MESSAGES[this.#localeController.locale];
    if (changed.has('source') || changed.has('sourceUrl') || changed.has('secondFactors') || changed.has('dossierCode')) this.#sourceOrCodeChanged();
    if ((changed.has('refreshInterval') || changed.has('maxRefreshInterval')) && this.#lookup.status === 'ready') this.#scheduleRefresh();
    this.#setState('loading', this.#lookup.status === 'loading');
    this.#setState('failed', this.#lookup.status === 'failed');
    this.#setState('ready', this.#lookup.status === 'ready');
    const dossier = this.#lookup.value;
    const timeliness = dossier ? this.#timeliness(dossier)?.timeliness : undefined;
    this.#setState('overdue', timeliness === 'late' || timeliness === 'overdue');
  }

  protected override updated(): void {
    const target = this.#focusAfterUpdate;
    this.#focusAfterUpdate = null;
    if (target === 'title') this.renderRoot.querySelector<HTMLElement>(`#${TITLE_ID}`)?.focus();
    else if (target === 'summary') this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  // ---------------------------------------------------------------- source and lookup

  /**
   * The source to use: the page's, else one made from `source-url` (once per URL, resolved against the page), else
   * none. A `source-url` the HTTP source refuses (not http(s), a query) gives none, and the notice says why.
   */
  #source(): DossierSource | null {
    return this.source ?? this.#sourceFromUrl.get(this.sourceUrl, this.secondFactors);
  }

  /** The second factors the source asks for (the kind chosen kept when the source still accepts it). */
  #factorKinds(): readonly SecondFactorKind[] {
    return this.#source()?.secondFactors ?? [];
  }

  #sourceOrCodeChanged(): void {
    this.#stopRefresh();
    this.#lookup.restart();
    this.#refresh.restart();
    this.#request = null;
    this._formErrors = {};
    const kinds = this.#factorKinds();
    if (!this._factorKind || !kinds.includes(this._factorKind)) this._factorKind = kinds[0] ?? null;
    const code = this.dossierCode.trim();
    if (code) this._code = code;
    // With a code given and nothing more to ask, show it at once (no focus moves: the citizen did not ask here).
    if (code && kinds.length === 0 && this.#source()) this.#startLookup({ code }, false);
  }

  /** Whether the lookup form shows: when there is a source, unless a `dossier-code` needs nothing more. */
  #showsForm(): boolean {
    return !!this.#source() && !(this.dossierCode.trim() && this.#factorKinds().length === 0);
  }

  #startLookup(request: LookupRequest, fromCitizen: boolean): void {
    const source = this.#source();
    if (!source) return;
    this.#stopRefresh();
    this.#refresh.restart();
    this.#request = request;
    this.#lookup.restart();
    this.#lookup.step(
      (signal) => source.lookup(request, { signal }),
      (dossier) => {
        this.#lookup.set({ status: 'ready', value: dossier });
        this.#failuresInRow = 0;
        if (fromCitizen) this.#focusAfterUpdate = 'title';
        // A copy: a page changing the event's dossier never changes what is shown.
        this.dispatchEvent(new DvcDossierLoadedEvent({ dossier: structuredClone(dossier), refresh: false }));
        this.#scheduleRefresh();
      },
      (error) => {
        const failure = toSourceError(error);
        this.#lookup.set({ status: 'failed', failure });
        // A wrong code or second factor is the field's error (when the form shows), listed in the summary too.
        this._formErrors = !this.#showsForm()
          ? {}
          : failure.code === 'not-found'
            ? { [CODE_ID]: 'errorNotFound' }
            : failure.code === 'wrong-second-factor' && request.secondFactor
              ? { [FACTOR_ID]: 'errorWrongSecondFactor' }
              : {};
        if (fromCitizen) this.#focusAfterUpdate = 'summary';
        this.#fireError(failure, false);
      },
    );
  }

  #fireError(failure: DossierSourceError, refresh: boolean): void {
    const detail = { code: failure.code, message: this.#errorText(failure), refresh };
    this.dispatchEvent(new DvcSourceErrorEvent(failure.status === undefined ? detail : { ...detail, status: failure.status }));
  }

  #errorText(failure: DossierSourceError): string {
    return this.#messages[ERROR_TEXT[failure.code]] as string;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const code = this._code.trim();
    const kind = this._factorKind;
    const errors: FormErrors = {};
    if (!code) errors[CODE_ID] = 'codeMissing';
    else if (!DOSSIER_CODE.test(code)) errors[CODE_ID] = 'codeInvalid';
    // What is sent, in the contract's form; what the citizen typed stays in the input as typed.
    let factor = '';
    if (kind === 'phone') {
      const phone = parsePhoneVN(this._factorValue);
      if (phone.valid) factor = phone.national;
      else errors[FACTOR_ID] = phone.reason === 'empty' ? 'phoneMissing' : 'phoneInvalid';
    } else if (kind === 'id-number') {
      // Spaces and dots typed between digit groups are not part of the number.
      factor = this._factorValue.replace(/[\s.]/g, '');
      if (!factor) errors[FACTOR_ID] = 'idMissing';
      else if (!ID_NUMBER.test(factor)) errors[FACTOR_ID] = 'idInvalid';
    }
    this._formErrors = errors;
    if (Object.keys(errors).length) {
      this.#lookup.restart();
      this.#request = null;
      this.#focusAfterUpdate = 'summary';
      return;
    }
    this.#startLookup(kind ? { code, secondFactor: { kind, value: factor } } : { code }, true);
  }

  #onRetry(): void {
    if (!this.#request) return;
    this._formErrors = {};
    this.#startLookup(this.#request, true);
  }

  // ---------------------------------------------------------------- refresh

  #pendingWork(): Promise<void> | null {
    return this.#lookup.pending ?? this.#refresh.pending;
  }

  #scheduleRefresh(): void {
    this.#stopRefresh();
    const dossier = this.#lookup.value;
    if (!this.isConnected || !dossier || !this.#request || TERMINAL.has(dossier.state.kind)) return;
    const policy = { intervalMs: this.refreshInterval, maxIntervalMs: this.maxRefreshInterval };
    const failure = this.#refresh.state.status === 'failed' ? this.#refresh.state.failure : null;
    const delay = nextRefreshDelay(policy, this.#failuresInRow, failure?.retryAfterMs ?? 0);
    if (delay === null) return;
    this.#refreshTimer = setTimeout(() => {
      this.#refreshTimer = undefined;
      if (document.visibilityState === 'hidden') this.#refreshDue = true;
      else this.#refreshNow();
    }, delay);
  }

  #stopRefresh(): void {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = undefined;
    this.#refreshDue = false;
  }

  #refreshNow(): void {
    const source = this.#source();
    const request = this.#request;
    this.#stopRefresh();
    if (!source || !request || this.#lookup.status !== 'ready') return;
    this.#refresh.restart();
    this.#refresh.step(
      (signal) => source.lookup(request, { signal }),
      (dossier) => {
        const before = this.#lookup.value;
        this.#refresh.set({ status: 'ready', value: dossier });
        this.#lookup.set({ status: 'ready', value: dossier });
        this.#failuresInRow = 0;
        const m = this.#messages;
        const time = formatDateTimeVN(new Date().toISOString());
        // Said only when something changed: a screen reader is not told "updated" every minute.
        if (JSON.stringify(before) !== JSON.stringify(dossier)) {
          const stateChanged = before?.state.kind !== dossier.state.kind;
          this.#announce(stateChanged ? `${m.stateChanged(stateText(m, dossier.state))} ${m.refreshedAt(time)}` : m.refreshedAt(time));
          this.dispatchEvent(new DvcDossierLoadedEvent({ dossier: structuredClone(dossier), refresh: true }));
        }
        this.#scheduleRefresh();
      },
      (error) => {
        const failure = toSourceError(error);
        this.#refresh.set({ status: 'failed', failure });
        this.#failuresInRow++;
        // Said once, at the first failure in a row; the line under the dossier stays while it lasts.
        if (this.#failuresInRow === 1) this.#announce(this.#messages.refreshFailed);
        this.#fireError(failure, true);
        this.#scheduleRefresh();
      },
    );
  }

  /** Says `text` in the live region (without moving focus); the same text twice is still announced. */
  #announce(text: string): void {
    this._announcement = text && text === this._announcement ? `${text}\u00a0` : text;
  }

  #setState(name: string, on: boolean): void {
    try {
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    } catch {
      // CustomStateSet without plain identifiers (older browsers): states are a progressive enhancement.
    }
  }

  #timeliness(dossier: Dossier): TimelinessReport | null {
    try {
      return timelinessOf(dossier, { now: new Date() }) ?? null;
    } catch {
      // A due date the calendar cannot place (beyond its years, malformed): show the date without a badge.
      return null;
    }
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    const m = this.#messages;
    const state = this.#lookup.state;
    return html`<div class="base" part="base">
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      ${this.#source() ? nothing : html`<p class="notice" part="notice" role="alert">${this.sourceUrl.trim() ? m.badSourceUrl : m.noSource}</p>`}
      ${this.#renderErrorSummary()} ${this.#showsForm() ? this.#renderForm() : nothing}
      ${state.status === 'loading' ? html`<p class="status" part="status" role="status">${m.loading}</p>` : nothing}
      ${state.status === 'ready' ? this.#renderDossier(state.value) : nothing}
    </div>`;
  }

  #renderErrorSummary(): TemplateResult | typeof nothing {
    const m = this.#messages;
    const fieldErrors = (Object.entries(this._formErrors) as [string, TextKey][]).map(([id, key]) => [id, m[key]] as const);
    const failure = this.#lookup.state.status === 'failed' ? this.#lookup.state.failure : null;
    if (!fieldErrors.length && !failure) return nothing;
    // A wrong code or second factor is listed as the field's error (a link to it); anything else in words.
    const general = failure && !fieldErrors.length ? this.#errorText(failure) : '';
    return html`<div class="error-summary" part="error-summary" tabindex="-1">
      <div role="alert">
        <h2>${failure ? m.errorTitle : m.errorSummaryTitle}</h2>
        ${fieldErrors.length
          ? html`<ul>
              ${fieldErrors.map(([id, text]) => html`<li><a href="#${id}" @click=${(e: Event) => this.#focusField(e, id)}>${text}</a></li>`)}
            </ul>`
          : html`<p>${general}</p>`}
      </div>
      ${failure && this.#request
        ? html`<button type="button" class="button" part="button retry-button" @click=${this.#onRetry}>${m.retry}</button>`
        : nothing}
    </div>`;
  }

  #focusField(event: Event, id: string): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    input?.focus({ preventScroll: true });
    (this.renderRoot.querySelector(`label[for="${id}"]`) ?? input)?.scrollIntoView({ block: 'start' });
  }

  #renderForm(): TemplateResult {
    const m = this.#messages;
    const kinds = this.#factorKinds();
    const kind = this._factorKind;
    const codeKey = this._formErrors[CODE_ID];
    const factorKey = this._formErrors[FACTOR_ID];
    const codeError = codeKey ? m[codeKey] : '';
    const factorError = factorKey ? m[factorKey] : '';
    const busy = this.#lookup.status === 'loading';
    const codeGiven = !!this.dossierCode.trim();
    return html`<form class="lookup" part="lookup-form" novalidate @submit=${this.#onSubmit} aria-labelledby="lookup-title">
      <h2 id="lookup-title">${m.lookupTitle}</h2>
      <div class=${codeError ? 'field field--error' : 'field'} part="field">
        ${renderLabel(CODE_ID, m.codeLabel, true)} ${renderHint(CODE_ID, m.codeHint)} ${renderError(CODE_ID, codeError, m.errorPrefix)}
        <input
          class="input"
          part="input"
          id=${CODE_ID}
          name="code"
          autocomplete="off"
          spellcheck="false"
          required
          ?readonly=${codeGiven}
          aria-invalid=${codeError ? 'true' : 'false'}
          aria-describedby=${describedBy(CODE_ID, true, !!codeError) ?? nothing}
          .value=${live(this._code)}
          @input=${(e: Event) => (this._code = (e.target as HTMLInputElement).value)}
        />
      </div>
      ${kind ? this.#renderFactor(kinds, kind, factorError) : nothing}
      <button class="button button--primary" part="button lookup-button" type="submit" ?disabled=${busy}>${m.lookup}</button>
    </form>`;
  }

  #renderFactor(kinds: readonly SecondFactorKind[], kind: SecondFactorKind, error: string): TemplateResult {
    const m = this.#messages;
    const phone = kind === 'phone';
    const choice =
      kinds.length > 1
        ? html`<fieldset class="kinds">
            <legend class="visually-hidden">${m.applicant}</legend>
            ${kinds.map(
              (k) => html`<label class="kind"
                ><input
                  type="radio"
                  name="factor-kind"
                  .checked=${live(k === kind)}
                  @change=${() => {
                    this._factorKind = k;
                    this._formErrors = {};
                  }}
                />${k === 'phone' ? m.phoneLabel : m.idLabel}</label
              >`,
            )}
          </fieldset>`
        : nothing;
    return html`${choice}
      <div class=${error ? 'field field--error' : 'field'} part="field">
        ${renderLabel(FACTOR_ID, phone ? m.phoneLabel : m.idLabel, true)} ${renderHint(FACTOR_ID, phone ? m.phoneHint : m.idHint)}
        ${renderError(FACTOR_ID, error, m.errorPrefix)}
        <input
          class="input input--short"
          part="input"
          id=${FACTOR_ID}
          name=${phone ? 'phone' : 'id-number'}
          type=${phone ? 'tel' : 'text'}
          inputmode=${phone ? 'tel' : 'numeric'}
          autocomplete=${phone ? 'tel' : 'off'}
          required
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy(FACTOR_ID, true, !!error) ?? nothing}
          .value=${live(this._factorValue)}
          @input=${(e: Event) => (this._factorValue = (e.target as HTMLInputElement).value)}
        />
      </div>`;
  }

  #renderDossier(dossier: Dossier): TemplateResult {
    const m = this.#messages;
    const applicantIds = [dossier.applicant.idNumber, dossier.applicant.phone].filter((v): v is string => !!v).map(maskIdentifier);
    const refreshFailed = this.#refresh.state.status === 'failed';
    return html`<section class="dossier" part="dossier" aria-labelledby=${TITLE_ID}>
      <h2 id=${TITLE_ID} part="title" tabindex="-1">${m.dossierTitle(dossier.code)}</h2>
      <dl class="details">
        <div><dt>${m.procedure}</dt><dd>${dossier.procedure.name} <span class="muted">(${dossier.procedure.code})</span></dd></div>
        <div>
          <dt>${m.applicant}</dt>
          <dd>${dossier.applicant.name}${applicantIds.length ? html` <span class="muted">(${applicantIds.join(', ')})</span>` : nothing}</dd>
        </div>
        <div><dt>${m.submittedAt}</dt><dd>${this.#time(dossier.submittedAt, true)}</dd></div>
        <div><dt>${m.currentState}</dt><dd>${this.#renderState(dossier.state)}</dd></div>
        ${dossier.dueAt ? this.#renderDue(dossier, dossier.dueAt) : nothing}
      </dl>
      ${dossier.apology ? this.#renderApology(dossier) : nothing}
      ${dossier.state.kind === 'SUPPLEMENT_REQUIRED' ? this.#renderSupplement(dossier.state) : nothing}
      ${this.#renderDelivery(dossier.delivery, dossier.state)} ${this.#renderTimeline(dossier.events)}
      ${dossier.updatedAt ? html`<p class="muted">${m.lastUpdated(formatDateTimeVN(dossier.updatedAt))}</p>` : nothing}
      ${refreshFailed ? html`<p class="muted">${m.refreshFailed}</p>` : nothing}
    </section>`;
  }

  #time(value: string, withTime: boolean): TemplateResult {
    const datetime = withTime ? machineDateTime(value) : machineDate(value);
    const text = withTime ? formatDateTimeVN(value) : formatDateVN(value);
    return datetime ? html`<time datetime=${datetime}>${text}</time>` : html`${text}`;
  }

  #renderState(state: DossierState): TemplateResult {
    const m = this.#messages;
    const extra: unknown[] = [];
    switch (state.kind) {
      case 'IN_PROCESS':
        extra.push(html`<span class="state-detail">${m.currentAgency}: ${state.agency.name}${state.step ? ` (${state.step})` : ''}</span>`);
        break;
      case 'PAYMENT_REQUIRED':
        extra.push(html`<span class="state-detail">${formatVND(state.amount)}${state.reason ? ` · ${state.reason}` : ''}</span>`);
        break;
      case 'RESULT_READY':
        extra.push(html`<span class="state-detail">${state.outcome === 'GRANTED' ? m.outcomeGranted : m.outcomeRejected}${state.reason ? ` · ${state.reason}` : ''}</span>`);
        break;
      case 'REFUSED':
      case 'STOPPED':
        extra.push(html`<span class="state-detail">${state.reason}</span>`);
        break;
      case 'WITHDRAWN':
        if (state.reason) extra.push(html`<span class="state-detail">${state.reason}</span>`);
        break;
      default:
        break;
    }
    return html`<strong part="state" class="state state--${state.kind.toLowerCase()}">${stateText(m, state)}</strong>${extra}`;
  }

  #renderDue(dossier: Dossier, dueAt: string): TemplateResult {
    const m = this.#messages;
    const t = this.#timeliness(dossier);
    return html`<div>
        <dt>${m.dueDate}</dt>
        <dd>${this.#time(dueAt, false)} ${t ? this.#badge(t, 'badge') : nothing}</dd>
      </div>
      ${dossier.revisedDueAt
        ? html`<div>
            <dt>${m.revisedDueDate}</dt>
            <dd>${this.#time(dossier.revisedDueAt, false)} ${t?.revised ? this.#badge(t.revised, 'badge revised-badge') : nothing}</dd>
          </div>`
        : nothing}`;
  }

  /** The timeliness badge: its word and the working days, in text (the colour only repeats it). */
  #badge(t: DueMeasure, part: string): TemplateResult {
    return html`<span class="badge badge--${t.timeliness}" part=${part}>${this.#messages[TIMELINESS_TEXT[t.timeliness]] as string}${this.#daysText(t)}</span>`;
  }

  /** " · còn 3 ngày làm việc": the working days left, over or early, after the badge's word. */
  #daysText(t: DueMeasure): string {
    const m = this.#messages;
    if (t.timeliness === 'pending') return ` · ${m.workingDaysLeft(t.workingDaysLeft)}`;
    if ((t.timeliness === 'late' || t.timeliness === 'overdue') && t.workingDaysOver > 0) return ` · ${m.workingDaysOver(t.workingDaysOver)}`;
    if (t.timeliness === 'early' && t.workingDaysLeft > 0) return ` · ${m.workingDaysEarly(t.workingDaysLeft)}`;
    return '';
  }

  #renderApology(dossier: Dossier): TemplateResult {
    const m = this.#messages;
    const apology = dossier.apology!;
    return html`<div class="box box--notice" part="apology">
      <h3>${m.apologyTitle}</h3>
      <p>${this.#time(apology.at, true)}${apology.agency ? html` · ${apology.agency.name}` : nothing}</p>
      <p><strong>${m.apologyReason}:</strong> ${apology.reason}</p>
      ${dossier.revisedDueAt ? html`<p><strong>${m.revisedDueDate}:</strong> ${this.#time(dossier.revisedDueAt, false)}</p>` : nothing}
    </div>`;
  }

  #renderSupplement(state: Extract<DossierState, { kind: 'SUPPLEMENT_REQUIRED' }>): TemplateResult {
    const m = this.#messages;
    return html`<div class="box box--notice" part="supplement">
      <h3>${m.supplementTitle} <span class="muted">(${state.stage === 'intake' ? m.supplementStageIntake : m.supplementStageProcessing})</span></h3>
      <p><strong>${m.supplementReason}:</strong> ${state.reason}</p>
      <p><strong>${m.supplementItems}:</strong></p>
      <ul>
        ${state.items.map((item) => html`<li>${item.name}${item.note ? html` <span class="muted">(${item.note})</span>` : nothing}</li>`)}
      </ul>
      ${state.deadline ? html`<p><strong>${m.supplementDeadline}:</strong> ${this.#time(state.deadline, true)}</p>` : nothing}
    </div>`;
  }

  #renderDelivery(delivery: Delivery, state: DossierState): TemplateResult | typeof nothing {
    const m = this.#messages;
    // Nothing to collect while the dossier is refused, withdrawn or stopped.
    if (state.kind === 'REFUSED' || state.kind === 'WITHDRAWN' || state.kind === 'STOPPED') return nothing;
    let body: unknown;
    switch (delivery.method) {
      case 'ONLINE': {
        const result = delivery.result;
        body =
          result && isSafeUrl(result.downloadUrl)
            ? html`<p>${m.deliveryOnline}</p>
                <p>
                  <a part="download" class="download" href=${result.downloadUrl} download=${result.fileName}>${m.download(result.title)}</a>
                  <span class="muted">(${result.fileName}${result.documentNumber ? `, ${result.documentNumber}` : ''})</span>
                </p>`
            : html`<p>${m.deliveryOnline}</p>
                <p class="muted">${m.resultNotYet}</p>`;
        break;
      }
      case 'IN_PERSON':
        body = html`<p>${m.deliveryInPerson}: <strong>${delivery.place.name}</strong></p>
          ${delivery.place.address ? html`<p>${delivery.place.address}</p>` : nothing}
          ${delivery.place.hours ? html`<p class="muted">${delivery.place.hours}</p>` : nothing}`;
        break;
      case 'POST':
        body = html`<p>${m.deliveryPost}${delivery.carrier ? ` (${delivery.carrier})` : ''}</p>
          ${delivery.trackingNumber
            ? html`<p>
                ${m.trackingNumber}:
                ${delivery.trackingUrl && isSafeUrl(delivery.trackingUrl)
                  ? html`<a href=${delivery.trackingUrl} rel="noopener">${delivery.trackingNumber}</a>`
                  : html`<strong>${delivery.trackingNumber}</strong>`}
              </p>`
            : nothing}`;
        break;
    }
    return html`<div class="delivery" part="delivery">
      <h3>${m.deliveryTitle}</h3>
      ${body}
    </div>`;
  }

  #renderTimeline(events: readonly DossierEvent[]): TemplateResult {
    const m = this.#messages;
    return html`<div class="history">
      <h3 id="timeline-title">${m.timelineTitle}</h3>
      ${events.length
        ? html`<ol class="timeline" part="timeline" aria-labelledby="timeline-title">
            ${events.map(
              (event) => html`<li class="event" part="event">
                ${this.#time(event.at, true)}
                <strong class="event-state">${stateText(m, event.state)}</strong>
                ${event.agency || event.actor
                  ? html`<span class="event-agency">${[event.agency?.name, event.actor].filter(Boolean).join(' · ')}</span>`
                  : nothing}
                ${event.note ? html`<span class="event-note">${event.note}</span>` : nothing}
              </li>`,
            )}
          </ol>`
        : html`<p class="muted">${m.noEvents}</p>`}
    </div>`;
  }
}
