/**
 * `<dvc-status-tracker>` against an in-memory source: the lookup form and its errors, every state, the badge, the
 * apology, the supplement request, each delivery, lookup failures with a retry, and the refresh (backoff, paused
 * while the tab is hidden).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryDossierSource, type Dossier, type DossierSourceErrorCode } from '@dvc-kit/dossier';
import { SAMPLE_DOSSIERS, SAMPLE_ID_NUMBER, SAMPLE_SECOND_FACTORS } from '@dvc-kit/dossier/samples';
import { workingDaysBetween } from '@dvc-kit/vn';
import '../define/dvc-status-tracker.js';
import type { DvcDossierLoadedEvent } from '../events/dvc-dossier-loaded.js';
import type { DvcSourceErrorEvent } from '../events/dvc-source-error.js';
import { axeViolations } from '../test-support/stories.js';
import { focusedAxNode } from '../test-support/ax-tree.js';
import { ALL_TRACKER_DOSSIERS, TRACKER_DOSSIERS, scriptedSource, type ScriptedSource } from '../test-support/dossiers.js';
import type { DvcStatusTracker } from './status-tracker.js';
import { TRACKER_MESSAGES } from './messages.js';

const vi = TRACKER_MESSAGES.vi;
const en = TRACKER_MESSAGES.en;

function root(el: DvcStatusTracker): ShadowRoot {
  return el.shadowRoot!;
}

function text(node: Element | ShadowRoot | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function part(el: DvcStatusTracker, name: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

function input(el: DvcStatusTracker, id: string): HTMLInputElement {
  const found = root(el).querySelector<HTMLInputElement>(`#${id}`);
  if (!found) throw new Error(`no #${id}`);
  return found;
}

async function type(el: DvcStatusTracker, id: string, value: string): Promise<void> {
  const field = input(el, id);
  field.focus();
  field.select();
  await sendKeys({ type: value });
}

async function submit(el: DvcStatusTracker): Promise<void> {
  part(el, 'lookup-button')!.click();
  await el.updateComplete;
}

async function tracker(source: ScriptedSource | undefined, attrs: { code?: string; lang?: string; interval?: number } = {}): Promise<DvcStatusTracker> {
  return fixture<DvcStatusTracker>(html`<dvc-status-tracker
    .source=${source}
    dossier-code=${attrs.code ?? ''}
    lang=${attrs.lang ?? 'vi'}
    refresh-interval=${attrs.interval ?? 0}
  ></dvc-status-tracker>`);
}

/** A tracker showing `dossier` (looked up by its code, no second factor, no refresh). */
async function showing(dossier: Dossier, lang = 'vi'): Promise<DvcStatusTracker> {
  const el = await tracker(scriptedSource([dossier]), { code: dossier.code, lang });
  await el.updateComplete;
  return el;
}

const STATE_WORDS: Record<Dossier['state']['kind'], string> = {
  SUBMITTED: vi.stateSubmitted,
  RECEIVED: vi.stateReceived,
  REFUSED: vi.stateRefused,
  SUPPLEMENT_REQUIRED: vi.stateSupplementRequired,
  IN_PROCESS: vi.stateInProcess,
  PAYMENT_REQUIRED: vi.statePaymentRequired,
  RESULT_READY: vi.stateResultReady,
  RETURNED: vi.stateReturned,
  WITHDRAWN: vi.stateWithdrawn,
  STOPPED: vi.stateStopped,
};

afterEach(() => {
  // Undo a stubbed visibility (the prototype's getter shows again).
  delete (document as unknown as Record<string, unknown>).visibilityState;
});

describe('dvc-status-tracker: lookup form', () => {
  it('passes accessibility checks, with a labelled code field and second factor', async () => {
    const el = await tracker(scriptedSource(ALL_TRACKER_DOSSIERS, ['id-number']));
    expect(root(el).querySelector(`label[for="dossier-code"]`)!.textContent).to.contain(vi.codeLabel);
    expect(root(el).querySelector(`label[for="second-factor"]`)!.textContent).to.contain(vi.idLabel);
    expect(input(el, 'dossier-code').getAttribute('aria-describedby')).to.equal('dossier-code-hint');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('without a source says so in words (no crash, no form)', async () => {
    const el = await tracker(undefined);
    expect(text(part(el, 'notice'))).to.equal(vi.noSource);
    expect(part(el, 'lookup-form')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('a source-url that is not http(s) is refused and said so, never fetched', async () => {
    const el = await fixture<DvcStatusTracker>(html`<dvc-status-tracker source-url="javascript:alert(1)"></dvc-status-tracker>`);
    expect(text(part(el, 'notice'))).to.equal(vi.badSourceUrl);
    expect(part(el, 'lookup-form')).to.equal(null);
  });

  it('an empty lookup shows a focused error summary whose links focus the fields', async () => {
    const source = scriptedSource(ALL_TRACKER_DOSSIERS, ['id-number']);
    const el = await tracker(source);
    await submit(el);
    const summary = part(el, 'error-summary')!;
    expect(root(el).activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal([vi.codeMissing, vi.idMissing]);
    expect(input(el, 'dossier-code').getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(el).querySelector('#dossier-code-error'))).to.equal(`${vi.errorPrefix} ${vi.codeMissing}`);
    summary.querySelectorAll('a')[1]!.click();
    expect(root(el).activeElement).to.equal(input(el, 'second-factor'));
    expect(source.calls).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('looks a dossier up with its second factor, moves focus to its heading and fires dvc-dossier-loaded', async () => {
    const source = scriptedSource(ALL_TRACKER_DOSSIERS, ['id-number']);
    const el = await tracker(source);
    const loaded: DvcDossierLoadedEvent[] = [];
    el.addEventListener('dvc-dossier-loaded', (e) => loaded.push(e));
    await type(el, 'dossier-code', TRACKER_DOSSIERS.inProcess.code);
    // Spaces between digit groups are not part of the number; the input keeps what was typed.
    await type(el, 'second-factor', '001 099 012 345');
    await submit(el);
    await el.updateComplete;
    expect(source.calls).to.deep.equal([{ code: TRACKER_DOSSIERS.inProcess.code, secondFactor: { kind: 'id-number', value: '001099012345' } }]);
    expect(input(el, 'second-factor').value).to.equal('001 099 012 345');
    const title = part(el, 'title')!;
    expect(title.textContent).to.equal(vi.dossierTitle(TRACKER_DOSSIERS.inProcess.code));
    expect(root(el).activeElement).to.equal(title);
    expect(loaded).to.have.length(1);
    expect(loaded[0]!.detail.dossier.code).to.equal(TRACKER_DOSSIERS.inProcess.code);
    expect(loaded[0]!.detail.refresh).to.equal(false);
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('asks which second factor when the source takes either, and sends the one chosen', async () => {
    const source = scriptedSource(ALL_TRACKER_DOSSIERS, ['id-number', 'phone']);
    const el = await tracker(source);
    const radios = root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios).to.have.length(2);
    radios[1]!.click();
    await el.updateComplete;
    expect(root(el).querySelector('label[for="second-factor"]')!.textContent).to.contain(vi.phoneLabel);
    expect(input(el, 'second-factor').type).to.equal('tel');
    await type(el, 'dossier-code', TRACKER_DOSSIERS.received.code);
    await type(el, 'second-factor', '0912345678');
    await submit(el);
    await el.updateComplete;
    expect(source.calls[0]!.secondFactor).to.deep.equal({ kind: 'phone', value: '0912345678' });
    expect(part(el, 'title')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('with dossier-code and a second factor asked: the code is filled in and read-only, only the factor is asked', async () => {
    const source = scriptedSource(ALL_TRACKER_DOSSIERS, ['id-number']);
    const el = await tracker(source, { code: TRACKER_DOSSIERS.received.code });
    expect(input(el, 'dossier-code').value).to.equal(TRACKER_DOSSIERS.received.code);
    expect(input(el, 'dossier-code').readOnly).to.equal(true);
    expect(source.calls).to.have.length(0);
    await type(el, 'second-factor', '001099012345');
    await submit(el);
    await el.updateComplete;
    expect(text(part(el, 'state'))).to.equal(vi.stateReceived);
  });

  it('with dossier-code and no second factor: shows the dossier at once, without a form and without taking focus', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const el = await showing(TRACKER_DOSSIERS.inProcess);
    expect(part(el, 'lookup-form')).to.equal(null);
    expect(part(el, 'title')).to.exist;
    expect(document.activeElement).to.equal(outside);
    outside.remove();
  });

  it('rewords the errors shown when the language changes', async () => {
    const el = await tracker(scriptedSource(ALL_TRACKER_DOSSIERS));
    await submit(el);
    expect(text(part(el, 'error-summary'))).to.contain(vi.codeMissing);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(part(el, 'error-summary'))).to.contain(en.codeMissing);
    expect(text(root(el).querySelector('#dossier-code-error'))).to.equal(`${en.errorPrefix} ${en.codeMissing}`);
  });

  it('checks the code and the second factor as the contract does, before asking the source', async () => {
    const source = scriptedSource(ALL_TRACKER_DOSSIERS, ['id-number', 'phone']);
    const el = await tracker(source);
    for (const [code, factor, codeError, factorError] of [
      ['x'.repeat(51), '001099012345', vi.codeInvalid, ''],
      ['000.00.01.H29 261201', '001099012345', vi.codeInvalid, ''],
      ['000.00.01.H29-261201-0002', '00109901234', '', vi.idInvalid],
      ['000.00.01.H29-261201-0002', 'abc', '', vi.idInvalid],
    ]) {
      await type(el, 'dossier-code', code!);
      await type(el, 'second-factor', factor!);
      await submit(el);
      expect(text(root(el).querySelector('#dossier-code-error')), code).to.equal(codeError ? `${vi.errorPrefix} ${codeError}` : '');
      expect(text(root(el).querySelector('#second-factor-error')), factor).to.equal(factorError ? `${vi.errorPrefix} ${factorError}` : '');
    }
    root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
    await el.updateComplete;
    await type(el, 'second-factor', '12345');
    await submit(el);
    expect(text(root(el).querySelector('#second-factor-error'))).to.equal(`${vi.errorPrefix} ${vi.phoneInvalid}`);
    expect(source.calls).to.have.length(0);
    // A phone written the international way is sent in the contract's form.
    await type(el, 'second-factor', '+84 912 345 678');
    await submit(el);
    await el.updateComplete;
    expect(source.calls.map((c) => c.secondFactor)).to.deep.equal([{ kind: 'phone', value: '0912345678' }]);
  });
});

describe('dvc-status-tracker: the dossier', () => {
  for (const dossier of ALL_TRACKER_DOSSIERS) {
    it(`${dossier.code} (${dossier.state.kind}): its state in words, the applicant masked, the history as a list with times`, async () => {
      const el = await showing(dossier);
      expect(text(part(el, 'state'))).to.equal(STATE_WORDS[dossier.state.kind]);
      const shown = text(part(el, 'dossier'));
      expect(shown).to.contain(dossier.procedure.name);
      expect(shown).to.contain(dossier.applicant.name);
      // Never a full ID number, even when the source sent one.
      expect(shown).not.to.contain('001099012345');
      if (dossier.applicant.idNumber) expect(shown).to.contain('*********345');
      const items = root(el).querySelectorAll('ol[part="timeline"] > li');
      expect(items).to.have.length(dossier.events.length);
      for (const time of root(el).querySelectorAll('ol[part="timeline"] time')) {
        expect(time.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\+07:00$/);
        expect(time.textContent).to.match(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      }
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('on time: the appointment date and a badge with the working days left, in words', async () => {
    const el = await showing(TRACKER_DOSSIERS.inProcess);
    expect(text(part(el, 'badge'))).to.equal(`${vi.timelinessPending} · ${vi.workingDaysLeft(3)}`);
    expect(root(el).querySelector('dd time')).to.exist;
    expect(el.matches(':state(overdue)')).to.equal(false);
  });

  // Two working days before today; on a weekend only one has passed since (Friday's).
  const daysOver = (): number => workingDaysBetween(TRACKER_DOSSIERS.late.dueAt!, new Date());

  it('late: the badge says overdue with the working days over', async () => {
    const el = await showing(TRACKER_DOSSIERS.late);
    expect(daysOver()).to.be.within(1, 2);
    expect(text(part(el, 'badge'))).to.equal(`${vi.timelinessOverdue} · ${vi.workingDaysOver(daysOver())}`);
    expect(el.matches(':state(overdue)')).to.equal(true);
  });

  it('after an apology: the reason and the revised date beside the original, lateness kept against the original', async () => {
    const dossier = TRACKER_DOSSIERS.apology;
    const el = await showing(dossier);
    const apology = part(el, 'apology')!;
    expect(text(apology)).to.contain(dossier.apology!.reason);
    expect(text(apology)).to.contain(vi.revisedDueDate);
    const revisedDay = dossier.revisedDueAt!.slice(0, 10);
    expect(apology.querySelector(`time[datetime="${revisedDay}"]`)).to.exist;
    expect(text(part(el, 'badge'))).to.contain(vi.timelinessOverdue);
    // Against the revised date: still within it, with the working days left.
    const revisedLeft = workingDaysBetween(new Date(), dossier.revisedDueAt!);
    expect(text(part(el, 'revised-badge'))).to.equal(`${vi.timelinessPending} · ${vi.workingDaysLeft(revisedLeft)}`);
  });

  it("gives the page a copy of the dossier: changing the event's never changes what is shown", async () => {
    const source = scriptedSource([TRACKER_DOSSIERS.inProcess]);
    const el = await fixture<DvcStatusTracker>(html`<dvc-status-tracker
      .source=${source}
      refresh-interval="0"
      @dvc-dossier-loaded=${(e: DvcDossierLoadedEvent) => (e.detail.dossier.procedure.name = 'Đã bị trang sửa')}
    ></dvc-status-tracker>`);
    await type(el, 'dossier-code', TRACKER_DOSSIERS.inProcess.code);
    await submit(el);
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(text(part(el, 'dossier'))).to.contain(TRACKER_DOSSIERS.inProcess.procedure.name);
    expect(el.dossier!.procedure.name).to.equal(TRACKER_DOSSIERS.inProcess.procedure.name);
  });

  it('a request for more documents: its stage, reason, the items to add and the deadline', async () => {
    for (const dossier of [TRACKER_DOSSIERS.supplementIntake, TRACKER_DOSSIERS.supplementProcessing]) {
      const el = await showing(dossier);
      const box = part(el, 'supplement')!;
      const state = dossier.state;
      if (state.kind !== 'SUPPLEMENT_REQUIRED') throw new Error('not a supplement request');
      expect(text(box)).to.contain(state.reason);
      expect(text(box)).to.contain(state.stage === 'intake' ? vi.supplementStageIntake : vi.supplementStageProcessing);
      expect([...box.querySelectorAll('li')].map((li) => li.textContent!.trim().split(' (')[0])).to.deep.equal(state.items.map((i) => i.name));
      if ('deadline' in state) expect(text(box)).to.contain(vi.supplementDeadline);
    }
  });

  it('online delivery: a link to download the electronic result', async () => {
    const el = await showing(TRACKER_DOSSIERS.resultReadyOnline);
    const link = part(el, 'download') as HTMLAnchorElement;
    expect(link.href).to.equal('https://dichvucong.example.gov.vn/ket-qua/giay-khai-sinh.pdf');
    expect(link.textContent).to.equal(vi.download('Giấy khai sinh (bản điện tử)'));
    expect(text(part(el, 'state'))).to.equal(vi.stateResultReady);
    expect(text(root(el).querySelector('.state-detail'))).to.equal(vi.outcomeGranted);
  });

  it('online delivery before the result: says when it comes, no link', async () => {
    const el = await showing(TRACKER_DOSSIERS.submitted);
    expect(part(el, 'download')).to.equal(null);
    expect(text(part(el, 'delivery'))).to.contain(vi.resultNotYet);
  });

  it('a download link that is not http(s) is never made a link', async () => {
    const dossier = structuredClone(TRACKER_DOSSIERS.resultReadyOnline) as Dossier;
    if (dossier.delivery.method === 'ONLINE') dossier.delivery.result!.downloadUrl = 'javascript:alert(1)';
    const el = await showing(dossier);
    expect(part(el, 'download')).to.equal(null);
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('in person: the place, its address and hours', async () => {
    const el = await showing(TRACKER_DOSSIERS.returnedInPerson);
    const delivery = text(part(el, 'delivery'));
    expect(delivery).to.contain('Trung tâm Phục vụ hành chính công phường Ba Đình');
    expect(delivery).to.contain('Số 10 Đội Cấn');
  });

  it('by post: the tracking number, linked to the carrier', async () => {
    const el = await showing(TRACKER_DOSSIERS.resultReadyPost);
    const link = part(el, 'delivery')!.querySelector('a')!;
    expect(link.textContent).to.equal('EB123456789VN');
    expect(text(part(el, 'delivery'))).to.contain(vi.trackingNumber);
  });

  it('text from the server is shown as text, never as HTML', async () => {
    const dossier = structuredClone(TRACKER_DOSSIERS.stopped) as Dossier;
    dossier.state = { kind: 'STOPPED', reason: '<img src=x onerror="window.__pwned=1">Lý do' };
    const el = await showing(dossier);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(part(el, 'dossier'))).to.contain('<img src=x');
  });

  it('in English', async () => {
    const el = await showing(TRACKER_DOSSIERS.late, 'en');
    expect(text(part(el, 'state'))).to.equal(en.stateInProcess);
    expect(text(part(el, 'badge'))).to.equal(`${en.timelinessOverdue} · ${en.workingDaysOver(daysOver())}`);
    expect(text(root(el).querySelector('#timeline-title'))).to.equal(en.timelineTitle);
  });
});

describe('dvc-status-tracker: every sample dossier of @dvc-kit/dossier, from its in-memory source', () => {
  for (const [name, dossier] of Object.entries(SAMPLE_DOSSIERS) as [string, Dossier][]) {
    it(`${name} (${dossier.state.kind}): looked up with the applicant's ID number, shown in words, axe-clean`, async () => {
      const source = createMemoryDossierSource(Object.values(SAMPLE_DOSSIERS) as Dossier[], { secondFactors: SAMPLE_SECOND_FACTORS });
      const el = await fixture<DvcStatusTracker>(html`<dvc-status-tracker .source=${source} dossier-code=${dossier.code} refresh-interval="0"></dvc-status-tracker>`);
      await type(el, 'second-factor', SAMPLE_ID_NUMBER);
      await submit(el);
      await el.updateComplete;
      expect(text(part(el, 'state'))).to.equal(STATE_WORDS[dossier.state.kind]);
      expect(root(el).querySelectorAll('ol[part="timeline"] > li')).to.have.length(dossier.events.length);
      const shown = text(part(el, 'dossier'));
      expect(shown).not.to.contain(SAMPLE_ID_NUMBER);
      if (dossier.state.kind === 'SUPPLEMENT_REQUIRED') expect(text(part(el, 'supplement'))).to.contain(dossier.state.reason);
      if (dossier.apology) expect(text(part(el, 'apology'))).to.contain(dossier.apology.reason);
      const ended = ['REFUSED', 'WITHDRAWN', 'STOPPED'].includes(dossier.state.kind);
      expect(part(el, 'delivery') === null, 'delivery shown').to.equal(ended);
      if (!ended && dossier.delivery.method === 'POST' && dossier.delivery.trackingNumber) expect(text(part(el, 'delivery'))).to.contain(dossier.delivery.trackingNumber);
      if (!ended && dossier.delivery.method === 'IN_PERSON') expect(text(part(el, 'delivery'))).to.contain(dossier.delivery.place.name);
      if (!ended && dossier.delivery.method === 'ONLINE' && dossier.delivery.result) expect(part(el, 'download')).to.exist;
      // Timeliness against the original date: a badge in words whenever there is something to measure.
      expect(part(el, 'badge') !== null, 'badge').to.equal(!!dossier.dueAt && !(ended && !dossier.events.some((e) => e.state.kind === 'RESULT_READY')));
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }
});

describe('dvc-status-tracker: lookup errors', () => {
  const CASES: [DossierSourceErrorCode, string][] = [
    ['rate-limited', vi.errorRateLimited],
    ['network', vi.errorNetwork],
    ['timeout', vi.errorTimeout],
    ['server', vi.errorServer],
    ['malformed', vi.errorMalformed],
  ];
  for (const [code, words] of CASES) {
    it(`${code}: says so in words, fires dvc-error, and the retry looks it up again`, async () => {
      const source = scriptedSource(ALL_TRACKER_DOSSIERS, [], [{ fail: code }, {}]);
      const el = await tracker(source);
      const errors: DvcSourceErrorEvent[] = [];
      el.addEventListener('dvc-error', (e) => errors.push(e as DvcSourceErrorEvent));
      await type(el, 'dossier-code', TRACKER_DOSSIERS.received.code);
      await submit(el);
      await el.updateComplete;
      const summary = part(el, 'error-summary')!;
      expect(text(summary)).to.contain(words);
      expect(root(el).activeElement).to.equal(summary);
      expect(el.matches(':state(failed)')).to.equal(true);
      expect(errors.map((e) => [e.detail.code, e.detail.refresh, e.detail.message])).to.deep.equal([[code, false, words]]);
      expect(await axeViolations(el)).to.deep.equal([]);
      part(el, 'retry-button')!.click();
      await el.updateComplete;
      expect(source.calls).to.have.length(2);
      expect(text(part(el, 'state'))).to.equal(vi.stateReceived);
      expect(part(el, 'error-summary')).to.equal(null);
    });
  }

  it('not found: the code field is marked and the summary links to it', async () => {
    const el = await tracker(scriptedSource(ALL_TRACKER_DOSSIERS));
    await type(el, 'dossier-code', '000.00.01.H29-000000-9999');
    await submit(el);
    await el.updateComplete;
    const link = part(el, 'error-summary')!.querySelector('a')!;
    expect(link.textContent).to.equal(vi.errorNotFound);
    expect(input(el, 'dossier-code').getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(el).querySelector('#dossier-code-error'))).to.contain(vi.errorNotFound);
    // What the citizen typed stays, to correct it.
    expect(input(el, 'dossier-code').value).to.equal('000.00.01.H29-000000-9999');
    expect(part(el, 'retry-button')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('as a screen reader gets it: the summary link lands on the code field, named, described by its hint and error, invalid', async () => {
    const el = await tracker(scriptedSource(ALL_TRACKER_DOSSIERS));
    await type(el, 'dossier-code', '000.00.01.H29-000000-9999');
    await submit(el);
    await el.updateComplete;
    part(el, 'error-summary')!.querySelector('a')!.click();
    const node = await focusedAxNode();
    expect(node).to.deep.include({ role: 'textbox', name: vi.codeLabel, invalid: 'true' });
    expect(node!.description).to.equal(`${vi.codeHint} ${vi.errorPrefix} ${vi.errorNotFound}`);
  });

  it('as a screen reader gets it: after a lookup, focus is on the dossier heading', async () => {
    const el = await tracker(scriptedSource(ALL_TRACKER_DOSSIERS));
    await type(el, 'dossier-code', TRACKER_DOSSIERS.received.code);
    await submit(el);
    await el.updateComplete;
    expect(await focusedAxNode()).to.deep.include({ role: 'heading', name: vi.dossierTitle(TRACKER_DOSSIERS.received.code) });
  });

  it('wrong second factor: the second factor is marked, and correcting it finds the dossier', async () => {
    const source = scriptedSource(ALL_TRACKER_DOSSIERS, ['id-number']);
    const el = await tracker(source);
    await type(el, 'dossier-code', TRACKER_DOSSIERS.received.code);
    await type(el, 'second-factor', '001099000000');
    await submit(el);
    await el.updateComplete;
    expect(part(el, 'error-summary')!.querySelector('a')!.textContent).to.equal(vi.errorWrongSecondFactor);
    expect(input(el, 'second-factor').getAttribute('aria-invalid')).to.equal('true');
    await type(el, 'second-factor', '001099012345');
    await submit(el);
    await el.updateComplete;
    expect(text(part(el, 'state'))).to.equal(vi.stateReceived);
  });

  it('a source that throws something other than a DossierSourceError: a server error in words', async () => {
    const source = scriptedSource([]);
    source.lookup = () => Promise.reject(new TypeError('boom'));
    const el = await tracker(source, { code: 'ABC' });
    await el.updateComplete;
    expect(text(part(el, 'error-summary'))).to.contain(vi.errorServer);
  });

  it('a slow lookup shows that it is looking, then the dossier; a new lookup drops the old one', async () => {
    const source = scriptedSource(ALL_TRACKER_DOSSIERS, [], [{ delayMs: 300 }, {}]);
    const el = await tracker(source);
    await type(el, 'dossier-code', TRACKER_DOSSIERS.late.code);
    part(el, 'lookup-button')!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(text(part(el, 'status'))).to.equal(vi.loading);
    expect(el.matches(':state(loading)')).to.equal(true);
    expect((part(el, 'lookup-button') as HTMLButtonElement).disabled).to.equal(true);
    await el.updateComplete;
    expect(part(el, 'status')).to.equal(null);
    expect(text(part(el, 'state'))).to.equal(vi.stateInProcess);
  });
});

describe('dvc-status-tracker: refresh', () => {
  const changed = (): Dossier => ({
    ...TRACKER_DOSSIERS.inProcess,
    state: { kind: 'RESULT_READY', outcome: 'GRANTED' },
    events: [...TRACKER_DOSSIERS.inProcess.events, { state: { kind: 'RESULT_READY', outcome: 'GRANTED' }, at: new Date().toISOString() }],
  });

  it('refreshes an open dossier, announces the new state in the live region without moving focus, and fires dvc-dossier-loaded', async () => {
    const source = scriptedSource([TRACKER_DOSSIERS.inProcess]);
    const el = await tracker(source, { code: TRACKER_DOSSIERS.inProcess.code, interval: 60 });
    const loaded: DvcDossierLoadedEvent[] = [];
    el.addEventListener('dvc-dossier-loaded', (e) => loaded.push(e));
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    source.update(changed());
    await waitUntil(() => text(part(el, 'state')) === vi.stateResultReady, 'refreshed state', { timeout: 2000 });
    const live = root(el).querySelector('[aria-live="polite"]')!;
    expect(text(live)).to.contain(vi.stateChanged(vi.stateResultReady));
    expect(document.activeElement).to.equal(outside);
    expect(loaded.map((e) => e.detail.refresh)).to.deep.equal([true]);
    outside.remove();
  });

  it('says nothing when a refresh brings no change', async () => {
    const source = scriptedSource([TRACKER_DOSSIERS.inProcess]);
    const el = await tracker(source, { code: TRACKER_DOSSIERS.inProcess.code, interval: 30 });
    const loaded: DvcDossierLoadedEvent[] = [];
    el.addEventListener('dvc-dossier-loaded', (e) => loaded.push(e));
    await waitUntil(() => source.calls.length >= 3, 'two refreshes', { timeout: 2000 });
    expect(text(root(el).querySelector('[aria-live="polite"]'))).to.equal('');
    expect(loaded).to.deep.equal([]);
  });

  it('pauses while the tab is hidden and refreshes once it shows again', async () => {
    const source = scriptedSource([TRACKER_DOSSIERS.inProcess]);
    const el = await tracker(source, { code: TRACKER_DOSSIERS.inProcess.code, interval: 40 });
    await el.updateComplete;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    const before = source.calls.length;
    await new Promise((r) => setTimeout(r, 300));
    // At most the refresh that was already under way when the tab hid.
    expect(source.calls.length - before).to.be.at.most(1);
    const whileHidden = source.calls.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(source.calls.length).to.equal(whileHidden);
    delete (document as unknown as Record<string, unknown>).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => source.calls.length > whileHidden, 'refresh after the tab shows', { timeout: 1000 });
  });

  it('backs off after failed refreshes, keeps the dossier shown and says it could not update', async () => {
    const source = scriptedSource([TRACKER_DOSSIERS.inProcess]);
    const el = await tracker(source, { code: TRACKER_DOSSIERS.inProcess.code, interval: 40 });
    await el.updateComplete;
    const errors: DvcSourceErrorEvent[] = [];
    el.addEventListener('dvc-error', (e) => errors.push(e as DvcSourceErrorEvent));
    source.script = [{ fail: 'network' }];
    const start = source.calls.length;
    await new Promise((r) => setTimeout(r, 700));
    // 40, 80, 160, 320 ms: at most 4 tries in 700 ms where a fixed interval would make 17.
    const tries = source.calls.length - start;
    expect(tries).to.be.within(2, 4);
    expect(text(part(el, 'state'))).to.equal(vi.stateInProcess);
    expect(text(root(el).querySelector('[aria-live="polite"]'))).to.equal(vi.refreshFailed);
    expect(text(part(el, 'dossier'))).to.contain(vi.refreshFailed);
    expect(errors.every((e) => e.detail.refresh && e.detail.code === 'network')).to.equal(true);
  });

  it('does not refresh a dossier that can no longer change, nor one removed from the page', async () => {
    const source = scriptedSource([TRACKER_DOSSIERS.returnedInPerson, TRACKER_DOSSIERS.inProcess]);
    await tracker(source, { code: TRACKER_DOSSIERS.returnedInPerson.code, interval: 30 });
    await new Promise((r) => setTimeout(r, 150));
    expect(source.calls).to.have.length(1);
    const other = scriptedSource([TRACKER_DOSSIERS.inProcess]);
    const el = await tracker(other, { code: TRACKER_DOSSIERS.inProcess.code, interval: 30 });
    await el.updateComplete;
    el.remove();
    const calls = other.calls.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(other.calls.length).to.equal(calls);
  });
});
