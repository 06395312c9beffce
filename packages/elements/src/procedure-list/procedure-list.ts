import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isSafeUrl } from '@dvc-kit/form-engine/safe-url';
import {
  CATALOG_TEXT,
  feesSummaryText,
  levelsText,
  localizedText,
  onlineServiceText,
  processingTimeText,
  type Level,
  type LocalizedText,
  type OnlineService,
} from '@dvc-kit/procedure/wording';
import type { Locale } from '@dvc-kit/form-engine/core';
import { AsyncStateController } from '../shared/async-state.js';
import { describedBy, renderHint, renderLabel } from '../shared/field.js';
import { LocaleController, resolveLocale } from '../shared/locale.js';
import { DvcProcedureSelectEvent } from '../events/dvc-procedure-select.js';
import { DvcProcedureFilterEvent } from '../events/dvc-procedure-filter.js';
import { DvcCatalogErrorEvent, type CatalogFailureCode } from '../events/dvc-catalog-error.js';
import { PROCEDURE_LIST_MESSAGES, type ProcedureListMessages } from './messages.js';
import { styles } from './procedure-list.styles.js';
import { CatalogError, readCatalog, type CatalogProblem, type CatalogReading, type ListedCatalog, type ListedProcedure } from './internal/read-catalog.js';
import {
  filterProcedures,
  indexProcedures,
  isFiltered,
  levelOptions,
  onlineServiceOptions,
  sectorOptionValue,
  sectorOptions,
  toLevel,
  toOnlineService,
  QUERY_LIMIT,
  type IndexedProcedure,
} from './internal/search.js';

export type { ListedCatalog, ListedProcedure, CatalogProblem };

const SEARCH_ID = 'procedure-search';
const SECTOR_ID = 'procedure-sector';
const LEVEL_ID = 'procedure-level';
const ONLINE_ID = 'procedure-online-service';
/** The pause after the last key before the list follows: short enough to feel live, long enough not to redraw per key. */
const DEBOUNCE_MS = 150;
/** How long a catalogue download may take. */
const FETCH_TIMEOUT_MS = 20_000;
/** The largest catalogue read (bytes): a province's is about 3 MB. */
const MAX_CATALOG_BYTES = 16 * 1024 * 1024;

/** Why a catalogue could not be shown. */
class CatalogLoadFailure extends Error {
  constructor(
    readonly code: Exclude<CatalogFailureCode, 'skipped'>,
    readonly status?: number,
    readonly problems: readonly CatalogProblem[] = [],
  ) {
    super(code);
  }
}

/** The catalogue read, with its search index. */
interface LoadedCatalog {
  reading: CatalogReading;
  index: IndexedProcedure[];
}

/** The fetch the list uses for `src`: the page's, or one a page gives (headers, a test). */
export type CatalogFetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * The procedure catalogue a service centre's site puts on its start page: a search box that ignores case and
 * diacritics ("dang ky khai sinh" finds "Đăng ký khai sinh") over names, codes, sectors and agencies, filters by
 * sector, level and online service type, and the matching procedures as a list of links, each with its code, sector,
 * level, online service, processing time and fees. The catalogue is `catalog.json` as `dvc-schema build` writes it,
 * given as the `catalog` property or fetched from `src`; it is checked before it is shown.
 *
 * Search and filters are attributes too (`query`, `sector`, `level`, `online-service`), so a page can set them from
 * its URL; they reflect what the citizen chose.
 *
 * @summary A searchable list of administrative procedures.
 *
 * @fires {CustomEvent<{ query: string; sector: string; level: string; onlineService: string; count: number }>} dvc-procedure-filter - The citizen changed the search (after its pause) or a filter, e.g. for the page's URL (`DvcProcedureFilterEvent`).
 * @fires {CustomEvent<{ procedure: ListedProcedure; href: string }>} dvc-procedure-select - The citizen chose a procedure (cancelable: `preventDefault()` to route without following the link; `DvcProcedureSelectEvent`).
 * @fires {CustomEvent<{ code: CatalogFailureCode; status?: number; message: string; problems: readonly CatalogProblem[] }>} dvc-error - The catalogue could not be loaded or read, or broken entries were left out (`skipped`; `DvcCatalogErrorEvent`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart search - The search form (the search landmark).
 * @csspart field - The wrapper of the search box and of each filter.
 * @csspart field-label - A label.
 * @csspart field-hint - The search box's hint.
 * @csspart input - The search box.
 * @csspart select - A filter.
 * @csspart filters - The row of filters.
 * @csspart button - The clear, retry and "show more" buttons.
 * @csspart clear-button - The button that clears the search and the filters.
 * @csspart count - The number of procedures found (a polite live region).
 * @csspart list - The list of procedures.
 * @csspart item - One procedure.
 * @csspart item-heading - A procedure's heading.
 * @csspart item-link - A procedure's link (its name).
 * @csspart facts - A procedure's facts (code, sector, level, …).
 * @csspart more-button - The button that shows more procedures.
 * @csspart no-result - What the list says when nothing matches.
 * @csspart status - The loading line.
 * @csspart error - The box that says the catalogue could not be loaded, with a retry.
 * @csspart retry-button - The button that loads the catalogue again.
 * @csspart notice - Says the page gave no catalogue, or that broken entries were left out.
 *
 * @cssprop --dvc-font-family - Font.
 * @cssprop --dvc-font-size - Base font size.
 * @cssprop --dvc-color-text - Text colour.
 * @cssprop --dvc-color-muted - Hints and facts.
 * @cssprop --dvc-color-border - Borders of the inputs and between procedures.
 * @cssprop --dvc-color-accent - Links.
 * @cssprop --dvc-color-error - The load failure's box.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-procedure-list-gap - Space between procedures.
 *
 * @cssstate loading - The catalogue is being fetched.
 * @cssstate failed - The catalogue could not be loaded or read.
 * @cssstate ready - The catalogue is shown.
 * @cssstate filtered - A search or a filter is set.
 * @cssstate no-result - Nothing matches.
 */
export class DvcProcedureList extends LitElement {
  static override styles = styles;

  static override properties = {
    lang: { reflect: true },
    catalog: { attribute: false },
    src: {},
    fetch: { attribute: false },
    query: { reflect: true },
    sector: { reflect: true },
    level: { reflect: true },
    onlineService: { attribute: 'online-service', reflect: true },
    itemHref: { attribute: 'item-href' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    pageSize: { type: Number, attribute: 'page-size' },
    _limit: { state: true },
  };

  /** `vi` or `en`. When absent: the nearest ancestor's `lang`, then `<html lang>`, else `vi`. */
  override lang = '';

  /** The catalogue (`catalog.json` of `dvc-schema build`). Wins over `src`. */
  catalog?: ListedCatalog | null;

  /** A URL to fetch the catalogue from (resolved against the page), e.g. `/api/catalog`. */
  src = '';

  /** The fetch used for `src` (default: the page's `fetch`), e.g. to add a header. */
  fetch?: CatalogFetch;

  /** The search typed (attribute `query`): every word must appear in a procedure's name, code, sector or agency. */
  query = '';

  /** The sector chosen: its Vietnamese (or English) name, case and diacritics ignored; empty for all. */
  sector = '';

  /** The level chosen: `COMMUNE`, `PROVINCE`, `MINISTRY` or `OTHER`; empty for all. */
  level = '';

  /** The online service type chosen (attribute `online-service`): `FULL` or `PARTIAL`; empty for both. */
  onlineService = '';

  /** Each procedure's link, `{id}` replaced by its id (URL-encoded), e.g. `/thu-tuc/{id}`. Empty: `#<id>`. */
  itemHref = '';

  /** The level of each procedure's heading (2 to 6), below the page's heading above the list. */
  headingLevel = 3;

  /** How many procedures show at first, and how many more each "show more" adds; 0 shows all. */
  pageSize = 50;

  /**
   * What the search box holds: kept as typed; `query` follows it after a short pause. Not reactive: a key only
   * changes the box, the list redraws when `query` does.
   */
  #typed = '';
  /** How many of the results show. */
  private _limit = 50;

  readonly #localeController = new LocaleController(this);
  readonly #internals = this.attachInternals();
  readonly #load = new AsyncStateController<LoadedCatalog, CatalogLoadFailure>(this);
  #messages: ProcedureListMessages = PROCEDURE_LIST_MESSAGES.vi;
  #results: ListedProcedure[] = [];
  /** What `#results` was computed for: the catalogue shown and the filters. */
  #resultsFor: { loaded: LoadedCatalog | undefined; filters: string } | null = null;
  /** The filters' choices for the catalogue shown and the language. */
  #choices: { loaded: LoadedCatalog | undefined; locale: Locale; sectors: ReturnType<typeof sectorOptions>; levels: Level[]; services: OnlineService[] } | null = null;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  /** After "show more": the index of the first new procedure, whose link takes focus. */
  #focusItem: number | null = null;
  #focusSearch = false;
  /** The search and filters last told to the page (`dvc-procedure-filter`), to tell only of a change. */
  #toldFilters = '';
  #tellFilters = false;

  // ---------------------------------------------------------------- public API

  /** The procedures that match the search and filters, in the order shown (copies). */
  get results(): ListedProcedure[] {
    return structuredClone(this.#results);
  }

  /** Resolves when the catalogue under way (if any) has loaded and the list has rendered it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.#load.pending; pending; pending = this.#load.pending) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Loads the catalogue from `src` again (after a failure). */
  retry(): void {
    this.#catalogChanged();
  }

  // ---------------------------------------------------------------- lifecycle

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#applyTyped();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.#localeController.locale = resolveLocale(this);
    this.#messages = PROCEDURE_LIST_MESSAGES[this.#localeController.locale];
    if (changed.has('catalog') || changed.has('src') || changed.has('fetch')) this.#catalogChanged();
    // The page set `query` (not the box's pause): the box shows it, and a pause under way is dropped.
    if (changed.has('query') && this.query !== this.#typed) {
      clearTimeout(this.#debounce);
      this.#typed = this.query;
    }
    // What the page sets is the baseline: the event tells of the citizen's changes only.
    if (!this.#tellFilters) this.#toldFilters = JSON.stringify(this.#filters());
    const filtersChanged = ['query', 'sector', 'level', 'onlineService', 'pageSize'].some((key) => changed.has(key as keyof DvcProcedureList));
    if (filtersChanged) this._limit = this.#pageSize();
    const loaded = this.#load.value;
    const filters = JSON.stringify(this.#filters());
    if (!this.#resultsFor || this.#resultsFor.loaded !== loaded || this.#resultsFor.filters !== filters) {
      this.#results = loaded ? filterProcedures(loaded.index, this.#filters()) : [];
      this.#resultsFor = { loaded, filters };
    }
    const filtered = isFiltered(this.#filters());
    this.#setState('loading', this.#load.status === 'loading');
    this.#setState('failed', this.#load.status === 'failed');
    this.#setState('ready', !!loaded);
    this.#setState('filtered', filtered);
    this.#setState('no-result', !!loaded && this.#results.length === 0);
  }

  protected override updated(): void {
    if (this.#tellFilters) {
      this.#tellFilters = false;
      const filters = this.#filters();
      const key = JSON.stringify(filters);
      if (key !== this.#toldFilters) {
        this.#toldFilters = key;
        this.dispatchEvent(new DvcProcedureFilterEvent({ ...filters, count: this.#results.length }));
      }
    }
    if (this.#focusItem !== null) {
      const links = this.renderRoot.querySelectorAll<HTMLElement>('[part~="item-link"]');
      links[this.#focusItem]?.focus();
      this.#focusItem = null;
    }
    if (this.#focusSearch) {
      this.#focusSearch = false;
      this.renderRoot.querySelector<HTMLElement>(`#${SEARCH_ID}`)?.focus();
    }
  }

  // ---------------------------------------------------------------- catalogue

  #catalogChanged(): void {
    this.#load.restart();
    if (this.catalog !== undefined && this.catalog !== null) {
      try {
        this.#ready(readCatalog(this.catalog));
      } catch (error) {
        this.#failed(error);
      }
      return;
    }
    const src = this.src.trim();
    if (!src) return;
    this.#load.step(
      (signal) => this.#download(src, signal),
      (reading) => this.#ready(reading),
      (error) => this.#failed(error),
    );
  }

  #ready(reading: CatalogReading): void {
    this.#load.set({ status: 'ready', value: { reading, index: indexProcedures(reading.catalog.procedures) } });
    if (reading.skipped.length) {
      this.dispatchEvent(new DvcCatalogErrorEvent({ code: 'skipped', message: this.#messages.skipped(reading.skipped.length), problems: reading.skipped }));
    }
  }

  #failed(error: unknown): void {
    const failure =
      error instanceof CatalogLoadFailure
        ? error
        : error instanceof CatalogError
          ? new CatalogLoadFailure('malformed', undefined, error.problems)
          : new CatalogLoadFailure('network');
    this.#load.set({ status: 'failed', failure });
    const detail = { code: failure.code, message: this.#failureText(failure), problems: failure.problems };
    this.dispatchEvent(new DvcCatalogErrorEvent(failure.status === undefined ? detail : { ...detail, status: failure.status }));
  }

  /** Fetches and reads the catalogue, bounded in time and size. */
  async #download(src: string, signal: AbortSignal): Promise<CatalogReading> {
    const fetchFn: CatalogFetch = this.fetch ?? ((url, init) => globalThis.fetch(url, init));
    const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
    const both = AbortSignal.any([signal, timeout]);
    const failed = (): CatalogLoadFailure => new CatalogLoadFailure(timeout.aborted ? 'timeout' : 'network');
    let response: Response;
    try {
      response = await fetchFn(new URL(src, document.baseURI).href, { signal: both, headers: { accept: 'application/json' }, credentials: 'same-origin' });
    } catch {
      throw failed();
    }
    if (!response.ok) throw new CatalogLoadFailure('http', response.status);
    if (Number(response.headers.get('content-length')) > MAX_CATALOG_BYTES) throw new CatalogLoadFailure('too-large');
    let text: string;
    try {
      text = await readBounded(response, MAX_CATALOG_BYTES);
    } catch (error) {
      throw error instanceof CatalogLoadFailure ? error : failed();
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new CatalogLoadFailure('not-json');
    }
    return readCatalog(json);
  }

  #failureText(failure: CatalogLoadFailure): string {
    const m = this.#messages;
    switch (failure.code) {
      case 'timeout':
        return m.failedTimeout;
      case 'http':
        return failure.status === 404 ? m.failedNotFound : m.failedHttp(failure.status ?? 0);
      case 'too-large':
        return m.failedTooLarge;
      case 'not-json':
      case 'malformed':
        return m.failedMalformed;
      default:
        return m.failedNetwork;
    }
  }

  // ---------------------------------------------------------------- search and filters

  #filters() {
    return { query: this.query, sector: this.sector, level: this.level, onlineService: this.onlineService };
  }

  #pageSize(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : Infinity;
  }

  #onInput(event: InputEvent): void {
    this.#typed = (event.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#applyTyped(), DEBOUNCE_MS);
  }

  /** The search box's text becomes the query now (Enter, Escape, leaving the page, the pause's end). */
  #applyTyped(): void {
    clearTimeout(this.#debounce);
    this.#debounce = undefined;
    this.#byCitizen();
    this.query = this.#typed;
  }

  /** The change under way is the citizen's: the page is told after the update (with the new count). */
  #byCitizen(): void {
    this.#tellFilters = true;
    this.requestUpdate();
  }

  #onKeydown(event: KeyboardEvent): void {
    // Escape clears a box with text (and goes no further, e.g. to close a dialog around the list).
    if (event.key !== 'Escape' || !this.#typed) return;
    event.preventDefault();
    event.stopPropagation();
    this.#typed = '';
    this.#applyTyped();
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.#applyTyped();
  }

  #onFilter(event: Event, key: 'sector' | 'level' | 'onlineService'): void {
    this.#byCitizen();
    this[key] = (event.target as HTMLSelectElement).value;
  }

  #clearFilters(): void {
    this.#typed = '';
    this.#applyTyped();
    this.sector = '';
    this.level = '';
    this.onlineService = '';
    this.#focusSearch = true;
  }

  #showMore(): void {
    this.#focusItem = Math.min(this._limit, this.#results.length);
    this._limit += this.#pageSize();
  }

  #onSelect(event: MouseEvent, procedure: ListedProcedure, href: string): void {
    // A click that opens a new tab or window is the browser's: the page stays, nothing to route.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const select = new DvcProcedureSelectEvent({ procedure: structuredClone(procedure), href });
    if (!this.dispatchEvent(select)) event.preventDefault();
  }

  /** The link of a procedure: `item-href` with `{id}` (URL-encoded), else `#<id>`; none when not a web link. */
  #href(procedure: ListedProcedure): string | undefined {
    const id = encodeURIComponent(procedure.id);
    const href = this.itemHref ? this.itemHref.replaceAll('{id}', id) : `#${id}`;
    return isSafeUrl(href) ? href : undefined;
  }

  #setState(name: string, on: boolean): void {
    try {
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    } catch {
      // CustomStateSet without plain identifiers (older browsers): states are a progressive enhancement.
    }
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    const m = this.#messages;
    const state = this.#load.state;
    const configured = (this.catalog !== undefined && this.catalog !== null) || this.src.trim() !== '';
    return html`<div class="base" part="base">
      ${configured ? this.#renderSearch() : html`<p class="notice" part="notice" role="alert">${m.noCatalog}</p>`}
      <p class="count" part="count" role="status">${this.#countText()}</p>
      ${state.status === 'loading' ? html`<p class="status" part="status">${m.loading}</p>` : nothing}
      ${state.status === 'failed' ? this.#renderFailure(state.failure) : nothing}
      ${state.status === 'ready' ? this.#renderCatalog(state.value) : nothing}
    </div>`;
  }

  /** The live region's words: the count once a catalogue shows, the failure's title after one. */
  #countText(): string {
    const m = this.#messages;
    if (this.#load.status === 'failed') return m.loadFailedTitle;
    if (this.#load.status !== 'ready') return '';
    return m.found(this.#results.length);
  }

  #renderSearch(): TemplateResult {
    const m = this.#messages;
    const locale = this.#localeController.locale;
    const loaded = this.#load.value;
    const entries = loaded?.reading.catalog.procedures ?? [];
    let choices = this.#choices;
    if (!choices || choices.loaded !== loaded || choices.locale !== locale) {
      choices = { loaded, locale, sectors: sectorOptions(entries, locale), levels: levelOptions(entries), services: onlineServiceOptions(entries) };
      this.#choices = choices;
    }
    const { sectors, levels, services } = choices;
    const sectorValue = this.sector.trim() ? (sectorOptionValue(entries, this.sector) ?? this.sector) : '';
    const level = this.level.trim() ? (toLevel(this.level) ?? this.level) : '';
    const service = this.onlineService.trim() ? (toOnlineService(this.onlineService) ?? this.onlineService) : '';
    const words = CATALOG_TEXT[locale];
    return html`<form class="search" part="search" role="search" aria-label=${m.searchRegion} @submit=${this.#onSubmit}>
      <div class="field field--search" part="field">
        ${renderLabel(SEARCH_ID, m.searchLabel, false)} ${renderHint(SEARCH_ID, m.searchHint)}
        <input
          class="input"
          part="input"
          id=${SEARCH_ID}
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${describedBy(SEARCH_ID, true, false)!}
          .value=${live(this.#typed)}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
        />
      </div>
      <div class="filters" part="filters">
        ${this.#renderSelect(SECTOR_ID, m.sectorLabel, m.anySector, sectorValue, sectors.map((o) => [o.value, o.label]), 'sector')}
        ${this.#renderSelect(LEVEL_ID, m.levelLabel, m.anyLevel, level, levels.map((l) => [l, words.levels[l]]), 'level')}
        ${this.#renderSelect(ONLINE_ID, m.onlineServiceLabel, m.anyOnlineService, service, services.map((s) => [s, words.onlineService[s]]), 'onlineService')}
      </div>
      ${isFiltered(this.#filters())
        ? html`<button class="button" part="button clear-button" type="button" @click=${this.#clearFilters}>${m.clearFilters}</button>`
        : nothing}
    </form>`;
  }

  /**
   * A filter: "all" and the catalogue's choices. A value the catalogue does not have (set from a URL) shows as a
   * choice of its own, so the select never claims "all" while the list is filtered.
   */
  #renderSelect(
    id: string,
    label: string,
    any: string,
    value: string,
    options: [string, string | LocalizedText][],
    key: 'sector' | 'level' | 'onlineService',
  ): TemplateResult {
    const all = value && !options.some(([v]) => v === value) ? [...options, [value, value] as [string, string]] : options;
    return html`<div class="field" part="field">
      ${renderLabel(id, label, false)}
      <select class="input select" part="select" id=${id} @change=${(event: Event) => this.#onFilter(event, key)}>
        <option value="" ?selected=${value === ''}>${any}</option>
        ${all.map(([v, text]) => {
          // An option holds text only: a fallback's language goes on the option itself.
          const other = typeof text !== 'string' && text.lang !== this.#localeController.locale ? text.lang : undefined;
          return html`<option value=${v} lang=${other ?? nothing} ?selected=${v === value}>${typeof text === 'string' ? text : text.text}</option>`;
        })}
      </select>
    </div>`;
  }

  /** A text in the list's language, marked with its own language when it falls back to the other one. */
  #text(text: string | LocalizedText): unknown {
    if (typeof text === 'string') return text;
    return text.lang === this.#localeController.locale ? text.text : html`<span lang=${text.lang}>${text.text}</span>`;
  }

  #renderFailure(failure: CatalogLoadFailure): TemplateResult {
    const m = this.#messages;
    return html`<div class="error" part="error">
      <p class="error-title">${m.loadFailedTitle}</p>
      <p>${this.#failureText(failure)}</p>
      ${failure.problems.length
        ? html`<details class="details">
            <summary>${m.technicalDetails}</summary>
            <ul lang="en">
              ${failure.problems.slice(0, 5).map((p) => html`<li><code>${p.pointer || '/'}</code> ${p.message}</li>`)}
            </ul>
          </details>`
        : nothing}
      ${this.src.trim() && !this.catalog
        ? html`<button class="button" part="button retry-button" type="button" @click=${() => this.retry()}>${m.retry}</button>`
        : nothing}
    </div>`;
  }

  #renderCatalog(loaded: LoadedCatalog): TemplateResult {
    const m = this.#messages;
    const { skipped, catalog } = loaded.reading;
    const results = this.#results;
    const shown = results.slice(0, this._limit);
    const left = results.length - shown.length;
    return html`${skipped.length ? html`<p class="notice" part="notice">${m.skipped(skipped.length)}</p>` : nothing}
      ${catalog.procedures.length === 0
        ? html`<p class="no-result" part="no-result">${m.emptyCatalog}</p>`
        : results.length === 0
          ? this.#renderNoResult()
          : html`<ul class="list" part="list" aria-label=${m.resultsLabel}>
              ${shown.map((procedure) => this.#renderItem(procedure))}
            </ul>`}
      ${left > 0
        ? html`<button class="button" part="button more-button" type="button" @click=${this.#showMore}>
            ${m.showMore(Math.min(left, this.#pageSize()), left)}
          </button>`
        : nothing}`;
  }

  #renderNoResult(): TemplateResult {
    const m = this.#messages;
    // Quoted as searched: the first QUERY_LIMIT characters (a page may set a longer one).
    const query = this.query.trim().slice(0, QUERY_LIMIT);
    return html`<div class="no-result" part="no-result">
      <p class="no-result-title">${m.noResultTitle}</p>
      <p>${query ? m.noResultQuery(query) : m.noResultFilters}</p>
      <p>${m.noResultTips}</p>
      <button class="button" part="button clear-button" type="button" @click=${this.#clearFilters}>${m.clearFilters}</button>
    </div>`;
  }

  #renderItem(procedure: ListedProcedure): TemplateResult {
    const m = this.#messages;
    const locale: Locale = this.#localeController.locale;
    const href = this.#href(procedure);
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    const fact = (label: string, value: unknown) => (value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing);
    return html`<li class="item" part="item">
      <div class="item-heading" part="item-heading" role="heading" aria-level=${level}>
        <a class="item-link" part="item-link" href=${href ?? nothing} @click=${(event: MouseEvent) => this.#onSelect(event, procedure, href ?? '')}
          >${this.#text(localizedText(procedure.name, locale))}</a
        >
      </div>
      <dl class="facts" part="facts">
        ${fact(m.codeLabel, procedure.code)}
        ${fact(m.sectorLabel, procedure.sector === undefined ? '' : this.#text(localizedText(procedure.sector, locale)))}
        ${fact(m.agencyLabel, procedure.agency === undefined ? '' : this.#text(localizedText(procedure.agency, locale)))}
        ${fact(m.levelLabel, levelsText(procedure.level, locale))}
        ${fact(m.onlineServiceLabel, onlineServiceText(procedure.onlineService, locale))}
        ${fact(m.timeLabel, processingTimeText(procedure.processingTime, locale))}
        ${fact(m.feesLabel, feesSummaryText(procedure, locale))}
      </dl>
    </li>`;
  }
}

/** The body of a response as text, refused past `max` bytes without reading further. */
async function readBounded(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      void reader.cancel();
      throw new CatalogLoadFailure('too-large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
