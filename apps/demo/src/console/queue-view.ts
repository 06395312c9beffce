/**
 * The agency's queue: a table of its dossiers, newest first, filtered by state, a page at a time. Every dossier code
 * is a link to its view; the filter is a GET form and the pages are links, so the URL always says what is shown.
 */
import { DOSSIER_STATE_KINDS, type DossierStateKind } from '@dvc-kit/dossier/types';
import type { Officer, OfficerApi, QueueItem, QueuePage } from './api.js';
import { h, inLang, time, withName } from './dom.js';
import type { ConsoleLang, ConsoleText } from './text.js';
import { dueSummary, formatDateTime, machineTime } from './time.js';

export const PAGE_SIZE = 20;

export interface QueueQuery {
  state?: DossierStateKind;
  /** From 1. */
  page: number;
}

export interface QueueViewOptions {
  api: OfficerApi;
  text: ConsoleText;
  lang: ConsoleLang;
  officer: Officer;
  query: QueueQuery;
  now(): Date;
  hrefForDossier(code: string): string;
  hrefForQuery(query: QueueQuery): string;
  /** A plain click on a link of the view (the page navigates without reloading). */
  navigate(href: string, event: MouseEvent): void;
  onQuery(query: QueueQuery): void;
  onError(error: unknown, retry: () => void): HTMLElement;
}

export function stateLabel(text: ConsoleText, state: { kind: DossierStateKind; stage?: unknown }): string {
  const label = text.states[state.kind] ?? state.kind;
  return state.kind === 'SUPPLEMENT_REQUIRED' && (state.stage === 'intake' || state.stage === 'processing') ? `${label} (${text.supplementStage[state.stage]})` : label;
}

function link(options: QueueViewOptions, href: string, ...content: (Node | string)[]): HTMLAnchorElement {
  const anchor = h('a', { href }, ...content);
  anchor.addEventListener('click', (event) => options.navigate(href, event));
  return anchor;
}

function row(options: QueueViewOptions, item: QueueItem): HTMLTableRowElement {
  const { text, lang } = options;
  const due = dueSummary(item, options.now(), text, item.expectedDueAt);
  const dueCell = h(
    'td',
    { class: due.overdue ? 'due due--overdue' : 'due' },
    // Spaces between the lines: a screen reader reading the cell as one string keeps the words apart.
    h('span', { class: 'due-date' }, due.date),
    due.status ? [' ', h('span', { class: 'due-status' }, due.status)] : undefined,
    due.revised ? [' ', h('span', { class: 'due-status' }, due.revised)] : undefined,
  );
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, link(options, options.hrefForDossier(item.code), item.code)),
    h('td', {}, inLang(item.procedure.name, 'vi', lang), item.procedure.code ? h('span', { class: 'procedure-code' }, item.procedure.code) : undefined),
    h('td', {}, inLang(item.applicantName, 'vi', lang)),
    h('td', {}, h('span', { class: `state state--${item.state.kind.toLowerCase()}` }, stateLabel(text, item.state))),
    h('td', {}, time(formatDateTime(item.submittedAt), machineTime(item.submittedAt))),
    dueCell,
    h('td', {}, item.channel ? text.channels[item.channel] : '—'),
  );
}

function table(options: QueueViewOptions, page: QueuePage): HTMLElement {
  const { text } = options;
  if (page.items.length === 0) return h('p', { class: 'empty' }, text.queueEmpty);
  const headers = [text.colCode, text.colProcedure, text.colApplicant, text.colState, text.colSubmitted, text.colDue, text.colChannel];
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'queue-caption', tabindex: '0' },
    h(
      'table',
      { class: 'queue' },
      h('caption', { id: 'queue-caption' }, text.queueCaption),
      h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
      h('tbody', {}, page.items.map((item) => row(options, item))),
    ),
  );
}

function pager(options: QueueViewOptions, page: QueuePage): HTMLElement {
  const { text, query } = options;
  const from = page.items.length === 0 ? 0 : page.offset + 1;
  const to = page.offset + page.items.length;
  const nav = h('nav', { class: 'pager', 'aria-label': text.pagination }, h('p', { class: 'pager-count' }, text.queueCount(from, to, page.total)));
  const links = h('ul', { class: 'pager-links' });
  if (query.page > 1) links.append(h('li', {}, link(options, options.hrefForQuery({ ...query, page: query.page - 1 }), text.previousPage)));
  if (to < page.total) links.append(h('li', {}, link(options, options.hrefForQuery({ ...query, page: query.page + 1 }), text.nextPage)));
  if (links.childElementCount > 0) nav.append(links);
  return nav;
}

function filterForm(options: QueueViewOptions): HTMLFormElement {
  const { text, lang, query } = options;
  const select = h(
    'select',
    { id: 'queue-state', name: 'trang-thai' },
    h('option', { value: '' }, text.allStates),
    DOSSIER_STATE_KINDS.map((kind) => h('option', { value: kind, selected: query.state === kind }, text.states[kind])),
  );
  const form = h(
    'form',
    { class: 'queue-filter', method: 'get', role: 'search' },
    h('label', { for: 'queue-state' }, text.stateFilter),
    select,
    lang === 'en' ? h('input', { type: 'hidden', name: 'lang', value: 'en' }) : undefined,
    h('button', { type: 'submit', class: 'button button--secondary' }, text.filter),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = (DOSSIER_STATE_KINDS as readonly string[]).includes(select.value) ? (select.value as DossierStateKind) : undefined;
    options.onQuery(state ? { state, page: 1 } : { page: 1 });
  });
  return form;
}

/** The queue section; its table fills in once the page arrives. */
export function renderQueueView(options: QueueViewOptions): HTMLElement {
  const { text } = options;
  const body = h('div', { class: 'queue-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, text.loading));
  const section = h(
    'section',
    { class: 'queue-view', 'aria-labelledby': 'queue-heading' },
    h('h2', { id: 'queue-heading', tabindex: '-1' }, withName(text.queueHeading, options.officer.agency.name, options.lang)),
    filterForm(options),
    body,
  );
  const load = async () => {
    body.setAttribute('aria-busy', 'true');
    body.replaceChildren(h('p', { class: 'loading' }, text.loading));
    try {
      const page = await options.api.queue({ ...(options.query.state ? { state: options.query.state } : {}), limit: PAGE_SIZE, offset: (options.query.page - 1) * PAGE_SIZE });
      body.replaceChildren(table(options, page), pager(options, page));
    } catch (error) {
      body.replaceChildren(options.onError(error, () => void load()));
    } finally {
      body.removeAttribute('aria-busy');
    }
  };
  void load();
  return section;
}
