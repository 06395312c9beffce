/**
 * Every story of status-tracker.stories.ts rendered in Chromium: a story of a dossier shows its heading and state, a
 * story of a failure shows the error summary with a retry, the others show the lookup form; none has an axe-core
 * violation.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { argsOf, axeViolations, renderStory, storiesOf, useStoryHost } from '../test-support/stories.js';
import meta, * as storyModule from './status-tracker.stories.js';
import type { StatusTrackerArgs } from './status-tracker.stories.js';
import type { DvcStatusTracker } from './status-tracker.js';

const stories = storiesOf<StatusTrackerArgs>(storyModule);
const host = useStoryHost();

/** Stories that are not a tracker. */
const PROSE = ['Accessibility'];

describe('dvc-status-tracker stories', () => {
  it('has a story for each state, each delivery and each failure', () => {
    expect(stories.map(([name]) => name)).to.include.members([
      'Playground',
      'LookupForm',
      'Submitted',
      'Received',
      'Refused',
      'SupplementRequiredAtIntake',
      'SupplementRequiredInProcessing',
      'InProcess',
      'PaymentRequired',
      'ResultReadyOnline',
      'ReturnedInPerson',
      'ResultByPost',
      'Withdrawn',
      'Stopped',
      'Late',
      'Apology',
      'NotFound',
      'WrongSecondFactor',
      'NetworkError',
      'Timeout',
      'RateLimited',
      'ServerError',
      'Malformed',
      'NotFoundByAttribute',
      'English',
      'Accessibility',
    ]);
  });

  for (const [name, story] of stories) {
    it(`${name} renders and passes accessibility checks`, async () => {
      const tracker = await renderStory<StatusTrackerArgs, DvcStatusTracker>(meta, story, host(), 'dvc-status-tracker');
      if (PROSE.includes(name)) {
        expect(tracker).to.equal(null);
      } else {
        const root = tracker!.shadowRoot!;
        const args = argsOf(meta, story);
        const part = (p: string) => root.querySelector(`[part~="${p}"]`);
        if (args.dossier) {
          await waitUntil(() => part('title'), 'the dossier heading', { timeout: 3000 });
          expect(part('state')?.textContent).to.not.equal('');
          expect(root.querySelectorAll('ol[part="timeline"] > li').length).to.be.greaterThan(0);
        } else if (args.typed || args.fail || args.unknownCode) {
          await waitUntil(() => part('error-summary'), 'the error summary', { timeout: 3000 });
          expect(part('retry-button'), 'retry').to.exist;
          expect(tracker!.matches(':state(failed)')).to.equal(true);
        } else {
          expect(part('lookup-form'), 'lookup form').to.exist;
        }
      }
      expect(await axeViolations(host())).to.deep.equal([]);
    });
  }
});
