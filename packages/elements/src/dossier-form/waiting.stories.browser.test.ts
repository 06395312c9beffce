/**
 * The waiting stories of dossier-form.stories.ts, as Storybook runs them (their `beforeEach` holds a download back),
 * in their own file so that English is not loaded yet in the page (each test file runs in a fresh page): the form
 * shows its loading line and `:state(loading)` and no field, stays so, has no axe-core violation, and leaving the
 * story gives the page back its `fetch` and the form its language loader.
 */
import { html, render } from 'lit';
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { StoryObj } from '@storybook/web-components-vite';
import { controls, expectNoAxeViolations, shadowText, useStoryHost } from '../test-support/stories.js';
import meta, { Loading, WaitingForLanguage } from './dossier-form.stories.js';
import type { DossierFormArgs } from './dossier-form.stories.js';
import { DvcDossierForm } from './dossier-form.js';

type Story = StoryObj<DossierFormArgs>;

const host = useStoryHost();
let leaveStory: (() => void) | undefined;
afterEach(() => {
  leaveStory?.();
  leaveStory = undefined;
});

/** Runs the story's `beforeEach`, renders it, and waits for the loading line (not `updateComplete`: it would wait for the held-back download). */
async function renderWaiting(story: Story): Promise<DvcDossierForm> {
  const hooks = ([] as unknown[]).concat(story.beforeEach ?? []) as ((context: never) => unknown)[];
  const cleanups = await Promise.all(hooks.map((hook) => hook({} as never)));
  leaveStory = () => cleanups.forEach((cleanup) => typeof cleanup === 'function' && cleanup());
  const args = { ...meta.args, ...story.args } as DossierFormArgs;
  render(html`${(story.render ?? meta.render!)(args, {} as never)}`, host());
  const form = host().querySelector<DvcDossierForm>('dvc-dossier-form')!;
  await waitUntil(() => form.matches(':state(loading)') && shadowText(form).includes('Đang tải biểu mẫu'), 'the loading line', { timeout: 3000 });
  return form;
}

const WAITING_STORIES: [string, Story][] = [
  ['Loading', Loading],
  ['WaitingForLanguage', WaitingForLanguage],
];

for (const [name, story] of WAITING_STORIES) {
  describe(`dvc-dossier-form story ${name}`, () => {
    it('shows the loading line and no field, and keeps waiting', async () => {
      const form = await renderWaiting(story);
      await aTimeout(300);
      expect(form.matches(':state(loading)'), ':state(loading)').to.equal(true);
      expect(controls(form)).to.have.length(0);
      expect(form.shadowRoot!.querySelector('[role="status"]')?.textContent).to.include('Đang tải biểu mẫu');
    });

    it('has no axe-core violations', async () => {
      await renderWaiting(story);
      await expectNoAxeViolations(host(), expect);
    });
  });
}

describe('leaving a waiting story', () => {
  it('gives back the page’s fetch and the form’s language loader and wait', async () => {
    const { fetch } = window;
    const { loadLanguage, languageWaitMs } = DvcDossierForm;
    for (const [, story] of WAITING_STORIES) {
      await renderWaiting(story);
      leaveStory!();
      leaveStory = undefined;
    }
    expect(window.fetch).to.equal(fetch);
    expect(DvcDossierForm.loadLanguage).to.equal(loadLanguage);
    expect(DvcDossierForm.languageWaitMs).to.equal(languageWaitMs);
  });
});
