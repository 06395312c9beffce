import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

import '../define/dvc-stats.js';
import type { StatisticsLoader, StatsFailure } from './stats.js';
import { AN_HOA_WARD, STATS_FROM, STATS_TO, minhSonLoader, minhSonStatistics } from '../test-support/statistics.js';

/**
 * What a story sets on `<dvc-stats>`: the scenario names where the figures come from (the Minh Sơn demo province's
 * dossiers through a loader, as the server would answer, or given as the `statistics` property), and the language.
 */
export interface StatsArgs {
  lang: 'vi' | 'en';
  scenario: 'loader' | 'several-months' | 'many-months' | 'one-agency' | 'one-month' | 'empty' | 'loading' | 'failed' | 'server-error' | 'malformed' | 'no-source';
  noChooser: boolean;
}

type Story = StoryObj<StatsArgs>;

/** A loader that never answers (until the element asks for something else). */
const neverAnswers: StatisticsLoader = (_query, { signal }) =>
  new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject({ code: 'network' } satisfies StatsFailure), { once: true }));

const fails =
  (failure: StatsFailure): StatisticsLoader =>
  () =>
    Promise.reject(failure);

/** An answer whose months do not add up to its totals: the element refuses to show it. */
function brokenAnswer(): unknown {
  const stats = JSON.parse(JSON.stringify(minhSonStatistics())) as { totals: { received: number } };
  stats.totals.received += 5;
  return stats;
}

function renderStats(args: StatsArgs): TemplateResult {
  const element = (statistics: unknown, loader: StatisticsLoader | undefined, from = '', to = '', agency = '') =>
    html`<dvc-stats lang=${args.lang} from=${from} to=${to} agency=${agency} ?no-chooser=${args.noChooser} .statistics=${statistics} .loader=${loader}></dvc-stats>`;
  switch (args.scenario) {
    case 'loader':
      return element(undefined, minhSonLoader(300), STATS_FROM, STATS_TO);
    case 'several-months':
      return element(minhSonStatistics(), undefined);
    case 'many-months':
      return element(minhSonStatistics({ from: '2025-06', to: '2026-11' }), undefined);
    case 'one-agency':
      return element(undefined, minhSonLoader(), STATS_FROM, STATS_TO, AN_HOA_WARD.id);
    case 'one-month':
      return element(minhSonStatistics({ from: '2026-11', to: '2026-11' }), undefined);
    case 'empty':
      return element(minhSonStatistics({ from: '2025-01', to: '2025-03' }), undefined);
    case 'loading':
      return element(undefined, neverAnswers);
    case 'failed':
      return element(undefined, fails({ code: 'network' }));
    case 'server-error':
      return element(undefined, fails({ code: 'server', status: 503 }));
    case 'malformed':
      return element(undefined, () => Promise.resolve(brokenAnswer()));
    case 'no-source':
      return element(undefined, undefined);
  }
}

/**
 * The public statistics of a service centre (`GET /api/statistics`): headline figures, a chart of the dossiers
 * processed per month (early, on time, late) and the tables behind it, per month and per agency. The figures here
 * are of the fictional province of Minh Sơn, computed by `computeStatistics` of `@dvc-kit/dossier/statistics` as the
 * server does.
 */
const meta: Meta<StatsArgs> = {
  title: 'Elements/dvc-stats',
  component: 'dvc-stats',
  render: renderStats,
  args: { lang: 'vi', scenario: 'loader', noChooser: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    scenario: {
      control: 'select',
      options: ['loader', 'several-months', 'many-months', 'one-agency', 'one-month', 'empty', 'loading', 'failed', 'server-error', 'malformed', 'no-source'],
    },
  },
};
export default meta;

// ---------------------------------------------------------------------------------------------
// Playground

/** Figures read through a loader (as from the server), with the chooser of agency and months. */
export const Playground: Story = {};

// ---------------------------------------------------------------------------------------------
// Figures

/** Six months, every agency: the chart has a bar per month, the tables a row per month and per agency. */
export const SeveralMonths: Story = { args: { scenario: 'several-months' } };
/** A year and a half (the first year without dossiers): narrower bars, the month written under every other one. */
export const ManyMonths: Story = { args: { scenario: 'many-months' } };
/** One agency chosen (`agency="000.31.01.H99"`): the figures of phường An Hòa only. */
export const OneAgency: Story = { args: { scenario: 'one-agency' } };
/** One month. */
export const OneMonth: Story = { args: { scenario: 'one-month' } };
/** A period without dossiers: said in words, no chart, no empty tables. */
export const EmptyPeriod: Story = { args: { scenario: 'empty' } };
/** Without the chooser (`no-chooser`), as a page showing fixed figures would. */
export const WithoutChooser: Story = { args: { scenario: 'several-months', noChooser: true } };

// ---------------------------------------------------------------------------------------------
// Loading and failures

/** Waiting for the server. */
export const Loading: Story = { args: { scenario: 'loading' } };
/** The server could not be reached: in words, with "Thử lại". */
export const Failed: Story = { args: { scenario: 'failed' } };
/** The server failed (503). */
export const ServerError: Story = { args: { scenario: 'server-error' } };
/** The answer breaks the contract (its months do not add up to the totals): not shown, the reason given for developers. */
export const Malformed: Story = { args: { scenario: 'malformed' } };
/** The page gave no source. */
export const NoSource: Story = { args: { scenario: 'no-source' } };

// ---------------------------------------------------------------------------------------------
// Language

/** In English (`lang="en"`): the same figures, written 1,234 and 87.5%. */
export const English: Story = { args: { lang: 'en', scenario: 'several-months' } };

// ---------------------------------------------------------------------------------------------
// Accessibility

/**
 * The acceptance criteria, in prose, as GOV.UK writes them for its components.
 * The automatic part (axe-core, no violations) runs in stats.stories.browser.test.ts on every story.
 */
export const Accessibility: Story = {
  render: () => html`<article lang="en" style="max-width: 46rem; font: 1rem/1.5 system-ui, sans-serif">
    <h1>Accessibility acceptance criteria</h1>
    <p>A <code>&lt;dvc-stats&gt;</code> must:</p>
    <ul>
      <li>give every figure of the chart in a real table (caption, column headers with <code>scope="col"</code>, a row
        header per month or agency with <code>scope="row"</code>, totals in <code>&lt;tfoot&gt;</code>), and hide the
        drawing itself from assistive technology, whose users read the tables</li>
      <li>not rely on colour alone: early is solid, on time striped, late dotted, with a legend in words; each bar's
        total is written above it</li>
      <li>let a keyboard scroll a table wider than the screen: each sits in a focusable region named by its caption</li>
      <li>write numbers the Vietnamese way (<code>1.234</code>, <code>87,5 %</code>) and say what each share is of
        (“5 trên 8 hồ sơ”)</li>
      <li>label the chooser's fields with visible labels and hints; a wrong month is said next to its field (with a
        visually hidden “Lỗi:”) and takes focus</li>
      <li>say loading in a status region, and every failure in words with a “Thử lại” button</li>
      <li>never inject text from the server (agency names) as HTML</li>
      <li>have no axe-core violations in every story</li>
    </ul>
  </article>`,
};
