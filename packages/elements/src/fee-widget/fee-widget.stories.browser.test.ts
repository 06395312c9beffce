/**
 * Every story of fee-widget.stories.ts rendered in Chromium: each shows its fees (a table, or a note for a free
 * procedure, or the problem), its QR code and payment status when it has them, and none has an axe-core violation.
 */
import { expect } from '@open-wc/testing';
import { argsOf, axeViolations, renderStory, storiesOf, useStoryHost } from '../test-support/stories.js';
import meta, * as storyModule from './fee-widget.stories.js';
import type { FeeWidgetArgs } from './fee-widget.stories.js';
import type { DvcFeeWidget } from './fee-widget.js';

const stories = storiesOf<FeeWidgetArgs>(storyModule);
const host = useStoryHost();

/** Stories that are not a widget. */
const PROSE = ['Accessibility'];

/** The custom state each payment story ends in. */
const STATUS_STATE = { unpaid: 'unpaid', pending: 'pending', paid: 'paid', failed: 'failed' } as const;

describe('dvc-fee-widget stories', () => {
  it('has a story for every fee rule kind and payment state', () => {
    expect(stories.map(([name]) => name)).to.include.members([
      'Playground',
      'FixedCharge',
      'PerCopy',
      'PerPageTiers',
      'Percentage',
      'PostDelivery',
      'Exempt',
      'Reduction',
      'FullyExempt',
      'Free',
      'Provisional',
      'BrokenData',
      'NoDossierCodeYet',
      'QrCode',
      'PurposeTooLong',
      'Pending',
      'Paid',
      'Failed',
      'StatusUnavailable',
      'English',
      'WiredToForm',
      'Accessibility',
    ]);
  });

  for (const [name, story] of stories) {
    it(`${name} renders and passes accessibility checks`, async () => {
      const widget = await renderStory<FeeWidgetArgs, DvcFeeWidget>(meta, story, host(), 'dvc-fee-widget');
      if (PROSE.includes(name)) {
        expect(widget).to.equal(null);
      } else {
        const root = widget!.shadowRoot!;
        const args = argsOf(meta, story);
        // Fees are shown one way or another: a table, the free note, or the problem.
        const shown = root.querySelector('table, [part="problem"], [part="note"]');
        expect(shown, 'fees shown').to.exist;
        if (args.open && args.payment !== 'paid') expect(root.querySelector('[part="qr"] svg path'), 'QR code').to.exist;
        if (args.payment && args.payment !== 'error' && story.render === undefined) {
          expect(widget!.matches(`:state(${STATUS_STATE[args.payment]})`), `:state(${args.payment})`).to.be.true;
        }
        if (args.payment === 'error') expect(root.querySelector('[part="refresh-button"]')?.textContent?.trim()).to.equal('Thử lại');
      }
      expect(await axeViolations(host())).to.deep.equal([]);
    });
  }
});
