/**
 * `<dvc-fee-widget>`'s payment status against a real HTTP server (the dossier API of `schemas/api/`, served by the
 * test runner: `scripts/wtr-dossier-api.mjs`) through `@dvc-kit/dossier`'s HTTP source (a property, or made from
 * `source-url`): each status, an answer that
 * comes slowly, each error status, malformed bodies, and a retry that works.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createHttpDossierSource } from '@dvc-kit/dossier';
import { SAMPLE_DOSSIERS } from '@dvc-kit/dossier/samples';
import '../define/dvc-fee-widget.js';
import business from '../../../../schemas/procedures/2.000720/schema.json';
import birth from '../../../../schemas/procedures/1.001193/schema.json';
import { axeViolations } from '../test-support/stories.js';
import type { DvcFeeWidget } from './fee-widget.js';
import { FEE_MESSAGES } from './messages.js';

const vi = FEE_MESSAGES.vi;
const api = (behaviour: string): string => new URL(`/__dvc/dossier-api/${behaviour}`, location.href).href;
const { paymentRequired, resultReady } = SAMPLE_DOSSIERS;

const part = (el: DvcFeeWidget, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const statusText = (el: DvcFeeWidget) => text(part(el, 'status')?.querySelector('[role="status"]'));

/** A widget asking `behaviour`'s API for the payment of `code` (no retries, so each failure shows at once). */
function widget(behaviour: string, code: string, procedure: unknown = business): Promise<DvcFeeWidget> {
  return fixture<DvcFeeWidget>(html`<dvc-fee-widget
    .procedure=${procedure}
    .data=${{}}
    .source=${createHttpDossierSource({ baseUrl: api(behaviour), timeoutMs: 2000, retries: 0, secondFactors: [] })}
    dossier-code=${code}
    poll-interval="0"
  ></dvc-fee-widget>`);
}

const settled = (el: DvcFeeWidget) => waitUntil(() => !statusText(el).startsWith(vi.statusLoading), 'the status check ends', { timeout: 5000 });

describe('dvc-fee-widget over HTTP', () => {
  it('shows an unpaid dossier the server reports, after a slow answer', async () => {
    const started = performance.now();
    const el = await widget('slow-400', paymentRequired.code);
    await settled(el);
    // The fixture's updateComplete waits for the check: the answer did come after the server's delay.
    expect(performance.now() - started).to.be.greaterThan(350);
    expect(statusText(el)).to.equal(`${vi.statusHeading}: ${vi.status('unpaid')}.`);
    expect(el.matches(':state(unpaid)')).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('reads the status from source-url alone (markup only, as a page without a bundler writes it)', async () => {
    const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget
      .procedure=${business}
      .data=${{}}
      source-url=${api('ok')}
      dossier-code=${paymentRequired.code}
      poll-interval="0"
    ></dvc-fee-widget>`);
    await settled(el);
    expect(statusText(el)).to.equal(`${vi.statusHeading}: ${vi.status('unpaid')}.`);
  });

  it('says the status cannot be checked from a source-url the HTTP source refuses, with no retry', async () => {
    const el = await fixture<DvcFeeWidget>(html`<dvc-fee-widget
      .procedure=${business}
      .data=${{}}
      source-url="ftp://example.gov.vn/api"
      dossier-code=${paymentRequired.code}
    ></dvc-fee-widget>`);
    await settled(el);
    expect(statusText(el)).to.equal(vi.statusFailed);
    expect(part(el, 'refresh-button')).to.equal(null);
  });

  it('shows a paid dossier with the time of payment', async () => {
    const el = await widget('ok', resultReady.code, birth);
    await settled(el);
    expect(statusText(el)).to.contain(`${vi.statusHeading}: ${vi.status('paid')}.`);
    expect(el.matches(':state(paid)')).to.equal(true);
  });

  for (const [behaviour, words] of [
    ['status-404', vi.statusNotFound],
    ['status-403', vi.statusWrongFactor],
  ] as const) {
    it(`says in words what a ${behaviour.slice(7)} means, with no button to try again`, async () => {
      const el = await widget(behaviour, paymentRequired.code);
      await settled(el);
      expect(statusText(el)).to.equal(words);
      expect(part(el, 'refresh-button')).to.equal(null);
    });
  }

  for (const behaviour of ['status-500', 'status-503', 'status-429', 'malformed-json', 'malformed-shape', 'html']) {
    it(`says the status could not be checked after ${behaviour}, and offers a retry`, async () => {
      const el = await widget(behaviour, paymentRequired.code);
      await settled(el);
      expect(statusText(el)).to.equal(vi.statusFailed);
      expect(text(part(el, 'refresh-button'))).to.equal(vi.retry);
    });
  }

  it('shows the status once a retry works (the server failed once)', async () => {
    const el = await widget(`flaky-fee-${Date.now()}`, paymentRequired.code);
    await settled(el);
    expect(statusText(el)).to.equal(vi.statusFailed);
    part(el, 'refresh-button')!.click();
    await waitUntil(() => statusText(el) === `${vi.statusHeading}: ${vi.status('unpaid')}.`, 'the retried check shows the status', { timeout: 5000 });
  });
});
