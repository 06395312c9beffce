/**
 * Every story of stats.stories.ts rendered in Chromium: each ends in the state it names (figures with their chart
 * and tables, the empty period, loading, a failure in words) and none has an axe-core violation.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { argsOf, axeViolations, renderStory, storiesOf, useStoryHost } from '../test-support/stories.js';
import meta, * as storyModule from './stats.stories.js';
import type { StatsArgs } from './stats.stories.js';
import type { DvcStats } from './stats.js';

const stories = storiesOf<StatsArgs>(storyModule);
const host = useStoryHost();

/** The custom state each scenario ends in. */
const STATE: Record<StatsArgs['scenario'], string | null> = {
  loader: 'ready',
  'several-months': 'ready',
  'many-months': 'ready',
  'one-agency': 'ready',
  'one-month': 'ready',
  empty: 'empty',
  loading: 'loading',
  failed: 'failed',
  'server-error': 'failed',
  malformed: 'failed',
  'no-source': null,
};

describe('dvc-stats stories', () => {
  it('has a story for every state', () => {
    expect(stories.map(([name]) => name)).to.include.members([
      'Playground',
      'SeveralMonths',
      'ManyMonths',
      'OneAgency',
      'OneMonth',
      'EmptyPeriod',
      'Loading',
      'Failed',
      'ServerError',
      'Malformed',
      'NoSource',
      'English',
      'Accessibility',
    ]);
  });

  for (const [name, story] of stories) {
    it(`${name} renders and passes accessibility checks`, async () => {
      const args = argsOf(meta, story);
      let element: DvcStats | null;
      if (args.scenario === 'loading' && story.render === undefined) {
        // Its load never settles: updateComplete would wait for it.
        render(html`${meta.render!(args, {} as never)}`, host());
        element = host().querySelector('dvc-stats');
        await new Promise((resolve) => setTimeout(resolve, 20));
      } else {
        element = await renderStory<StatsArgs, DvcStats>(meta, story, host(), 'dvc-stats');
      }
      if (name === 'Accessibility') {
        expect(element).to.equal(null);
      } else {
        const state = STATE[args.scenario];
        if (state) expect(element!.matches(`:state(${state})`), `:state(${state})`).to.be.true;
        const root = element!.shadowRoot!;
        if (state === 'ready') {
          expect(root.querySelectorAll('table'), 'two tables').to.have.length(2);
          expect(root.querySelector('svg.plot'), 'chart').to.exist;
        }
        if (state === 'failed') expect(root.querySelector('[part~="retry-button"]'), 'retry').to.exist;
      }
      expect(await axeViolations(host())).to.deep.equal([]);
    });
  }
});
