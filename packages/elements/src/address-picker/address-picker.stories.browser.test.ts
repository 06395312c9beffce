/**
 * Every story of address-picker.stories.ts rendered in Chromium: each renders its three inputs, stories that
 * report validity show errors, and none has an axe-core violation.
 */
import { expect } from '@open-wc/testing';
import { argsOf, axeViolations, renderStory, storiesOf, useStoryHost } from '../test-support/stories.js';
import meta, * as storyModule from './address-picker.stories.js';
import type { AddressPickerArgs } from './address-picker.stories.js';
import type { DvcAddressPicker } from './address-picker.js';

const stories = storiesOf<AddressPickerArgs>(storyModule);
const host = useStoryHost();

/** Stories that are not a picker. */
const PROSE = ['Accessibility'];

describe('dvc-address-picker stories', () => {
  it('has the expected stories', () => {
    expect(stories.map(([name]) => name)).to.include.members([
      'Playground',
      'Empty',
      'Filled',
      'Errors',
      'English',
      'Disabled',
      'Accessibility',
    ]);
  });

  for (const [name, story] of stories) {
    it(`${name} renders and passes accessibility checks`, async () => {
      const picker = await renderStory<AddressPickerArgs, DvcAddressPicker>(meta, story, host(), 'dvc-address-picker');
      if (PROSE.includes(name)) {
        expect(picker).to.equal(null);
      } else {
        expect(picker!.shadowRoot!.querySelectorAll('input')).to.have.length(3);
        const args = argsOf(meta, story);
        if (args.reported) expect(picker!.shadowRoot!.querySelectorAll('[part="field-error"]').length).to.be.greaterThan(0);
        if (args.value?.communeCode) expect(picker!.shadowRoot!.querySelector<HTMLInputElement>('#commune')!.value).to.not.equal('');
      }
      expect(await axeViolations(host())).to.deep.equal([]);
    });
  }
});
