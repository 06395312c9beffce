/**
 * Every story of procedures.stories.ts rendered in Chromium: the form must render controls without a schema
 * error, read pre-filled data back unchanged, and have no axe-core violations.
 */
import { html, render } from 'lit';
import { expect, waitUntil } from '@open-wc/testing';
import type { StoryObj } from '@storybook/web-components-vite';
import { controls, expectNoAxeViolations as axeClean, shadowText, storiesOf, useStoryHost } from '../test-support/stories.js';
import meta, * as storyModule from './procedures.stories.js';
import type { ProcedureArgs } from './procedures.stories.js';

type Story = StoryObj<ProcedureArgs>;
const stories = storiesOf<ProcedureArgs>(storyModule);

type FormElement = HTMLElement & { updateComplete: Promise<unknown>; data: unknown };

const currentHost = useStoryHost();

async function renderStory(story: Story): Promise<{ form: FormElement; errors: Event[] }> {
  const errors: Event[] = [];
  const host = currentHost();
  host.addEventListener('dvc-error', (event) => errors.push(event));
  const renderFn = story.render ?? meta.render!;
  const args = { ...meta.args, ...story.args } as ProcedureArgs;
  render(html`${(renderFn as (args: ProcedureArgs) => unknown)(args)}`, host);
  const form = host.querySelector<FormElement>('dvc-dossier-form')!;
  await form.updateComplete;
  return { form, errors };
}



async function rendered(form: FormElement): Promise<void> {
  try {
    await waitUntil(() => controls(form).length > 0, 'form controls', { timeout: 5000 });
  } catch {
    expect.fail(`no form controls; the element shows: ${shadowText(form).slice(0, 300)}`);
  }
  await form.updateComplete;
}

const expectNoAxeViolations = () => axeClean(currentHost(), expect);

describe('procedure stories', () => {
  it('has an empty and a pre-filled story for each of the five procedures', () => {
    const codes = new Set(stories.map(([, story]) => (story.args?.schema as { 'x-dvc'?: { code?: string } })['x-dvc']?.code));
    expect([...codes].sort()).to.deep.equal(['1.001193', '1.012783', '1.013792', '2.000720', '3.000333']);
    for (const [name] of stories.filter(([n]) => !n.endsWith('Prefilled') && !n.endsWith('English'))) {
      expect(stories.map(([n]) => n)).to.include(`${name}Prefilled`);
    }
  });

  for (const [name, story] of stories) {
    describe(name, () => {
      it('renders form controls and no schema error', async () => {
        const { form, errors } = await renderStory(story);
        await rendered(form);
        expect(errors).to.have.length(0);
      });
      if (story.args?.data !== undefined) {
        it('reads back the data it was given', async () => {
          const { form } = await renderStory(story);
          await rendered(form);
          expect(form.data).to.deep.equal(story.args!.data);
        });
      }
      if (story.args?.lang === 'en') {
        it('speaks English', async () => {
          const { form } = await renderStory(story);
          await rendered(form);
          const text = shadowText(form);
          expect(text).to.include('Receiving the result');
          expect(text).not.to.include('Nhận kết quả');
        });
      }
      it('has no axe-core violations', async () => {
        const { form } = await renderStory(story);
        await rendered(form);
        await expectNoAxeViolations();
      });
    });
  }
});
