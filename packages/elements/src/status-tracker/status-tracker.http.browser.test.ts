/**
 * `<dvc-status-tracker>` against a real HTTP server (the dossier API of `schemas/api/`, served by the test runner:
 * `scripts/wtr-dossier-api.mjs`), through `source-url` as a page without a bundler writes it, or the HTTP source
 * as a property: answers that come slowly, each status code, malformed bodies, no server at all.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHttpDossierSource, type DossierSourceErrorCode } from '@dvc-kit/dossier';
import { SAMPLE_DOSSIERS, SAMPLE_ID_NUMBER } from '@dvc-kit/dossier/samples';
import '../define/dvc-status-tracker.js';
import type { DvcSourceErrorEvent } from '../events/dvc-source-error.js';
import { axeViolations } from '../test-support/stories.js';
import type { DvcStatusTracker } from './status-tracker.js';
import { TRACKER_MESSAGES } from './messages.js';

const vi = TRACKER_MESSAGES.vi;
const api = (behaviour: string): string => new URL(`/__dvc/dossier-api/${behaviour}`, location.href).href;
const CODE = SAMPLE_DOSSIERS.inProcess.code;

async function callsTo(behaviour: string): Promise<number> {
  const response = await fetch(`${api(behaviour)}/__calls`);
  return ((await response.json()) as { calls: number }).calls;
}

function part(el: DvcStatusTracker, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(node: Element | null): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function type(el: DvcStatusTracker, id: string, value: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.focus();
  input.select();
  await sendKeys({ type: value });
}

/** A tracker reading `behaviour`'s API through `source-url`, with the code (and second factor) typed and submitted. */
async function lookUp(behaviour: string, code = CODE, factor?: string): Promise<{ el: DvcStatusTracker; errors: DvcSourceErrorEvent[] }> {
  const el = await fixture<DvcStatusTracker>(html`<dvc-status-tracker
    source-url=${api(behaviour)}
    second-factors=${factor === undefined ? '' : 'id-number'}
    refresh-interval="0"
  ></dvc-status-tracker>`);
  const errors: DvcSourceErrorEvent[] = [];
  el.addEventListener('dvc-error', (e) => errors.push(e as DvcSourceErrorEvent));
  await type(el, 'dossier-code', code);
  if (factor !== undefined) await type(el, 'second-factor', factor);
  part(el, 'lookup-button')!.click();
  await el.updateComplete;
  return { el, errors };
}

describe('dvc-status-tracker over HTTP', () => {
  it('looks a dossier up with source-url alone (markup only) and shows it', async () => {
    const { el } = await lookUp('ok');
    expect(text(part(el, 'title'))).to.equal(vi.dossierTitle(CODE));
    expect(text(part(el, 'state'))).to.equal(vi.stateInProcess);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'title'));
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('sends the second factor the source asks for, and a wrong one marks its field', async () => {
    const wrong = await lookUp('needs-factor', CODE, '001099999999');
    expect(wrong.errors.map((e) => [e.detail.code, e.detail.status])).to.deep.equal([['wrong-second-factor', 403]]);
    expect(wrong.el.shadowRoot!.querySelector('#second-factor')!.getAttribute('aria-invalid')).to.equal('true');
    const right = await lookUp('needs-factor', CODE, SAMPLE_ID_NUMBER);
    expect(text(part(right.el, 'state'))).to.equal(vi.stateInProcess);
  });

  it('an unknown code: 404, said as "not found" on the code field', async () => {
    const { el, errors } = await lookUp('ok', '000.00.01.H29-000000-9999');
    expect(errors.map((e) => [e.detail.code, e.detail.status])).to.deep.equal([['not-found', 404]]);
    expect(text(part(el, 'error-summary'))).to.contain(vi.errorNotFound);
  });

  const STATUSES: [number, DossierSourceErrorCode, string][] = [
    [401, 'wrong-second-factor', vi.errorWrongSecondFactor],
    [403, 'wrong-second-factor', vi.errorWrongSecondFactor],
    [404, 'not-found', vi.errorNotFound],
    [429, 'rate-limited', vi.errorRateLimited],
    [500, 'server', vi.errorServer],
    [502, 'server', vi.errorServer],
    [503, 'server', vi.errorServer],
  ];
  for (const [status, code, words] of STATUSES) {
    it(`HTTP ${status}: ${code} in words, and the retry asks the server again`, async () => {
      const behaviour = `status-${status}`;
      const { el, errors } = await lookUp(behaviour);
      expect(errors.map((e) => e.detail.code)).to.deep.equal([code]);
      expect(errors[0]!.detail.status).to.equal(status);
      expect(text(part(el, 'error-summary'))).to.contain(words);
      expect(await axeViolations(el)).to.deep.equal([]);
      const before = await callsTo(behaviour);
      part(el, 'retry-button')!.click();
      await el.updateComplete;
      expect(await callsTo(behaviour)).to.be.greaterThan(before);
      expect(text(part(el, 'error-summary'))).to.contain(words);
    });
  }

  for (const behaviour of ['malformed-json', 'malformed-shape', 'html']) {
    it(`a body that is not a dossier (${behaviour}): "cannot be read", nothing half-shown`, async () => {
      const { el, errors } = await lookUp(behaviour);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['malformed']);
      expect(text(part(el, 'error-summary'))).to.contain(vi.errorMalformed);
      expect(part(el, 'dossier')).to.equal(null);
    });
  }

  it('a slow answer: says it is looking, then shows the dossier', async () => {
    const el = await fixture<DvcStatusTracker>(html`<dvc-status-tracker source-url=${api('slow-600')} refresh-interval="0"></dvc-status-tracker>`);
    await type(el, 'dossier-code', CODE);
    part(el, 'lookup-button')!.click();
    await waitUntil(() => part(el, 'status'), 'the looking-up line');
    expect(text(part(el, 'status'))).to.equal(vi.loading);
    await el.updateComplete;
    expect(text(part(el, 'state'))).to.equal(vi.stateInProcess);
  });

  it('no answer in time: a timeout in words', async () => {
    const el = await fixture<DvcStatusTracker>(html`<dvc-status-tracker
      .source=${createHttpDossierSource({ baseUrl: api('slow-3000'), timeoutMs: 300, retries: 0, secondFactors: [] })}
      dossier-code=${CODE}
      refresh-interval="0"
    ></dvc-status-tracker>`);
    await el.updateComplete;
    expect(text(part(el, 'error-summary'))).to.contain(vi.errorTimeout);
  });

  it('no server at all: a network error in words', async () => {
    const el = await fixture<DvcStatusTracker>(html`<dvc-status-tracker source-url="http://127.0.0.1:9/api" refresh-interval="0"></dvc-status-tracker>`);
    const errors: DvcSourceErrorEvent[] = [];
    el.addEventListener('dvc-error', (e) => errors.push(e as DvcSourceErrorEvent));
    await type(el, 'dossier-code', CODE);
    part(el, 'lookup-button')!.click();
    await el.updateComplete;
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['network']);
    expect(text(part(el, 'error-summary'))).to.contain(vi.errorNetwork);
  });

  it('a server that fails once: the HTTP source tries again by itself, and the citizen sees the dossier', async () => {
    const behaviour = `flaky-${Date.now()}`;
    const { el, errors } = await lookUp(behaviour);
    expect(errors).to.deep.equal([]);
    expect(text(part(el, 'state'))).to.equal(vi.stateInProcess);
    expect(await callsTo(behaviour)).to.equal(2);
  });
});
