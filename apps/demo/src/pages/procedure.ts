// The procedure page (/thu-tuc/<id>): the procedure's facts, its dossier form (prepared schema and precompiled
// validator, lazy chunks of their own) with the fees as the citizen types, a draft kept in the tab, and filing with
// the server (POST /api/dossiers) with one idempotency key per attempt.
import '@dvc-kit/elements/define/dvc-dossier-form-precompiled.js';
import type { DvcDossierForm } from '@dvc-kit/elements';
import type { Validator } from '@dvc-kit/form-engine/core';
import type { Catalog } from '@dvc-kit/procedure';
import { localizedText } from '@dvc-kit/procedure/wording';
import { proceduresOf, type Procedure } from '../catalog.js';
import { create, required, setText, translateStatic, type Localized } from '../layout/dom.js';
import { storageOf, type Lang } from '../layout/language.js';
import { mountLayout } from '../layout/layout.js';
import { clearDraft, loadDraft, saveDraft } from '../submission/draft.js';
import { forgetIdempotencyKey, idempotencyKeyFor } from '../submission/idempotency.js';
import { keepReceipt, vietnamDateTime } from '../submission/receipt.js';
import { sendSubmission, submissionFingerprint, type Submission, type SubmitOutcome } from '../submission/submission.js';
import { focusField } from './field-focus.js';
import { procedureFacts } from './procedure-facts.js';
import { PAGE_TEXT } from './procedure-text.js';

// What the build script's `dvc-schema build` wrote into src/generated (git-ignored). The catalogue is part of the
// page; each procedure's schema and validator become lazy chunks of their own, loaded when it is shown.
const catalogs = import.meta.glob<Catalog>('../generated/catalog.json', { eager: true, import: 'default' });
const schemas = import.meta.glob<unknown>('../generated/*/schema.json', { import: 'default' });
const validators = import.meta.glob<Validator>('../generated/*/validator.js', { import: 'default' });
const GENERATED = '../generated/';

const layout = mountLayout('procedure');
const session = storageOf('sessionStorage');
const procedures = proceduresOf(catalogs[`${GENERATED}catalog.json`] ?? { generator: '', procedures: [] });

const codeLine = required<HTMLElement>('#procedure-code-line');
const code = required<HTMLElement>('#procedure-code');
const title = required<HTMLHeadingElement>('#procedure-title');
const message = required<HTMLParagraphElement>('#procedure-message');
const facts = required<HTMLDListElement>('#procedure-facts');
const apply = required<HTMLElement>('#apply');
const applyLayout = required<HTMLElement>('#apply-layout');
const formSlot = required<HTMLElement>('#form-slot');
const feeSlot = required<HTMLElement>('#fee-slot');
const draftStatus = required<HTMLElement>('#draft-status');
const draftClearButton = required<HTMLButtonElement>('#draft-clear');
const feedback = required<HTMLElement>('#submit-feedback');
const submitStatus = required<HTMLElement>('#submit-status');

/** `/thu-tuc/<id>` as the server maps it, or `thu-tuc.html?id=<id>`. */
function procedureIdInUrl(): string {
  const fromPath = /\/thu-tuc\/([^/]+)\/?$/.exec(location.pathname);
  if (fromPath) {
    try {
      return decodeURIComponent(fromPath[1]!);
    } catch {
      return fromPath[1]!;
    }
  }
  return new URLSearchParams(location.search).get('id') ?? '';
}

const procedureId = procedureIdInUrl();
const procedure: Procedure | undefined = procedures.find((p) => p.id === procedureId);

let schema: unknown;
let validator: Validator | undefined;
let loadState: 'loading' | 'ready' | 'failed' = 'loading';
let draftNote: { kind: 'kept' } | { kind: 'restored'; savedAt: number } | { kind: 'off' } | { kind: 'cleared' } = { kind: 'kept' };
/** What the last attempt to file said; shown again in the other language. */
let lastOutcome: SubmitOutcome | null = null;
let lastSubmission: Submission | null = null;
let busy = false;

const t = () => PAGE_TEXT[layout.lang];

function procedureName(lang: Lang): Localized {
  if (!procedure) return { text: t().notFoundTitle, lang };
  const name = localizedText(procedure.name, lang);
  if (name.lang === lang) return name;
  const english = (schema as { 'x-ui'?: { en?: { title?: unknown } } } | undefined)?.['x-ui']?.en?.title;
  return typeof english === 'string' ? { text: english, lang: 'en' } : name;
}

// ------------------------------------------------------------------ rendering

function renderProcedure(lang: Lang): void {
  const text = t();
  if (!procedure) {
    codeLine.hidden = true;
    setText(title, text.notFoundTitle, lang);
    message.hidden = false;
    message.replaceChildren();
    const back = create('a', { text: text.backToList });
    back.href = '/';
    message.append(procedures.length === 0 ? text.noCatalog : text.notFound(procedureId), ' ', back);
    facts.hidden = true;
    apply.hidden = true;
    layout.setTitle(text.notFoundTitle);
    return;
  }
  code.textContent = procedure.code;
  const name = procedureName(lang);
  setText(title, name, lang);
  layout.setTitle(name.text);
  facts.replaceChildren(...procedureFacts(procedure, lang, schema));
  apply.hidden = false;
}

function renderDraftNote(lang: Lang): void {
  const text = PAGE_TEXT[lang];
  const note =
    draftNote.kind === 'restored'
      ? text.draftRestored(vietnamDateTime(new Date(draftNote.savedAt).toISOString()))
      : draftNote.kind === 'off'
        ? text.draftOff
        : draftNote.kind === 'cleared'
          ? `${text.draftCleared} ${text.draftKept}`
          : text.draftKept;
  draftStatus.textContent = note;
}

function renderFormMessage(): void {
  if (loadState === 'ready') return;
  const line = create('p', { className: `form-message${loadState === 'failed' ? ' form-message--failed' : ''}`, text: t()[loadState === 'failed' ? 'loadFailed' : 'loading'] });
  line.setAttribute('role', loadState === 'failed' ? 'alert' : 'status');
  formSlot.replaceChildren(line);
}

/** The outcome of the last attempt: the server's per-field errors, a refusal, or a failure to send with "Try again". */
function renderFeedback(lang: Lang, { focus = false } = {}): void {
  const text = PAGE_TEXT[lang];
  const outcome = lastOutcome;
  if (!outcome || outcome.kind === 'created') {
    feedback.replaceChildren();
    feedback.className = '';
    return;
  }
  const box = create('div', { className: 'error-summary' });
  box.setAttribute('role', 'alert');
  feedback.className = '';
  if (outcome.kind === 'invalid') {
    box.append(create('h2', { text: text.invalidHeading, lang }), create('p', { text: text.invalidIntro, lang }));
    const list = create('ul');
    const errors = outcome.errors.length > 0 ? outcome.errors : [{ pointer: '', message: outcome.message }];
    for (const error of errors) {
      const item = create('li');
      const link = create('a', { text: { text: error.message, lang: 'vi' }, lang });
      link.href = '#form-slot';
      link.dataset.pointer = error.pointer;
      item.append(link);
      list.append(item);
    }
    box.append(list);
  } else if (outcome.kind === 'refused') {
    box.append(create('h2', { text: text.refusedHeading, lang }), create('p', { text: text.refused[outcome.code] ?? text.refusedOther(outcome.status), lang }));
    // The server's own words: in English when it gives them, else in Vietnamese (marked so).
    const said = lang === 'en' && outcome.messageEn ? { text: outcome.messageEn, lang: 'en' as const } : { text: outcome.message, lang: 'vi' as const };
    if (said.text) box.append(create('p', { className: 'muted', text: said, lang }));
  } else {
    box.append(create('h2', { text: text.retryHeading, lang }), create('p', { text: text.retryIntro, lang }));
    const retry = create('button', { className: 'button', text: text.retry, lang });
    retry.type = 'button';
    retry.addEventListener('click', () => {
      if (lastSubmission) void file(lastSubmission);
    });
    const actions = create('p', { className: 'actions' });
    actions.append(retry);
    box.append(actions);
  }
  feedback.replaceChildren(box);
  if (focus) {
    box.tabIndex = -1;
    box.focus();
  }
}

// ------------------------------------------------------------------ the form and the fees

function currentForm(): DvcDossierForm | null {
  return formSlot.querySelector('dvc-dossier-form');
}

function mountForm({ restoreDraft }: { restoreDraft: boolean }): void {
  if (!procedure || schema === undefined || !validator) return;
  const form = document.createElement('dvc-dossier-form');
  form.id = 'dossier-form';
  form.validator = validator;
  form.schema = schema;
  if (restoreDraft) {
    const draft = loadDraft(session, procedure.id);
    if (draft) {
      form.data = draft.data;
      draftNote = { kind: 'restored', savedAt: draft.savedAt };
    }
  }
  form.addEventListener('dvc-change', (event) => {
    if (!saveDraft(session, procedure.id, event.detail.data)) draftNote = { kind: 'off' };
    else if (draftNote.kind === 'off' || draftNote.kind === 'cleared') draftNote = { kind: 'kept' };
    else return;
    renderDraftNote(layout.lang);
  });
  form.addEventListener('dvc-submit', (event) => {
    event.preventDefault(); // no native form to submit: the page files it
    if (busy) return;
    void file({ procedure: procedure.id, data: event.detail.data, files: event.detail.files });
  });
  formSlot.replaceChildren(form);
  if (feeWidgetLoaded) mountFeeWidget(form.id);
}

/** Whether the fee widget's define file is loaded (only for a procedure with fees). */
let feeWidgetLoaded = false;

/** A new widget for the form just mounted: it finds the form it follows by id when it connects. */
function mountFeeWidget(formId: string): void {
  applyLayout.classList.add('apply--with-fees');
  const heading = create('h3', { text: t().feesHeading });
  heading.dataset.i18n = 'feesHeading';
  const widget = document.createElement('dvc-fee-widget');
  widget.setAttribute('for', formId);
  feeSlot.replaceChildren(heading, widget);
}

async function loadFeeWidget(): Promise<void> {
  if (!procedure || procedure.free) return;
  // Loaded only for a procedure with fees: a free procedure's page does not carry the widget.
  await import('@dvc-kit/elements/define/dvc-fee-widget.js');
  feeWidgetLoaded = true;
}

async function loadForm(): Promise<void> {
  if (!procedure) return;
  renderFormMessage();
  try {
    const loadSchema = schemas[`${GENERATED}${procedure.files.schema}`];
    const loadValidator = validators[`${GENERATED}${procedure.files.validator}`];
    if (!loadSchema || !loadValidator) throw new Error(`no chunk for ${procedure.id}`);
    [schema, validator] = await Promise.all([loadSchema(), loadValidator()]);
    loadState = 'ready';
    await loadFeeWidget().catch((error: unknown) => console.error(error));
    mountForm({ restoreDraft: true });
    renderDraftNote(layout.lang);
    renderProcedure(layout.lang); // the schema may name the procedure in English where the catalogue does not
  } catch (error) {
    console.error(error);
    loadState = 'failed';
    renderFormMessage();
  }
}

// ------------------------------------------------------------------ filing

async function file(submission: Submission): Promise<void> {
  if (busy) return;
  busy = true;
  lastSubmission = submission;
  const text = t();
  formSlot.setAttribute('aria-busy', 'true');
  for (const button of feedback.querySelectorAll('button')) button.disabled = true;
  submitStatus.textContent = text.sending;
  let outcome: SubmitOutcome;
  try {
    const key = idempotencyKeyFor(session, submission.procedure, await submissionFingerprint(submission));
    outcome = await sendSubmission(submission, { key });
  } catch (error) {
    outcome = { kind: 'retry', message: String(error) };
  }
  lastOutcome = outcome;
  if (outcome.kind === 'created') {
    // Still busy until the confirmation page opens: the key is forgotten, so another submit would file again.
    clearDraft(session, submission.procedure);
    forgetIdempotencyKey(session, submission.procedure);
    const kept = keepReceipt(session, { receipt: outcome.receipt, receiptToken: outcome.receiptToken });
    submitStatus.textContent = `${t().filedRedirect(outcome.code)}${kept ? '' : ` ${t().receiptNotKept}`}`;
    location.assign(`/xac-nhan?code=${encodeURIComponent(outcome.code)}`);
    return;
  }
  busy = false;
  formSlot.removeAttribute('aria-busy');
  submitStatus.textContent = '';
  // A key the server holds for other data will never work: the next attempt gets a new one.
  if (outcome.kind === 'refused' && outcome.code === 'idempotency-conflict') forgetIdempotencyKey(session, submission.procedure);
  renderFeedback(layout.lang, { focus: true });
}

// Back from the confirmation page (the page restored from the back/forward cache): the page is no longer sending.
window.addEventListener('pageshow', (event) => {
  if (!event.persisted || !busy) return;
  busy = false;
  formSlot.removeAttribute('aria-busy');
  submitStatus.textContent = '';
});

feedback.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-pointer]');
  const form = currentForm();
  if (!link || !form) return;
  event.preventDefault();
  focusField(form, link.dataset.pointer ?? '');
});

draftClearButton.addEventListener('click', () => {
  if (!procedure) return;
  clearDraft(session, procedure.id);
  draftNote = { kind: 'cleared' };
  lastOutcome = null;
  renderFeedback(layout.lang);
  if (loadState === 'ready') mountForm({ restoreDraft: false });
  renderDraftNote(layout.lang);
});

layout.onLanguageChange((lang) => {
  translateStatic(document.querySelector('main')!, PAGE_TEXT[lang]);
  renderProcedure(lang);
  renderDraftNote(lang);
  renderFormMessage();
  renderFeedback(lang);
});
void loadForm();
