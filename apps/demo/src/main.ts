// The engine core only: each procedure comes prepared (schema.json) with its precompiled validator (validator.js),
// as `dvc-schema build` writes them, so the page carries no interpreter, no linter and no ajv.
import '@dvc-kit/elements/define/dvc-dossier-form-precompiled.js';
import type { Validator } from '@dvc-kit/form-engine/core';
import type { Catalog } from '@dvc-kit/procedure';
import {
  deliveryText,
  feeAmountText,
  feeNotes,
  feesSummaryText,
  levelText,
  localize,
  processingTimeText,
  proceduresOf,
  type Localized,
  type Procedure,
} from './catalog.js';
import { PAGE_TEXT, type Lang, type StaticTextKey } from './text.js';

// What the build script's `dvc-schema build` wrote into src/generated (git-ignored). The catalogue is part of the
// page; each procedure's schema and validator become lazy chunks of their own, loaded when it is chosen.
const catalogs = import.meta.glob<Catalog>('./generated/catalog.json', { eager: true, import: 'default' });
const schemas = import.meta.glob<unknown>('./generated/*/schema.json', { import: 'default' });
const validators = import.meta.glob<Validator>('./generated/*/validator.js', { import: 'default' });

const DEFAULT_PROCEDURE = '1.013792';
const GENERATED = './generated/';

const procedures = proceduresOf(catalogs[`${GENERATED}catalog.json`] ?? { generator: '', procedures: [] });
const byId = new Map(procedures.map((procedure) => [procedure.id, procedure]));

function required<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`index.html lacks ${selector}`);
  return found;
}

const list = required<HTMLUListElement>('#procedure-list');
const codeLine = required<HTMLElement>('#procedure-code-line');
const code = required<HTMLElement>('#procedure-code');
const title = required<HTMLHeadingElement>('#procedure-title');
const message = required<HTMLParagraphElement>('#procedure-message');
const facts = required<HTMLDListElement>('#procedure-facts');
const slot = required<HTMLDivElement>('#form-slot');
const resultSection = required<HTMLElement>('#result-section');
const resultStatus = required<HTMLParagraphElement>('#result-status');
const result = required<HTMLPreElement>('#result');
const resultFiles = required<HTMLDivElement>('#result-files');
const resultFileList = required<HTMLUListElement>('#result-file-list');

type Submitted = { data: unknown; files: Record<string, File[]> };

let lang: Lang = 'vi';
let currentId = '';
/** The prepared schema of the current procedure, once loaded (for texts the catalogue lacks). */
let currentSchema: unknown;
let submitted: Submitted | null = null;
let loads = 0;

// ------------------------------------------------------------------ text

function t() {
  return PAGE_TEXT[lang];
}

/** Writes text (never HTML) and marks it with its own language when that is not the page's. */
function setText(element: HTMLElement, value: Localized | string): void {
  const { text, lang: textLang } = typeof value === 'string' ? { text: value, lang } : value;
  element.textContent = text;
  if (textLang === lang) element.removeAttribute('lang');
  else element.lang = textLang;
}

function create<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: Localized | string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) setText(element, text);
  return element;
}

/** One `<dt>`/`<dd>` pair in a wrapper `<div>`, each value on a line of its own; nothing when there is no value. */
function fact(label: string, ...values: (Localized | string | HTMLElement)[]): HTMLDivElement[] {
  const dd = create('dd');
  for (const value of values) {
    if (value instanceof HTMLElement) dd.append(value);
    else if ((typeof value === 'string' ? value : value.text) !== '') dd.append(create('span', 'line', value));
  }
  if (!dd.hasChildNodes()) return [];
  const row = create('div');
  row.append(create('dt', undefined, label), dd);
  return [row];
}

function procedureName(procedure: Procedure): Localized {
  const name = localize(procedure.name, lang);
  if (name.lang === lang || procedure.id !== currentId) return name;
  const english = (currentSchema as { 'x-ui'?: { en?: { title?: unknown } } } | undefined)?.['x-ui']?.en?.title;
  return typeof english === 'string' ? { text: english, lang: 'en' } : name;
}

function hrefFor(id: string): string {
  const params = new URLSearchParams({ p: id });
  if (lang === 'en') params.set('lang', 'en');
  return `?${params}`;
}

// ------------------------------------------------------------------ rendering

function renderStaticText(): void {
  const text = t();
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = text[element.dataset.i18n as StaticTextKey];
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', text[element.dataset.i18nLabel as StaticTextKey]);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

function renderList(): void {
  const text = t();
  if (procedures.length === 0) {
    const item = create('li', 'procedure', text.noCatalog);
    list.replaceChildren(item);
    return;
  }
  list.replaceChildren(
    ...procedures.map((procedure) => {
      const item = create('li', 'procedure');
      const heading = create('h3', 'procedure-name');
      const link = create('a', undefined, localize(procedure.name, lang));
      link.href = hrefFor(procedure.id);
      link.dataset.procedure = procedure.id;
      if (procedure.id === currentId) link.setAttribute('aria-current', 'page');
      heading.append(link);
      const meta = create('dl', 'procedure-meta');
      meta.append(
        ...fact(text.codeLabel, procedure.code),
        ...fact(text.agencyLabel, localize(procedure.agency, lang)),
        ...fact(text.levelLabel, levelText(procedure, lang)),
        ...fact(text.timeLabel, processingTimeText(procedure.processingTime, lang)),
        ...fact(text.feesLabel, feesSummaryText(procedure, lang)),
        ...fact(text.deliveryLabel, deliveryText(procedure.delivery, lang)),
      );
      item.append(heading, meta);
      return item;
    }),
  );
}

function markCurrent(): void {
  for (const link of list.querySelectorAll<HTMLAnchorElement>('a[data-procedure]')) {
    if (link.dataset.procedure === currentId) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function feeList(procedure: Procedure): HTMLElement | string {
  if (procedure.free || procedure.fees.length === 0) return feesSummaryText(procedure, lang);
  const fees = create('ul', 'fees');
  for (const fee of procedure.fees) {
    const item = create('li');
    const name = localize(fee.name, lang);
    item.append(create('span', undefined, name), `: ${feeAmountText(fee, lang)}`);
    const notes = feeNotes(fee, lang);
    if (notes.length > 0) item.append(` (${notes.join('; ')})`);
    fees.append(item);
  }
  return fees;
}

function renderProcedure(): void {
  const text = t();
  const procedure = byId.get(currentId);
  if (!procedure) {
    codeLine.hidden = true;
    setText(title, text.notFoundTitle);
    message.hidden = false;
    setText(message, procedures.length === 0 ? text.noCatalog : text.notFound(currentId));
    facts.replaceChildren();
    facts.hidden = true;
    document.title = `${text.notFoundTitle} – dvc-kit`;
    return;
  }
  codeLine.hidden = false;
  message.hidden = true;
  facts.hidden = false;
  code.textContent = procedure.code;
  const name = procedureName(procedure);
  setText(title, name);
  document.title = `${name.text} – dvc-kit`;
  const time = procedure.processingTime;
  facts.replaceChildren(
    ...fact(text.sectorLabel, localize(procedure.sector, lang)),
    ...fact(text.agencyLabel, localize(procedure.agency, lang)),
    ...fact(text.levelLabel, levelText(procedure, lang)),
    ...fact(text.onlineLabel, procedure.onlineService ? text.onlineService[procedure.onlineService] : ''),
    ...fact(text.timeLabel, processingTimeText(time, lang), localize(time?.note, lang)),
    ...fact(text.feesLabel, feeList(procedure)),
    ...fact(text.componentsLabel, text.components(procedure.components, procedure.requiredComponents)),
    ...fact(text.deliveryLabel, deliveryText(procedure.delivery, lang)),
    ...fact(text.postalSubmissionLabel, procedure.delivery?.postalSubmission ? text.yes : text.no),
  );
}

function formatSize(bytes: number): string {
  const format = (value: number, unit: string) =>
    new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return format(bytes, 'byte');
  return bytes < 1024 * 1024 ? format(bytes / 1024, 'kilobyte') : format(bytes / 1024 / 1024, 'megabyte');
}

function renderResult(): void {
  const text = t();
  setText(resultStatus, submitted ? text.resultSent : text.resultEmpty);
  result.hidden = !submitted;
  result.textContent = submitted ? JSON.stringify(submitted.data, null, 2) : '';
  resultFiles.hidden = !submitted;
  const files = Object.entries(submitted?.files ?? {}).flatMap(([pointer, list]) => list.map((file) => ({ pointer, file })));
  resultFileList.replaceChildren(
    ...(files.length === 0
      ? [create('li', undefined, text.noFiles)]
      : files.map(({ pointer, file }) => {
          const item = create('li');
          item.append(create('code', undefined, pointer), ` ${file.name} (${formatSize(file.size)})`);
          return item;
        })),
  );
}

// ------------------------------------------------------------------ the form

function currentForm(): HTMLElementTagNameMap['dvc-dossier-form'] | null {
  return slot.querySelector('dvc-dossier-form');
}

/** Shows a loading or failure line (translated with the page, via data-i18n) in place of the form. */
function slotMessage(key: 'loading' | 'loadFailed'): void {
  const line = create('p', `form-message form-message--${key}`);
  line.setAttribute('role', key === 'loading' ? 'status' : 'alert');
  line.dataset.i18n = key;
  line.textContent = t()[key];
  slot.replaceChildren(line);
}

async function loadForm(procedure: Procedure): Promise<void> {
  const load = ++loads;
  const loadSchema = schemas[GENERATED + procedure.files.schema];
  const loadValidator = validators[GENERATED + procedure.files.validator];
  slotMessage('loading');
  try {
    if (!loadSchema || !loadValidator) throw new Error(`no chunk for ${procedure.id}`);
    const [schema, validator] = await Promise.all([loadSchema(), loadValidator()]);
    if (load !== loads) return; // another procedure was chosen meanwhile
    currentSchema = schema;
    const form = document.createElement('dvc-dossier-form');
    form.lang = lang;
    form.validator = validator;
    form.schema = schema;
    slot.replaceChildren(form);
    renderProcedure(); // the schema may name the procedure in English where the catalogue does not
  } catch (error) {
    if (load !== loads) return;
    console.error(error);
    slotMessage('loadFailed');
  }
}

function showProcedure(id: string, { focus = false } = {}): void {
  if (id === currentId) {
    if (focus) title.focus();
    return;
  }
  currentId = id;
  currentSchema = undefined;
  submitted = null;
  markCurrent();
  renderProcedure();
  renderResult();
  resultSection.hidden = !byId.has(id);
  const procedure = byId.get(id);
  if (procedure) void loadForm(procedure);
  else {
    loads++;
    slot.replaceChildren();
  }
  if (focus) title.focus();
}

function setLanguage(next: Lang): void {
  lang = next;
  document.documentElement.lang = lang;
  renderStaticText();
  renderList();
  renderProcedure();
  renderResult();
  const form = currentForm();
  if (form) form.lang = lang;
  const url = new URL(location.href);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  history.replaceState(history.state, '', url);
}

function procedureInUrl(): string {
  return new URLSearchParams(location.search).get('p') || DEFAULT_PROCEDURE;
}

// ------------------------------------------------------------------ wiring

slot.addEventListener('dvc-submit', (event) => {
  submitted = { data: event.detail.data, files: event.detail.files };
  renderResult();
});

list.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-procedure]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const id = link.dataset.procedure!;
  if (id !== currentId) history.pushState(null, '', link.href);
  showProcedure(id, { focus: true });
});

window.addEventListener('popstate', () => showProcedure(procedureInUrl(), { focus: true }));

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang === 'en' ? 'en' : 'vi'));
}

setLanguage(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi');
showProcedure(procedureInUrl());
