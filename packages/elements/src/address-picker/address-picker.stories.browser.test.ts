/**
 * Every story of address-picker.stories.ts rendered in Chromium: each renders its three inputs, stories that
 * report validity show errors, and none has an axe-core violation.
 */
import { html, nothing, render } from 'lit';
import { expect } from '@open-wc/testing';
import type { StoryObj } from '@storybook/web-components-vite';
import 'axe-core/axe.js'; // UMD build: defines window.axe
import meta, * as storyModule from './address-picker.stories.js';
import type { AddressPickerArgs } from './address-picker.stories.js';
import type { DvcAddressPicker } from './address-picker.js';

type Axe = typeof import('axe-core');
const axe = (window as unknown as { axe: Axe }).axe;

type Story = StoryObj<AddressPickerArgs>;
const stories = Object.entries(storyModule).filter(
  (entry): entry is [string, Story] => entry[0] !== 'default' && typeof entry[1] === 'object' && entry[1] !== null,
);

/** Stories that are not a picker. */
const PROSE = ['Accessibility'];

let host: HTMLElement;
beforeEach(() => {
  document.documentElement.lang = 'vi';
  host = document.createElement('main');
  document.body.append(host);
});
afterEach(() => {
  render(nothing, host);
  host.remove();
});

async function renderStory(story: Story): Promise<DvcAddressPicker | null> {
  const renderFn = story.render ?? meta.render!;
  const args = { ...meta.args, ...story.args } as AddressPickerArgs;
  render(html`${(renderFn as (args: AddressPickerArgs) => unknown)(args)}`, host);
  const picker = host.querySelector('dvc-address-picker');
  if (picker) {
    await picker.updateComplete;
    // reportValidity() runs after the first render (see reportOnce): let it show the errors.
    await new Promise((resolve) => setTimeout(resolve));
    await picker.updateComplete;
  }
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
      'Accessibility',
    ]);
  });

  for (const [name, story] of stories) {
    it(`${name} renders and passes accessibility checks`, async () => {
      const picker = await renderStory(story);
      if (PROSE.includes(name)) {
        expect(picker).to.equal(null);
      } else {
        expect(picker!.shadowRoot!.querySelectorAll('input')).to.have.length(3);
        const args = { ...meta.args, ...story.args } as AddressPickerArgs;
        if (args.reported) expect(picker!.shadowRoot!.querySelectorAll('[part="field-error"]').length).to.be.greaterThan(0);
        if (args.value?.communeCode) expect(picker!.shadowRoot!.querySelector<HTMLInputElement>('#commune')!.value).to.not.equal('');
      }
      const results = await axe.run(host);
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(violations).to.deep.equal([]);
    });
  }
});
