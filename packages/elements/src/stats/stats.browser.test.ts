/**
 * <dvc-stats> in Chromium, reading the dossier API of scripts/wtr-dossier-api.mjs over HTTP (`GET /statistics`
 * computed from @dvc-kit/dossier's samples), or given its figures: what it shows, that the table says what the chart
 * draws, failures, the chooser by keyboard, and axe.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { computeStatistics } from '@dvc-kit/dossier/statistics';
import { SAMPLE_DOSSIERS, SAMPLE_NOW } from '@dvc-kit/dossier/samples';
import '../define/dvc-stats.js';
import type { DvcSourceErrorEvent } from '../events/dvc-source-error.js';
import { axeViolations } from '../test-support/stories.js';
import { minhSonStatistics } from '../test-support/statistics.js';
import type { DvcStats } from './stats.js';
import { STATS_MESSAGES } from './messages.js';

const vi = STATS_MESSAGES.vi;
const en = STATS_MESSAGES.en;
const api = (behaviour: string) => `/__dvc/dossier-api/${behaviour}`;

async function callsOf(behaviour: string): Promise<number> {
  const response = await fetch(`${api(behaviour)}/__calls`);
  return ((await response.json()) as { calls: number }).calls;
}

const root = (el: DvcStats) => el.shadowRoot!;
const part = (el: DvcStats, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
// Spaces and line breaks collapsed; the no-break space of `87,5 %` kept.
const text = (node: Element | null) => node?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';

/** The key figures as shown: label → value. */
function figures(el: DvcStats): Record<string, string> {
  return Object.fromEntries([...root(el).querySelectorAll('.figure')].map((f) => [text(f.querySelector('dt')), text(f.querySelector('.value'))]));
}

/** A cell of a table: the row (a month, an agency id, or `total`) and the column (a count's name). */
const cell = (el: DvcStats, table: 'stats-by-month' | 'stats-by-agency', row: string, key: string) =>
  text(root(el).querySelector(`table:has(#${table}) td[data-row="${row}"][data-key="${key}"]`));

async function fromApi(behaviour: string, attributes: { from?: string; to?: string; agency?: string; timeout?: number } = {}) {
  const errors: DvcSourceErrorEvent[] = [];
  const el = await fixture<DvcStats>(html`<dvc-stats
    src=${api(behaviour) + '/statistics'}
    from=${attributes.from ?? '2026-02'}
    to=${attributes.to ?? '2026-03'}
    agency=${attributes.agency ?? ''}
    timeout=${attributes.timeout ?? 15_000}
    @dvc-error=${(e: DvcSourceErrorEvent) => errors.push(e)}
  ></dvc-stats>`);
  await el.updateComplete;
  return { el, errors };
}

describe('dvc-stats', () => {
  it('passes accessibility checks with figures, chart and tables', async () => {
    const { el } = await fromApi('ok');
    expect(el.matches(':state(ready)')).to.be.true;
    expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
  });

  it('fetches src with the months and shows the key figures written the Vietnamese way', async () => {
    const before = await callsOf('ok');
    const { el } = await fromApi('ok');
    expect(await callsOf('ok')).to.equal(before + 1);
    // The fourteen samples (see @dvc-kit/dossier's statistics test): 12 of 14 online, 3 of 7 with fees paid
    // online, 3 finished (2 early, 1 on time), 2 overdue, 6 in time.
    expect(figures(el)).to.deep.equal({
      [vi.received]: '14',
      [vi.filedOnline]: '85,7\u00a0%',
      [vi.paidOnline]: '42,9\u00a0%',
      [vi.onTime]: '100,0\u00a0%',
      [vi.late]: '0,0\u00a0%',
      [vi.overdueNow]: '2',
    });
    expect(text(part(el, 'headline'))).to.contain(vi.filedOnlineOf('12', '14'));
    expect(text(part(el, 'headline'))).to.contain(vi.overdueNowOf('6'));
    expect(text(part(el, 'period'))).to.contain(vi.period('2/2026', '3/2026'));
    expect(text(part(el, 'period'))).to.contain(vi.asOf('04/03/2026 10:00'));
  });

  it('writes a table for every month and agency, which says what the chart draws', async () => {
    const { el } = await fromApi('ok');
    const expected = computeStatistics(Object.values(SAMPLE_DOSSIERS), { asOf: SAMPLE_NOW, from: '2026-02', to: '2026-03' });
    // Every month and agency has a row (plus the totals), every count its cell.
    for (const month of expected.byMonth) {
      for (const key of ['received', 'filedOnline', 'withFees', 'paidOnline', 'finished', 'early', 'onTime', 'late', 'overdue', 'inProgress'] as const) {
        expect(cell(el, 'stats-by-month', month.month, key), `${month.month} ${key}`).to.equal(String(month[key]));
      }
    }
    expect(root(el).querySelectorAll('table:has(#stats-by-agency) tbody tr')).to.have.length(expected.byAgency.length);
    expect(cell(el, 'stats-by-agency', '000.00.12.H29', 'received')).to.equal('7');
    expect(cell(el, 'stats-by-agency', 'total', 'received')).to.equal('14');
    // Each drawn segment is a cell of the month's row; each bar's total is early + on time + late.
    const segments = [...root(el).querySelectorAll<SVGRectElement>('rect[data-kind]')];
    expect(segments.map((s) => [s.dataset.month, s.dataset.kind, s.dataset.value])).to.deep.equal([
      ['2026-02', 'early', '2'],
      ['2026-03', 'onTime', '1'],
    ]);
    for (const s of segments) expect(cell(el, 'stats-by-month', s.dataset.month!, s.dataset.kind!)).to.equal(s.dataset.value);
    for (const bar of root(el).querySelectorAll<SVGGElement>('g.bar')) {
      const month = bar.dataset.month!;
      const sum = ['early', 'onTime', 'late'].reduce((acc, key) => acc + Number(cell(el, 'stats-by-month', month, key)), 0);
      expect(Number(bar.dataset.total)).to.equal(sum);
    }
    // The drawing is hidden from assistive technology: the tables are its accessible form.
    expect(root(el).querySelector('svg.plot')!.closest('[aria-hidden="true"]')).to.exist;
    for (const th of root(el).querySelectorAll('thead th')) expect(th.getAttribute('scope')).to.equal('col');
    for (const th of root(el).querySelectorAll('tbody th, tfoot th')) expect(th.getAttribute('scope')).to.equal('row');
    expect([...root(el).querySelectorAll('caption')].map(text)).to.deep.equal([vi.byMonthCaption, vi.byAgencyCaption]);
  });

  it('draws taller bars for more dossiers, on one scale', async () => {
    const el = await fixture<DvcStats>(html`<dvc-stats .statistics=${minhSonStatistics()}></dvc-stats>`);
    const bars = [...root(el).querySelectorAll<SVGGElement>('g.bar')].map((bar) => ({
      total: Number(bar.dataset.total),
      height: [...bar.querySelectorAll('rect')].reduce((acc, r) => acc + Number(r.getAttribute('height')), 0),
    }));
    expect(bars).to.have.length(6);
    const perDossier = bars[0].height / bars[0].total;
    for (const bar of bars) expect(bar.height).to.be.closeTo(bar.total * perDossier, 0.01);
  });

  it('asks again with the agency when the attribute changes', async () => {
    const { el } = await fromApi('ok');
    const before = await callsOf('ok');
    el.agency = '000.00.12.H29';
    await el.updateComplete;
    expect(await callsOf('ok')).to.equal(before + 1);
    expect(figures(el)[vi.received]).to.equal('7');
    expect(root(el).querySelectorAll('table:has(#stats-by-agency) tbody tr')).to.have.length(1);
    expect(text(part(el, 'period'))).to.contain('UBND phường Ba Đình');
  });

  it('refuses an answer that breaks the contract, says so, and fires dvc-error', async () => {
    for (const behaviour of ['malformed-shape', 'malformed-json', 'html']) {
      const { el, errors } = await fromApi(behaviour);
      expect(el.matches(':state(failed)'), behaviour).to.be.true;
      expect(text(part(el, 'error'))).to.contain(vi.errorMalformed);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['malformed']);
      expect(root(el).querySelector('table'), 'no table').to.equal(null);
      if (behaviour === 'malformed-shape') expect(text(part(el, 'error'))).to.contain('/byMonth: the received figures add up to 14, the totals say 15');
    }
  });

  it('says a server failure in words and tries again on "Thử lại"', async () => {
    const { el, errors } = await fromApi('status-503');
    expect(text(part(el, 'error'))).to.contain(vi.errorServer);
    expect(errors[0].detail).to.include({ code: 'server', status: 503 });
    const before = await callsOf('status-503');
    part(el, 'retry-button')!.click();
    await el.updateComplete;
    expect(await callsOf('status-503')).to.equal(before + 1);
    expect(el.matches(':state(failed)')).to.be.true;
  });

  it('says a refused range (400) and a server that does not answer in time', async () => {
    const refused = await fromApi('ok', { from: '2016-01', to: '2026-03' });
    expect(text(part(refused.el, 'error'))).to.contain(vi.errorInvalidRequest);
    const slow = await fromApi('slow-3000', { timeout: 100 });
    expect(text(part(slow.el, 'error'))).to.contain(vi.errorTimeout);
    expect(slow.errors[0].detail.code).to.equal('timeout');
  });

  it('shows loading in a status region while it waits', async () => {
    const el = await fixture<DvcStats>(html`<dvc-stats src=${api('slow-400') + '/statistics'} from="2026-02" to="2026-03"></dvc-stats>`);
    // fixture waits for updateComplete, which waits for the load: look at the next one instead.
    el.from = '2026-03';
    await waitUntil(() => el.matches(':state(loading)'));
    expect(text(root(el).querySelector('[role="status"]'))).to.equal(vi.loading);
    await el.updateComplete;
    expect(el.matches(':state(ready)')).to.be.true;
  });

  it('says when the period has no dossiers', async () => {
    const { el } = await fromApi('ok', { from: '2025-01', to: '2025-02' });
    expect(el.matches(':state(empty)')).to.be.true;
    expect(text(part(el, 'notice'))).to.equal(vi.empty);
    expect(root(el).querySelector('table, svg.plot')).to.equal(null);
  });

  it('chooses the agency and months by keyboard, and says a reversed range next to its field', async () => {
    const { el } = await fromApi('ok');
    const select = root(el).querySelector<HTMLSelectElement>('#stats-agency')!;
    expect([...select.options].map((o) => o.textContent?.trim())).to.deep.equal([vi.allAgencies, 'Sở Tư pháp Hà Nội', 'Trung tâm Phục vụ hành chính công thành phố Hà Nội', 'UBND phường Ba Đình']);
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('stats-from');
    // A month input takes digits in the order of its locale's fields; set the reversed range directly.
    root(el).querySelector<HTMLInputElement>('#stats-from')!.value = '2026-03';
    root(el).querySelector<HTMLInputElement>('#stats-to')!.value = '2026-02';
    // A month input's year and month are stops of their own: go to the button directly.
    root(el).querySelector<HTMLButtonElement>('[part~="chooser"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement?.id === 'stats-from');
    expect(text(root(el).querySelector('#stats-from-error'))).to.equal(`${vi.errorPrefix} ${vi.rangeInvalid}`);
    expect(root(el).querySelector('#stats-from')!.getAttribute('aria-describedby')).to.equal('stats-from-hint stats-from-error');
    expect(el.from).to.equal('2026-02');

    // February at Sở Tư pháp: refused, supplementInProcessing, returned.
    root(el).querySelector<HTMLInputElement>('#stats-from')!.value = '2026-02';
    root(el).querySelector<HTMLInputElement>('#stats-to')!.value = '2026-02';
    root(el).querySelector<HTMLButtonElement>('[part~="chooser"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([el.from, el.to, el.agency]).to.deep.equal(['2026-02', '2026-02', '000.19.01.H29']);
    expect(figures(el)[vi.received]).to.equal('3');
    // Said without moving focus (it stays on the button).
    expect(text(root(el).querySelector('[role="status"]'))).to.equal(vi.loaded('3'));
    expect(root(el).activeElement?.textContent?.trim()).to.equal(vi.show);
    expect(root(el).querySelector('#stats-from-error')).to.equal(null);
    // The tables are keyboard-scrollable regions after the chooser.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('part')).to.equal('table-region');
  });

  it('writes text from the server as text, never HTML', async () => {
    const stats = JSON.parse(JSON.stringify(minhSonStatistics({ from: '2026-11', to: '2026-11' }))) as { byAgency: { agency?: { name: string } }[] };
    stats.byAgency[0].agency!.name = '<img src=x onerror="window.__injected = true">Sở';
    const el = await fixture<DvcStats>(html`<dvc-stats .statistics=${stats}></dvc-stats>`);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(root(el).querySelector('table:has(#stats-by-agency) tbody th'))).to.contain('<img src=x');
  });

  it('refuses figures given as a property that break the contract', async () => {
    const errors: DvcSourceErrorEvent[] = [];
    const el = await fixture<DvcStats>(html`<dvc-stats .statistics=${{ asOf: 'yesterday' }} @dvc-error=${(e: DvcSourceErrorEvent) => errors.push(e)}></dvc-stats>`);
    expect(el.matches(':state(failed)')).to.be.true;
    expect(text(part(el, 'error'))).to.contain('/asOf');
    expect(part(el, 'retry-button')).to.equal(null);
  });

  it('speaks English with lang="en": 1,234 and 87.5%', async () => {
    const el = await fixture<DvcStats>(html`<dvc-stats lang="en" .statistics=${minhSonStatistics()}></dvc-stats>`);
    const shown = figures(el);
    expect(Object.keys(shown)).to.deep.equal([en.received, en.filedOnline, en.paidOnline, en.onTime, en.late, en.overdueNow]);
    expect(shown[en.filedOnline]).to.match(/^\d{1,3}\.\d%$/);
    expect(text(part(el, 'period'))).to.contain('June 2026 to November 2026');
    expect([...root(el).querySelectorAll('caption')].map(text)).to.deep.equal([en.byMonthCaption, en.byAgencyCaption]);
  });

  it("fills the chooser's months with the period the server chose when from and to are not given", async () => {
    const el = await fixture<DvcStats>(html`<dvc-stats src=${api('ok') + '/statistics'}></dvc-stats>`);
    // The samples' server defaults to the twelve months up to SAMPLE_NOW.
    expect(root(el).querySelector<HTMLInputElement>('#stats-from')!.value).to.equal('2025-04');
    expect(root(el).querySelector<HTMLInputElement>('#stats-to')!.value).to.equal('2026-03');
    expect([el.from, el.to]).to.deep.equal(['', '']);
  });

  it('says when the page gave no source', async () => {
    const el = await fixture<DvcStats>(html`<dvc-stats></dvc-stats>`);
    expect(text(part(el, 'notice'))).to.equal(vi.noSource);
  });
});
