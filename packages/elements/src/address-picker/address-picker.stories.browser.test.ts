/**
 * Every story of address-picker.stories.ts rendered in Chromium: each renders its three inputs, stories that
 * report validity show errors, and none has an axe-core violation.
 */
import { html, render } from 'lit';
import { expect, waitUntil } from '@open-wc/testing';
import type { StoryObj } from '@storybook/web-components-vite';
import { argsOf, axeViolations, renderStory, storiesOf, useStoryHost } from '../test-support/stories.js';
import meta, * as storyModule from './address-picker.stories.js';
import type { AddressPickerArgs } from './address-picker.stories.js';
import type { DvcAddressPicker } from './address-picker.js';

const stories = storiesOf<AddressPickerArgs>(storyModule);
const host = useStoryHost();

/** Stories that are not a picker. */
const PROSE = ['Accessibility'];

/**
 * Renders a story. With a download of the communes that never ends, `updateComplete` (which waits for the communes)
 * never settles: wait for the loading state and the open list instead.
 */
async function renderPicker(story: StoryObj<AddressPickerArgs>): Promise<DvcAddressPicker | null> {
  const args = argsOf(meta, story);
  if (args.communes !== 'pending') return renderStory<AddressPickerArgs, DvcAddressPicker>(meta, story, host(), 'dvc-address-picker');
  render(html`${(story.render ?? meta.render!)(args, {} as never)}`, host());
  const picker = host().querySelector<DvcAddressPicker>('dvc-address-picker')!;
  const popup = () => picker.shadowRoot?.querySelector<HTMLElement>('#commune-listbox')?.closest<HTMLElement>('[part="popup"]');
  await waitUntil(() => picker.matches(':state(loading)') && popup()?.hidden === false, 'loading, commune list open', { timeout: 3000 });
  return picker;
}

describe('dvc-address-picker stories', () => {
  it('has the expected stories', () => {
    expect(stories.map(([name]) => name)).to.include.members([
      'Playground',
      'Empty',
      'Filled',
      'Errors',
      'English',
      'Disabled',
      'ProvinceListOpen',
      'CommunesLoading',
      'CommunesFailed',
      'Accessibility',
    ]);
  });

  for (const [name, story] of stories) {
    it(`${name} renders and passes accessibility checks`, async () => {
      const picker = await renderPicker(story);
      if (PROSE.includes(name)) {
        expect(picker).to.equal(null);
      } else {
        expect(picker!.shadowRoot!.querySelectorAll('input')).to.have.length(3);
        const args = argsOf(meta, story);
        if (args.reported) expect(picker!.shadowRoot!.querySelectorAll('[part="field-error"]').length).to.be.greaterThan(0);
        if (args.value?.communeCode) expect(picker!.shadowRoot!.querySelector<HTMLInputElement>('#commune')!.value).to.not.equal('');
        const root = picker!.shadowRoot!;
        const popupShown = (combo: string) => !root.querySelector(`#${combo}`)!.closest('.combo')!.querySelector<HTMLElement>('[part="popup"]')!.hidden;
        for (const combo of ['province', 'commune']) expect(popupShown(combo), `${combo} list open`).to.equal(args.openList === combo);
        if (args.openList === 'province') expect(root.querySelectorAll('#province-listbox [role="option"]').length).to.equal(34);
        // A pending or failed download of the communes: the picker, its hint and its open list say so.
        expect(picker!.matches(':state(loading)'), ':state(loading)').to.equal(args.communes === 'pending');
        if (args.communes !== 'real') {
          const hint = root.querySelector('#commune-hint')!.textContent!.trim();
          expect(root.querySelector('.popup-note')?.textContent?.trim()).to.equal(hint.split('\n')[0]!.trim());
          expect(!!root.querySelector('[part="retry-button"]'), 'retry button').to.equal(args.communes === 'failing');
        }
      }
      expect(await axeViolations(host())).to.deep.equal([]);
    });
  }
});
