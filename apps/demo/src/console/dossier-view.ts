/**
 * One dossier as its agency's officer sees it: the summary with its dates, the applicant unmasked, the form data as
 * a definition list (labels from the procedure's prepared schema), the attachments to download, the history, and the
 * forms of the actions its state allows. Everything from the server or the citizen goes in as text.
 */
import type { DossierEvent, DossierState } from '@dvc-kit/dossier/types';
import { renderActionForm } from './action-forms.js';
import { allowedActions, type ConsoleAction } from './actions.js';
import { ApiError, type Officer, type OfficerApi, type OfficerDossier } from './api.js';
import { dataRows, fieldTitle, type DataRow } from './data-list.js';
import { definitionRows, h, inLang, time } from './dom.js';
import { formatMoney, formatSize } from './format.js';
import { stateLabel } from './queue-view.js';
import type { ConsoleLang, ConsoleText } from './text.js';
import { dueSummary, formatDate, formatDateTime, machineTime } from './time.js';
import { loadUnitNamer, withUnitNames } from './unit-names.js';

export interface DossierViewOptions {
  api: OfficerApi;
  text: ConsoleText;
  lang: ConsoleLang;
  officer: Officer;
  code: string;
  now(): Date;
  hrefForQueue: string;
  navigate(href: string, event: MouseEvent): void;
  /** The prepared schema of a procedure (cached by the page), or undefined when there is none. */
  schemaOf(procedureCode: string): Promise<unknown>;
  /** Says something in the page's live region. */
  announce(message: string): void;
  /** An action went through: the page reloads this view (or leaves it, after a hand-off). */
  onDone(action: ConsoleAction, request: Record<string, unknown>): void;
  /** The dossier changed under an action (409 version-conflict): the page redraws it with a warning. */
  onConflictReload(): void;
  onUnauthorized(): void;
  onError(error: unknown, retry: () => void): HTMLElement;
  describeError(error: unknown): string;
  /** Shown at the top and focused once the view is drawn (a conflict that made the page reload the dossier). */
  alert?: string;
}

function stateDetails(state: DossierState, text: ConsoleText, lang: ConsoleLang): [string, Node | (Node | string)[] | string | undefined][] {
  switch (state.kind) {
    case 'IN_PROCESS':
      return [
        [text.holder, inLang(state.agency.name, 'vi', lang)],
        [text.step, state.step ? inLang(state.step, 'vi', lang) : undefined],
      ];
    case 'SUPPLEMENT_REQUIRED':
      return [
        [text.stateReason, inLang(state.reason, 'vi', lang)],
        [
          text.supplementItems,
          h('ul', { class: 'plain-list' }, state.items.map((item) => h('li', { lang: lang === 'vi' ? undefined : 'vi' }, item.note ? `${item.name}: ${item.note}` : item.name))),
        ],
        [text.supplementDeadline, state.deadline ? time(formatDateTime(state.deadline), machineTime(state.deadline)) : undefined],
      ];
    case 'REFUSED':
    case 'STOPPED':
      return [[text.stateReason, inLang(state.reason, 'vi', lang)]];
    case 'WITHDRAWN':
      return [[text.stateReason, state.reason ? inLang(state.reason, 'vi', lang) : undefined]];
    case 'RESULT_READY':
      return [
        [text.outcome, text.outcomes[state.outcome] ?? state.outcome],
        [text.stateReason, state.reason ? inLang(state.reason, 'vi', lang) : undefined],
      ];
    case 'PAYMENT_REQUIRED':
      return [
        [text.amount, formatMoney(state.amount)],
        [text.stateReason, state.reason ? inLang(state.reason, 'vi', lang) : undefined],
      ];
    default:
      return [];
  }
}

/** What the history's note column says of an event: its note, and what its state carries (reason, items, agency, …). */
function eventNotes(event: DossierEvent, text: ConsoleText): { text: string; lang: ConsoleLang | undefined }[] {
  const notes: { text: string; lang: ConsoleLang | undefined }[] = [];
  const fromServer = (value: string | undefined) => {
    if (value) notes.push({ text: value, lang: 'vi' });
  };
  fromServer(event.note);
  const state = event.state;
  switch (state.kind) {
    case 'IN_PROCESS':
      fromServer(state.step);
      break;
    case 'SUPPLEMENT_REQUIRED':
      fromServer(state.reason);
      for (const item of state.items) fromServer(item.note ? `${item.name}: ${item.note}` : item.name);
      break;
    case 'PAYMENT_REQUIRED':
      notes.push({ text: formatMoney(state.amount), lang: undefined });
      fromServer(state.reason);
      break;
    case 'RESULT_READY':
      notes.push({ text: text.outcomes[state.outcome] ?? state.outcome, lang: undefined });
      fromServer(state.reason);
      break;
    case 'REFUSED':
    case 'STOPPED':
    case 'WITHDRAWN':
      fromServer(state.reason);
      break;
  }
  return notes;
}

function dated(value: string | undefined): Node | undefined {
  return value === undefined ? undefined : time(formatDateTime(value), machineTime(value));
}

function summary(record: OfficerDossier, options: DossierViewOptions): HTMLElement {
  const { text, lang } = options;
  const { dossier } = record;
  const due = dueSummary(dossier, options.now(), text, record.expectedDueAt);
  const dueValue = [h('span', {}, due.date), due.status ? h('span', { class: due.overdue ? 'due-status due--overdue' : 'due-status' }, ` (${due.status})`) : undefined].filter(
    (node): node is HTMLSpanElement => node !== undefined,
  );
  const fees = dossier.fees;
  const feesValue = fees
    ? fees.total > 0
      ? text.feesPayment(formatMoney(fees.total), text.paymentStatus[fees.payment.status] ?? fees.payment.status)
      : text.free
    : undefined;
  return h(
    'dl',
    { class: 'facts' },
    definitionRows([
      [text.procedure, [inLang(dossier.procedure.name, 'vi', lang), h('span', { class: 'procedure-code' }, dossier.procedure.code)]],
      [text.state, h('strong', { class: `state state--${dossier.state.kind.toLowerCase()}` }, stateLabel(text, dossier.state))],
      ...stateDetails(dossier.state, text, lang),
      [text.channel, text.channels[dossier.channel] ?? dossier.channel],
      [text.submittedAt, dated(dossier.submittedAt)],
      [text.receivedAt, dated(dossier.receivedAt)],
      [dossier.dueAt ? text.dueAt : text.expectedDueAt, dossier.dueAt || record.expectedDueAt ? dueValue : undefined],
      [text.revisedDueAt, dossier.revisedDueAt ? time(formatDate(dossier.revisedDueAt), machineTime(dossier.revisedDueAt)) : undefined],
      [text.apologyReason, dossier.apology ? inLang(dossier.apology.reason, 'vi', lang) : undefined],
      [text.delivery, text.deliveryMethods[dossier.delivery.method] ?? dossier.delivery.method],
      [text.fees, feesValue],
    ]),
  );
}

function applicant(record: OfficerDossier, options: DossierViewOptions): HTMLElement {
  const { text, lang } = options;
  const { applicant: person } = record;
  return h(
    'section',
    { 'aria-labelledby': 'applicant-heading' },
    h('h3', { id: 'applicant-heading' }, text.applicantHeading),
    h(
      'dl',
      { class: 'facts' },
      definitionRows([
        [text.applicantName, person.name ? inLang(person.name, 'vi', lang) : undefined],
        [text.applicantId, person.idNumber],
        [text.applicantPhone, person.phone],
        [text.applicantEmail, person.email],
      ]),
    ),
  );
}

function formData(record: OfficerDossier, schema: unknown, schemaFailed: boolean, options: DossierViewOptions): HTMLElement {
  const { text, lang } = options;
  const rows = dataRows(record.data, schema, {
    lang,
    yes: text.yes,
    no: text.no,
    formatSize: (bytes) => formatSize(bytes, lang),
    truncated: text.dataTruncated,
  });
  const valueCell = (row: DataRow) => h('dd', {}, inLang(row.value, row.valueLang, lang));
  const unitCells = new Map<DataRow, HTMLElement>();
  const list =
    rows.length === 0
      ? h('p', { class: 'empty' }, text.dataEmpty)
      : h(
          'dl',
          { class: 'facts data-list' },
          rows.map((row) => {
            const value = valueCell(row);
            if (row.unit) unitCells.set(row, value);
            return h('div', { 'data-pointer': row.pointer }, h('dt', {}, inLang(row.label, row.labelLang, lang)), value);
          }),
        );
  // An address's province and commune are codes in the data: their names replace them once @dvc-kit/vn's list has
  // loaded (only for a dossier with an address), so that the rest of the view does not wait for it.
  if (unitCells.size > 0) {
    void loadUnitNamer([...unitCells.keys()].map((row) => row.unit!)).then((nameOf) => {
      for (const [row, cell] of unitCells) {
        const [named] = withUnitNames([row], nameOf);
        if (named !== row) cell.replaceWith(valueCell(named!));
      }
    });
  }
  return h(
    'section',
    { 'aria-labelledby': 'data-heading' },
    h('h3', { id: 'data-heading' }, text.dataHeading),
    schemaFailed ? h('p', { class: 'notice' }, text.noSchema) : undefined,
    list,
  );
}

function attachments(record: OfficerDossier, schema: unknown, options: DossierViewOptions): HTMLElement {
  const { text, lang, api } = options;
  /** What the file is: its field's title in the form, the result, or its pointer when the schema has no title for it. */
  const whatFile = (field: string | undefined): Node | undefined => {
    if (!field) return undefined;
    if (field === 'result') return document.createTextNode(text.resultFile);
    const title = fieldTitle(schema, field, lang);
    return title ? inLang(title.text, title.lang, lang) : h('code', {}, field);
  };
  const list =
    record.attachments.length === 0
      ? h('p', { class: 'empty' }, text.noAttachments)
      : h(
          'ul',
          { class: 'attachments' },
          record.attachments.map((file) => {
            const what = whatFile(file.field);
            return h(
              'li',
              {},
              h('a', { href: api.attachmentUrl(file.id), download: file.fileName }, h('span', { class: 'visually-hidden' }, `${text.downloadPrefix} `), inLang(file.fileName, 'vi', lang)),
              file.size !== undefined ? ` (${formatSize(file.size, lang)})` : '',
              what ? h('span', { class: 'attachment-field' }, what) : undefined,
            );
          }),
        );
  return h('section', { 'aria-labelledby': 'attachments-heading' }, h('h3', { id: 'attachments-heading' }, text.attachmentsHeading), list);
}

function history(record: OfficerDossier, options: DossierViewOptions): HTMLElement {
  const { text, lang } = options;
  // A plain section: the scrolling table region below carries the heading's name (one landmark, not two).
  return h(
    'section',
    {},
    h('h3', { id: 'history-heading' }, text.historyHeading),
    h(
      'div',
      { class: 'table-scroll', role: 'region', 'aria-labelledby': 'history-heading', tabindex: '0' },
      h(
        'table',
        { class: 'history', 'aria-labelledby': 'history-heading' },
        h('thead', {}, h('tr', {}, [text.historyTime, text.historyState, text.historyActor, text.historyAgency, text.historyNote].map((label) => h('th', { scope: 'col' }, label)))),
        h(
          'tbody',
          {},
          record.dossier.events.map((event) =>
            h(
              'tr',
              {},
              h('td', {}, dated(event.at) ?? ''),
              h('td', {}, stateLabel(text, event.state)),
              h('td', {}, event.actor ? inLang(event.actor, 'vi', lang) : ''),
              h('td', {}, event.agency ? inLang(event.agency.name, 'vi', lang) : ''),
              h('td', {}, eventNotes(event, text).map((part) => h('span', { class: 'line', lang: part.lang === lang ? undefined : part.lang }, part.text))),
            ),
          ),
        ),
      ),
    ),
  );
}

function actionsSection(record: OfficerDossier, options: DossierViewOptions): HTMLElement {
  const { text } = options;
  const allowed = allowedActions(record.dossier, options.now());
  return h(
    'section',
    { class: 'dossier-actions', 'aria-labelledby': 'actions-heading' },
    h('h3', { id: 'actions-heading' }, text.actionsHeading),
    allowed.length === 0
      ? h('p', { class: 'empty' }, text.noActions)
      : allowed.map((action) =>
          renderActionForm(action, {
            api: options.api,
            text,
            lang: options.lang,
            context: { dossier: record.dossier, expectedVersion: record.version, agencyId: options.officer.agency.id },
            now: options.now,
            onDone: options.onDone,
            onConflict: options.onConflictReload,
            onUnauthorized: options.onUnauthorized,
            describeError: options.describeError,
          }),
        ),
  );
}

/** The dossier's section; its content fills in once the record (and its procedure's schema) arrive. */
export function renderDossierView(options: DossierViewOptions): HTMLElement {
  const { text } = options;
  const back = h('a', { href: options.hrefForQueue, class: 'back-link' }, text.backToQueue);
  back.addEventListener('click', (event) => options.navigate(options.hrefForQueue, event));
  const heading = h('h2', { id: 'dossier-heading', tabindex: '-1' }, text.dossierHeading(options.code));
  const body = h('div', { class: 'dossier-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, text.loading));
  const section = h('section', { class: 'dossier-view', 'aria-labelledby': 'dossier-heading' }, back, heading, body);

  const load = async () => {
    body.setAttribute('aria-busy', 'true');
    body.replaceChildren(h('p', { class: 'loading' }, text.loading));
    try {
      const record = await options.api.dossier(options.code);
      let schema: unknown;
      let schemaFailed = false;
      try {
        schema = await options.schemaOf(record.dossier.procedure.code);
        schemaFailed = schema === undefined;
      } catch {
        schemaFailed = true;
      }
      const alert = options.alert ? h('div', { class: 'alert', role: 'alert', tabindex: '-1' }, options.alert) : undefined;
      body.replaceChildren(
        ...[alert, summary(record, options), applicant(record, options), formData(record, schema, schemaFailed, options), attachments(record, schema, options), history(record, options), actionsSection(record, options)].filter(
          (node): node is HTMLElement => node !== undefined,
        ),
      );
      alert?.focus();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return options.onUnauthorized();
      if (error instanceof ApiError && error.status === 404) {
        body.replaceChildren(h('p', { class: 'notice', role: 'alert' }, text.notFound(options.code)));
        return;
      }
      body.replaceChildren(options.onError(error, () => void load()));
    } finally {
      body.removeAttribute('aria-busy');
    }
  };
  void load();
  return section;
}
