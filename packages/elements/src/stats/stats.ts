import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Locale } from '@dvc-kit/form-engine/core';
import { readStatistics } from '@dvc-kit/dossier/statistics/read';
import type { AgencyStatistics, DossierStatistics, StatisticsCounts } from '@dvc-kit/dossier/statistics';
import type { Agency } from '@dvc-kit/dossier/types';
import { AsyncStateController } from '../shared/async-state.js';
import { describedBy, renderError, renderHint, renderLabel } from '../shared/field.js';
import { LocaleController, resolveLocale } from '../shared/locale.js';
import { formatDateTimeVN } from '@dvc-kit/vn/time';
import { DvcSourceErrorEvent } from '../events/dvc-source-error.js';
import { STATS_MESSAGES, type StatsMessages } from './messages.js';
import { styles } from './stats.styles.js';
import { chartLayout, formatCount, formatShare, headline, monthParts, type SegmentKind, type Share } from './internal/figures.js';

/** Why the statistics could not be shown. */
export type StatsFailureCode = 'invalid-request' | 'server' | 'network' | 'timeout' | 'malformed';

export interface StatsFailure {
  code: StatsFailureCode;
  status?: number;
  /** For `malformed`: where and how the answer breaks the contract (`ContractError`'s message), for developers. */
  detail?: string;
}

/** What the chooser (or the attributes) asks for; empty means the server's default. */
export interface StatisticsQuery {
  from: string;
  to: string;
  agency: string;
}

/**
 * Reads the statistics for a query from wherever the page keeps them (its own client, a test): resolves with the
 * JSON answer, which the element checks as it checks `src`'s; rejects with a `StatsFailure` (any other error counts
 * as `network`). Stop when `signal` aborts: the element asked for something else.
 */
export type StatisticsLoader = (query: StatisticsQuery, options: { signal: AbortSignal }) => Promise<unknown>;

const FAILURE_TEXT: Readonly<Record<StatsFailureCode, keyof StatsMessages>> = {
  'invalid-request': 'errorInvalidRequest',
  server: 'errorServer',
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  malformed: 'errorMalformed',
};

/** The columns of the tables, in order, with their headings. */
const COLUMNS: readonly [keyof StatisticsCounts, keyof StatsMessages][] = [
  ['received', 'colReceived'],
  ['filedOnline', 'colFiledOnline'],
  ['withFees', 'colWithFees'],
  ['paidOnline', 'colPaidOnline'],
  ['finished', 'colFinished'],
  ['early', 'colEarly'],
  ['onTime', 'colOnTime'],
  ['late', 'colLate'],
  ['overdue', 'colOverdue'],
  ['inProgress', 'colInProgress'],
];

const SEGMENT_TEXT: Readonly<Record<SegmentKind, keyof StatsMessages>> = { early: 'colEarly', onTime: 'colOnTime', late: 'colLate' };

const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
/** The contract's largest answer (10,000 agency × month rows of ~300 characters) fits; a bigger body is not one. */
const MAX_BODY_CHARS = 5_000_000;
const FROM_ID = 'stats-from';
const TO_ID = 'stats-to';
const AGENCY_ID = 'stats-agency';

type ChooserErrors = Partial<Record<typeof FROM_ID | typeof TO_ID, 'monthInvalid' | 'rangeInvalid'>>;

/**
 * The public statistics of a service centre: dossiers received, the share filed online and paid online, processed
 * early, on time or late, and overdue now, per month and per agency, from `GET /api/statistics`
 * (`schemas/api/statistics.schema.json`). Headline figures, a bar chart of the dossiers processed per month (early,
 * on time, late: patterns and a legend as well as colours; hidden from assistive technology, which reads the tables
 * instead), and the tables behind it. Numbers are written the Vietnamese way (`1.234`, `87,5 %`).
 *
 * @summary Public statistics of dossiers: headline figures, an accessible chart and its tables.
 *
 * @fires {CustomEvent<{ code: 'invalid-request' | 'server' | 'network' | 'timeout' | 'malformed'; status?: number; message: string; refresh: boolean }>} dvc-error - The statistics could not be loaded or break the contract (`DvcSourceErrorEvent`, `refresh` always false).
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The heading.
 * @csspart period - The period, agency and "as of" line.
 * @csspart chooser - The form choosing the agency and the months.
 * @csspart field - The wrapper of one field of the chooser.
 * @csspart field-label - A field's label.
 * @csspart field-hint - A field's hint.
 * @csspart field-error - A field's inline error.
 * @csspart input - The chooser's inputs and select.
 * @csspart button - The chooser's and the retry buttons.
 * @csspart status - The "loading" line.
 * @csspart error - The box that says the statistics could not be loaded.
 * @csspart retry-button - The button that loads them again.
 * @csspart notice - Says the page gave no source, or that the period has no dossiers.
 * @csspart headline - The key figures (a description list).
 * @csspart figure - One key figure.
 * @csspart chart - The chart with its caption and legend.
 * @csspart legend - The chart's legend.
 * @csspart table - Each table (per month, per agency).
 * @csspart table-region - The scrollable box around each table (focusable, so a keyboard can scroll it).
 *
 * @cssprop --dvc-font-family - Font.
 * @cssprop --dvc-font-size - Base font size.
 * @cssprop --dvc-color-text - Text colour.
 * @cssprop --dvc-color-muted - Hints and captions.
 * @cssprop --dvc-color-border - Table rules and boxes.
 * @cssprop --dvc-color-accent - The figures' rule.
 * @cssprop --dvc-color-error - The error box and errors.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-stats-early - Colour of "early" in the chart.
 * @cssprop --dvc-stats-on-time - Colour of "on time" in the chart.
 * @cssprop --dvc-stats-late - Colour of "late" in the chart.
 *
 * @cssstate loading - The statistics are being loaded.
 * @cssstate failed - They could not be loaded, or break the contract.
 * @cssstate ready - Statistics are shown.
 * @cssstate empty - The period has no dossiers.
 */
export class DvcStats extends LitElement {
  static override styles = styles;

  static override properties = {
    lang: { reflect: true },
    src: {},
    statistics: { attribute: false },
    loader: { attribute: false },
    agency: {},
    from: {},
    to: {},
    noChooser: { type: Boolean, attribute: 'no-chooser' },
    timeout: { type: Number },
    _chooserErrors: { state: true },
    _announcement: { state: true },
  };

  /** `vi` or `en`. When absent: the nearest ancestor's `lang`, then `<html lang>`, else `vi`. */
  override lang = '';

  /** The URL of `GET /api/statistics`; `from`, `to` and `agency` are added to its query. */
  src = '';

  /** Statistics to show as they are (checked like an answer of `src`); wins over `src`. */
  statistics?: DossierStatistics;

  /** Reads the statistics instead of `src` (the page's own client); `statistics` wins over it. */
  loader?: StatisticsLoader;

  /** Only the dossiers of the agency with this electronic identifier (with `src` or `loader`). */
  agency = '';

  /** The first month, `YYYY-MM`; empty: the server's default (with `src` or `loader`). */
  from = '';

  /** The last month, `YYYY-MM`; empty: the server's default (with `src` or `loader`). */
  to = '';

  /** Hides the form choosing the agency and the months (shown with `src` or `loader`). */
  noChooser = false;

  /** Milliseconds to wait for the server. */
  timeout = 15_000;

  private _chooserErrors: ChooserErrors = {};
  /** Said in the status region once figures the citizen asked for are shown. */
  private _announcement = '';

  readonly #localeController = new LocaleController(this);
  readonly #internals = this.attachInternals();
  readonly #load = new AsyncStateController<DossierStatistics, StatsFailure>(this);
  #messages: StatsMessages = STATS_MESSAGES.vi;
  /** The next load was asked for by the citizen (the chooser, "Thử lại"): say when its figures are shown. */
  #citizenAsked = false;
  /** Every agency seen in an answer (by id), so that the chooser still lists them once one is chosen. */
  readonly #agencies = new Map<string, Required<Agency>>();

  // ---------------------------------------------------------------- public API

  /** Resolves when the load under way (if any) has settled and the element has rendered it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.#load.pending; pending; pending = this.#load.pending) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Loads the statistics again. */
  retry(): void {
    this.#citizenAsked = true;
    this.#start();
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.#localeController.locale = resolveLocale(this);
    this.#messages = STATS_MESSAGES[this.#localeController.locale];
    if (['src', 'statistics', 'loader', 'agency', 'from', 'to'].some((key) => changed.has(key as keyof DvcStats))) this.#start();
    const state = this.#load.state;
    this.#setState('loading', state.status === 'loading');
    this.#setState('failed', state.status === 'failed');
    this.#setState('ready', state.status === 'ready');
    this.#setState('empty', state.status === 'ready' && isEmpty(state.value.totals));
  }

  #start(): void {
    this.#load.restart();
    this._announcement = '';
    const citizenAsked = this.#citizenAsked;
    this.#citizenAsked = false;
    if (this.statistics !== undefined) {
      const read = this.#read(this.statistics);
      this.#load.set(read.ok ? { status: 'ready', value: read.value } : { status: 'failed', failure: read.failure });
      if (!read.ok) this.#fireError(read.failure);
      return;
    }
    const query: StatisticsQuery = { from: this.from.trim(), to: this.to.trim(), agency: this.agency.trim() };
    const loader = this.loader;
    const url = this.#url();
    if (!loader && !url) return;
    this.#load.step(
      async (signal) => {
        if (!loader) return this.#fetch(url!, signal);
        const read = this.#read(await loader(query, { signal }));
        if (!read.ok) throw read.failure;
        return read.value;
      },
      (value) => {
        this.#load.set({ status: 'ready', value });
        if (citizenAsked) this._announcement = this.#messages.loaded(formatCount(value.totals.received, this.#locale()));
      },
      (error: unknown) => {
        const failure = isFailure(error) ? error : { code: 'network' as const };
        this.#load.set({ status: 'failed', failure });
        this.#fireError(failure);
      },
    );
  }

  /** `src` with the chosen months and agency, resolved against the page; null when there is none or it is not http(s). */
  #url(): URL | null {
    const src = this.src.trim();
    if (!src) return null;
    let url: URL;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    for (const [key, value] of [
      ['from', this.from],
      ['to', this.to],
      ['agency', this.agency],
    ] as const) {
      if (value.trim()) url.searchParams.set(key, value.trim());
      else url.searchParams.delete(key);
    }
    return url;
  }

  async #fetch(url: URL, signal: AbortSignal): Promise<DossierStatistics> {
    const controller = new AbortController();
    const abort = (): void => controller.abort();
    signal.addEventListener('abort', abort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, Math.max(1, this.timeout));
    let response: Response;
    let body: string;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
      body = await response.text();
    } catch {
      throw failure(timedOut ? 'timeout' : 'network');
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    }
    if (!response.ok) throw failure(response.status === 400 ? 'invalid-request' : 'server', response.status);
    if (body.length > MAX_BODY_CHARS) throw failure('malformed', response.status, `the answer is over ${MAX_BODY_CHARS} characters`);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw failure('malformed', response.status, `the answer is not JSON (${response.headers.get('content-type') ?? 'no content type'})`);
    }
    const read = this.#read(json);
    if (!read.ok) throw read.failure;
    return read.value;
  }

  /** The statistics checked against the contract (`readStatistics`), remembering their agencies for the chooser. */
  #read(json: unknown): { ok: true; value: DossierStatistics } | { ok: false; failure: StatsFailure } {
    let value: DossierStatistics;
    try {
      value = readStatistics(json);
    } catch (error) {
      return { ok: false, failure: failure('malformed', undefined, error instanceof Error ? error.message : String(error)) };
    }
    for (const row of value.byAgency) if (row.agency?.id !== undefined) this.#agencies.set(row.agency.id, { id: row.agency.id, name: row.agency.name });
    return { ok: true, value };
  }

  #fireError(failure: StatsFailure): void {
    const detail = { code: failure.code, message: this.#messages[FAILURE_TEXT[failure.code]] as string, refresh: false };
    this.dispatchEvent(new DvcSourceErrorEvent(failure.status === undefined ? detail : { ...detail, status: failure.status }));
  }

  #setState(name: string, on: boolean): void {
    try {
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    } catch {
      // CustomStateSet without plain identifiers (older browsers): states are a progressive enhancement.
    }
  }

  // ---------------------------------------------------------------- chooser

  #onChoose(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const from = String(data.get('from') ?? '').trim();
    const to = String(data.get('to') ?? '').trim();
    const errors: ChooserErrors = {};
    if (from && !MONTH.test(from)) errors[FROM_ID] = 'monthInvalid';
    if (to && !MONTH.test(to)) errors[TO_ID] = 'monthInvalid';
    if (!errors[FROM_ID] && !errors[TO_ID] && from && to && from > to) errors[FROM_ID] = 'rangeInvalid';
    this._chooserErrors = errors;
    const first = Object.keys(errors)[0];
    if (first) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus());
      return;
    }
    const agency = String(data.get('agency') ?? '');
    if (from === this.from && to === this.to && agency === this.agency) return;
    this.#citizenAsked = true;
    this.from = from;
    this.to = to;
    this.agency = agency;
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    const m = this.#messages;
    const state = this.#load.state;
    const hasSource = this.statistics !== undefined || this.loader !== undefined || this.#url() !== null;
    return html`<section class="base" part="base" aria-labelledby="stats-title">
      <h2 id="stats-title" part="title">${m.title}</h2>
      ${hasSource ? nothing : html`<p class="notice" part="notice" role="alert">${m.noSource}</p>`}
      ${this.statistics === undefined && hasSource && !this.noChooser ? this.#renderChooser() : nothing}
      <div role="status" class="live">
        ${state.status === 'loading' ? html`<p class="status" part="status">${m.loading}</p>` : html`<p class="visually-hidden">${this._announcement}</p>`}
      </div>
      ${state.status === 'failed' ? this.#renderFailure(state.failure) : nothing} ${state.status === 'ready' ? this.#renderStatistics(state.value) : nothing}
    </section>`;
  }

  #renderChooser(): TemplateResult {
    const m = this.#messages;
    const errors = this._chooserErrors;
    const month = (id: typeof FROM_ID | typeof TO_ID, name: 'from' | 'to', label: string, value: string) => {
      const error = errors[id] ? m[errors[id]] : '';
      return html`<div class="field ${error ? 'field--error' : ''}" part="field">
        ${renderLabel(id, label, false)} ${renderHint(id, m.monthHint)} ${renderError(id, error as string, m.errorPrefix)}
        <input
          class="input month"
          part="input"
          id=${id}
          name=${name}
          type="month"
          .value=${value}
          aria-describedby=${describedBy(id, true, !!error)}
          aria-invalid=${error ? 'true' : 'false'}
        />
      </div>`;
    };
    const agencies = [...this.#agencies.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    // Without from/to the server chose the months: show them, so that the reader changes them from there.
    const shown = this.#load.value;
    return html`<form class="chooser" part="chooser" novalidate @submit=${this.#onChoose} aria-label=${m.chooserTitle}>
      <div class="field" part="field">
        ${renderLabel(AGENCY_ID, m.agencyLabel, false)}
        <select class="input" part="input" id=${AGENCY_ID} name="agency">
          <option value="" ?selected=${!this.agency}>${m.allAgencies}</option>
          ${agencies.map((a) => html`<option value=${a.id} ?selected=${a.id === this.agency}>${a.name}</option>`)}
          ${this.agency && !this.#agencies.has(this.agency) ? html`<option value=${this.agency} selected>${this.agency}</option>` : nothing}
        </select>
      </div>
      ${month(FROM_ID, 'from', m.fromLabel, this.from || (shown?.from ?? ''))} ${month(TO_ID, 'to', m.toLabel, this.to || (shown?.to ?? ''))}
      <div><button type="submit" class="button" part="button">${m.show}</button></div>
    </form>`;
  }

  #renderFailure(failure: StatsFailure): TemplateResult {
    const m = this.#messages;
    return html`<div class="error-box" part="error" role="alert">
      <h3>${m.errorTitle}</h3>
      <p>${m[FAILURE_TEXT[failure.code]]}</p>
      ${failure.detail ? html`<p class="detail">${m.errorDetail}: <code>${failure.detail}</code></p>` : nothing}
      ${this.statistics === undefined && (this.loader || this.#url())
        ? html`<button type="button" class="button" part="button retry-button" @click=${() => this.retry()}>${m.retry}</button>`
        : nothing}
    </div>`;
  }

  #locale(): Locale {
    return this.#localeController.locale;
  }

  #monthName(month: string): string {
    const { month: number, year } = monthParts(month);
    return this.#messages.monthName(number, year);
  }

  #renderStatistics(stats: DossierStatistics): TemplateResult {
    const m = this.#messages;
    const chosen = stats.byAgency.length === 1 && this.agency && stats.byAgency[0].agency?.id === this.agency ? stats.byAgency[0].agency.name : '';
    return html`<p class="period" part="period">
        ${m.period(this.#monthName(stats.from), this.#monthName(stats.to))}${chosen ? html` · ${chosen}` : nothing}. ${m.asOf(formatDateTimeVN(stats.asOf))}
        ${stats.skipped > 0 ? m.skipped(stats.skipped) : nothing}
      </p>
      ${isEmpty(stats.totals)
        ? html`<p class="notice" part="notice">${m.empty}</p>`
        : html`${this.#renderHeadline(stats.totals)} ${this.#renderChart(stats)} ${this.#renderMonthTable(stats)} ${this.#renderAgencyTable(stats)}`}`;
  }

  #renderHeadline(totals: StatisticsCounts): TemplateResult {
    const m = this.#messages;
    const locale = this.#locale();
    const h = headline(totals);
    const n = (value: number) => formatCount(value, locale);
    const pct = (s: Share) => (s.share === null ? m.noShare : formatShare(s.share, locale));
    const figure = (label: string, value: string, note: string | typeof nothing = nothing) =>
      html`<div class="figure" part="figure">
        <dt>${label}</dt>
        <dd class="value">${value}</dd>
        ${note === nothing ? nothing : html`<dd class="note">${note}</dd>`}
      </div>`;
    return html`<h3 class="visually-hidden">${m.headlineTitle}</h3>
      <dl class="headline" part="headline">
        ${figure(m.received, n(h.received))} ${figure(m.filedOnline, pct(h.filedOnline), m.filedOnlineOf(n(h.filedOnline.part), n(h.filedOnline.whole)))}
        ${figure(m.paidOnline, pct(h.paidOnline), m.paidOnlineOf(n(h.paidOnline.part), n(h.paidOnline.whole)))}
        ${figure(m.onTime, pct(h.onTime), m.onTimeOf(n(h.onTime.part), n(h.onTime.whole)))} ${figure(m.late, pct(h.late), m.lateOf(n(h.late.part), n(h.late.whole)))}
        ${figure(m.overdueNow, n(h.overdue), m.overdueNowOf(n(h.inProgress)))}
      </dl>`;
  }

  #renderChart(stats: DossierStatistics): TemplateResult {
    const m = this.#messages;
    const locale = this.#locale();
    const chart = chartLayout(stats.byMonth);
    const { plot } = chart;
    const swatch = (kind: SegmentKind) =>
      html`<svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><rect width="16" height="16" class="segment segment--${kind}" fill=${patternFill(kind)} /></svg>`;
    return html`<figure class="chart" part="chart">
      <figcaption>
        <h3>${m.chartTitle}</h3>
        <p class="caption">${m.chartCaption}</p>
      </figcaption>
      <div aria-hidden="true">
        <ul class="legend" part="legend">
          ${(['early', 'onTime', 'late'] as const).map((kind) => html`<li>${swatch(kind)} ${m[SEGMENT_TEXT[kind]]}</li>`)}
        </ul>
        <svg class="plot" viewBox="0 0 ${chart.width} ${chart.height}" width=${chart.width} height=${chart.height} focusable="false">
          <defs>
            <pattern id="pattern-onTime" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" class="fill--onTime" />
              <rect width="2" height="6" class="hatch" />
            </pattern>
            <pattern id="pattern-late" width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" class="fill--late" />
              <circle cx="3" cy="3" r="1.3" class="hatch" />
            </pattern>
          </defs>
          ${chart.ticks.map(
            (tick) =>
              svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${tick.y} y2=${tick.y} />
                <text class="tick" x=${plot.left - 6} y=${tick.y} dy="0.35em" text-anchor="end">${formatCount(tick.value, locale)}</text>`,
          )}
          ${chart.bars.map((bar) => this.#renderBar(bar, plot.bottom, locale))}
          <line class="axis" x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom} />
        </svg>
      </div>
    </figure>`;
  }

  #renderBar(bar: ReturnType<typeof chartLayout>['bars'][number], bottom: number, locale: Locale): SVGTemplateResult {
    const { month, year } = monthParts(bar.month);
    const top = bar.segments.length ? bar.segments[bar.segments.length - 1].y : bottom;
    return svg`<g class="bar" data-month=${bar.month} data-total=${bar.total}>
      ${bar.segments.map(
        (s) =>
          svg`<rect class="segment segment--${s.kind}" fill=${patternFill(s.kind)} x=${bar.x} y=${s.y} width=${bar.width} height=${s.height}
            data-month=${bar.month} data-kind=${s.kind} data-value=${s.value} />`,
      )}
      <text class="total" x=${bar.x + bar.width / 2} y=${top - 6} text-anchor="middle">${formatCount(bar.total, locale)}</text>
      ${bar.labelled ? svg`<text class="month" x=${bar.x + bar.width / 2} y=${bottom + 16} text-anchor="middle">${month}/${year}</text>` : nothing}
    </g>`;
  }

  #renderTable(caption: string, id: string, head: string, rows: { label: string; key: string; counts: StatisticsCounts }[], totals: StatisticsCounts): TemplateResult {
    const m = this.#messages;
    const locale = this.#locale();
    const cells = (key: string, counts: StatisticsCounts) =>
      COLUMNS.map(([column]) => html`<td data-row=${key} data-key=${column}>${formatCount(counts[column], locale)}</td>`);
    return html`<div class="table-region" part="table-region" role="region" aria-labelledby=${id} tabindex="0">
      <table part="table">
        <caption id=${id}>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${head}</th>
            ${COLUMNS.map(([, text]) => html`<th scope="col">${m[text]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => html`<tr><th scope="row">${row.label}</th>${cells(row.key, row.counts)}</tr>`)}
        </tbody>
        <tfoot>
          <tr><th scope="row">${m.total}</th>${cells('total', totals)}</tr>
        </tfoot>
      </table>
    </div>`;
  }

  #renderMonthTable(stats: DossierStatistics): TemplateResult {
    const m = this.#messages;
    const rows = stats.byMonth.map((month) => ({ label: this.#monthName(month.month), key: month.month, counts: month }));
    return this.#renderTable(m.byMonthCaption, 'stats-by-month', m.month, rows, stats.totals);
  }

  #renderAgencyTable(stats: DossierStatistics): TemplateResult {
    const m = this.#messages;
    const label = (row: AgencyStatistics) => row.agency?.name ?? m.noAgency;
    const rows = stats.byAgency.map((row) => ({ label: label(row), key: row.agency?.id ?? row.agency?.name ?? '', counts: row }));
    return this.#renderTable(m.byAgencyCaption, 'stats-by-agency', m.agency, rows, stats.totals);
  }
}

/** Early is solid; on time striped, late dotted (patterns of the chart's defs), so colour is not the only cue. */
function patternFill(kind: SegmentKind): string | typeof nothing {
  return kind === 'early' ? nothing : `url(#pattern-${kind})`;
}

function isEmpty(totals: StatisticsCounts): boolean {
  return totals.received === 0 && totals.finished === 0;
}

function failure(code: StatsFailureCode, status?: number, detail?: string): StatsFailure {
  const out: StatsFailure = { code };
  if (status !== undefined) out.status = status;
  if (detail !== undefined) out.detail = detail;
  return out;
}

function isFailure(value: unknown): value is StatsFailure {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'code') && typeof (value as StatsFailure).code === 'string' && Object.hasOwn(FAILURE_TEXT, (value as StatsFailure).code);
}
