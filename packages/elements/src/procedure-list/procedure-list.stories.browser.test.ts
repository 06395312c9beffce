/**
 * Every story of procedure-list.stories.ts rendered in Chromium: a story that loads shows its loading line, a failure
 * its box with the words, a catalogue its list (or why it is empty); none has an axe-core violation.
 */
import { expect } from '@open-wc/testing';
import { argsOf, axeViolations, storiesOf, useStoryHost } from '../test-support/stories.js';
import { html, render } from 'lit';
import meta, * as storyModule from './procedure-list.stories.js';
import type { ProcedureListArgs } from './procedure-list.stories.js';
import type { DvcProcedureList } from './procedure-list.js';

const stories = storiesOf<ProcedureListArgs>(storyModule);
const host = useStoryHost();

/** Stories that are not a list. */
const PROSE = ['Accessibility'];

describe('dvc-procedure-list stories', () => {
  it('has a story for each state', () => {
    expect(stories.map(([name]) => name)).to.include.members([
      'Playground',
      'Loading',
      'FromSrc',
      'FailedNetwork',
      'FailedServer',
      'FailedNotFound',
      'FailedNotJson',
      'Malformed',
      'BrokenEntries',
      'EmptyCatalogue',
      'Searched',
      'Filtered',
      'FilteredBySector',
      'NoResult',
      'Paged',
      'English',
      'EnglishNoResult',
      'Accessibility',
    ]);
  });

  for (const [name, story] of stories) {
    it(`${name} renders and passes accessibility checks`, async () => {
      const renderFn = (story.render ?? meta.render!) as (args: ProcedureListArgs) => unknown;
      const args = argsOf(meta, story);
      render(html`${renderFn(args)}`, host());
      const list = host().querySelector<DvcProcedureList>('dvc-procedure-list');
      if (PROSE.includes(name)) {
        expect(list).to.equal(null);
      } else {
        // A story that never finishes loading has no updateComplete to wait for beyond its first render.
        await (args.answer === 'never' ? new Promise((resolve) => setTimeout(resolve, 20)) : list!.updateComplete);
        const part = (p: string) => list!.shadowRoot!.querySelector(`[part~="${p}"]`);
        expect(part('base'), 'rendered').to.exist;
        if (args.answer === 'never') {
          expect(part('status')?.textContent).to.not.equal('');
          expect(list!.matches(':state(loading)')).to.equal(true);
        } else if ((args.answer && args.answer !== 'ok') || args.catalog === 'malformed') {
          expect(part('error'), 'the failure').to.exist;
          expect(list!.matches(':state(failed)')).to.equal(true);
        } else if (args.catalog === 'empty') {
          expect(part('no-result')?.textContent).to.not.equal('');
        } else if (list!.results.length === 0) {
          expect(part('no-result'), 'no result').to.exist;
          expect(part('clear-button'), 'clear').to.exist;
        } else {
          expect(list!.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(Math.min(list!.results.length, args.pageSize));
        }
      }
      expect(await axeViolations(host())).to.deep.equal([]);
    });
  }
});
