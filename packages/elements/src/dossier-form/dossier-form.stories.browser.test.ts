/**
 * Every story of dossier-form.stories.ts rendered in Chromium: it must render controls (or, for a broken schema,
 * the error box), and the main stories must have no axe-core violations.
 */
import { html, render } from 'lit';
import { expect, waitUntil } from '@open-wc/testing';
import type { StoryObj } from '@storybook/web-components-vite';
import { controls, expectNoAxeViolations as axeClean, shadowText, storiesOf, useStoryHost } from '../test-support/stories.js';
import meta, * as storyModule from './dossier-form.stories.js';
import type { DossierFormArgs } from './dossier-form.stories.js';

type Story = StoryObj<DossierFormArgs>;
const stories = storiesOf<DossierFormArgs>(storyModule);

/** Stories whose schema is broken on purpose, with a text each error box must contain. */
const BROKEN: Record<string, readonly string[]> = {
  BrokenSchemaUnknownKeyword: ['minLenght', 'widgit'],
  BrokenSchemaDanglingRef: ['#/$defs/adress'],
};
/** Stories that submit on render: the error summary must list problems. */
const SUBMITTED_WITH_ERRORS = ['ErrorsShown', 'MissingFields', 'EnglishErrors', 'DateErrors', 'DateErrorsEnglish'];
/** Stories that are not a form. */
const PROSE = ['Accessibility'];
/** Stories of a form still waiting (their `beforeEach` holds a download back): tested in waiting.stories.browser.test.ts. */
const WAITING = ['Loading', 'WaitingForLanguage'];
/** The stories axe checks: every state of the procedure, every construct and the broken-schema box. */
const AXE_SKIP: readonly string[] = [];

type FormElement = HTMLElement & { updateComplete: Promise<unknown> };

const currentHost = useStoryHost();

async function renderStory(story: Story): Promise<{ form: FormElement | null; errors: Event[] }> {
  const errors: Event[] = [];
  const host = currentHost();
  host.addEventListener('dvc-error', (event) => errors.push(event));
  const renderFn = story.render ?? meta.render!;
  const args = { ...meta.args, ...story.args } as DossierFormArgs;
  render(html`${(renderFn as (args: DossierFormArgs) => unknown)(args)}`, host);
  const form = host.querySelector<FormElement>('dvc-dossier-form');
  if (form) await form.updateComplete;
  return { form, errors };
}



const expectNoAxeViolations = () => axeClean(currentHost(), expect);

describe('dvc-dossier-form stories', () => {
  it('exports the stories this test knows about', () => {
    const names = stories.map(([name]) => name);
    for (const name of [...Object.keys(BROKEN), ...SUBMITTED_WITH_ERRORS, ...PROSE, ...WAITING, 'Playground', 'Empty', 'Prefilled']) {
      expect(names).to.include(name);
    }
  });

  for (const [name, story] of stories.filter(([n]) => !WAITING.includes(n))) {
    describe(name, () => {
      if (PROSE.includes(name)) {
        it('renders its prose', async () => {
          await renderStory(story);
          expect(currentHost().querySelector('h1')?.textContent).to.match(/Accessibility/);
          expect(currentHost().querySelectorAll('li').length).to.be.greaterThan(5);
        });
      } else if (name in BROKEN) {
        it('renders an error box listing the problems and fires dvc-error', async () => {
          const { form, errors } = await renderStory(story);
          expect(form).not.to.equal(null);
          await waitUntil(() => BROKEN[name]!.every((text) => shadowText(form!).includes(text)), 'error box with the problems', { timeout: 3000 });
          expect(controls(form!)).to.have.length(0);
          expect(errors.length).to.be.greaterThan(0);
        });
      } else {
        it('renders form controls', async () => {
          const { form, errors } = await renderStory(story);
          expect(form).not.to.equal(null);
          try {
            await waitUntil(() => controls(form!).length > 0, 'form controls', { timeout: 5000 });
          } catch {
            expect.fail(`no form controls; the element shows: ${shadowText(form!).slice(0, 300)}`);
          }
          expect(errors).to.have.length(0);
        });
        if (SUBMITTED_WITH_ERRORS.includes(name)) {
          it('shows the error summary after submit and focuses it', async () => {
            const { form } = await renderStory(story);
            const summary = () => form!.shadowRoot?.querySelector('[part~="error-summary"]');
            await waitUntil(() => (summary()?.querySelectorAll('a').length ?? 0) > 0, 'error summary links', { timeout: 5000 });
            expect(form!.shadowRoot!.activeElement).to.equal(summary());
          });
        }
        if (story.args?.data !== undefined && !SUBMITTED_WITH_ERRORS.includes(name) && !story.args.readonly && !story.args.disabled) {
          it('reads back the data it was given', async () => {
            const { form } = await renderStory(story);
            await waitUntil(() => controls(form!).length > 0, 'form controls', { timeout: 5000 });
            expect((form as FormElement & { data: unknown }).data).to.deep.equal(story.args!.data);
          });
        }
        if ({ ...meta.args, ...story.args }.lang === 'en') {
          it('speaks English', async () => {
            const { form } = await renderStory(story);
            await waitUntil(() => controls(form!).length > 0, 'form controls', { timeout: 5000 });
            const text = shadowText(form!);
            expect(text).to.match(/Submit|There is a problem/);
            expect(text).not.to.match(/Nộp hồ sơ|Có lỗi cần sửa/);
            // The procedure's own texts too, from its x-ui.en.
            if (!story.args?.schema) expect(text).to.match(/Owner|Receiving the result/);
          });
        }
      }
      if (!AXE_SKIP.includes(name) && name !== 'Playground') {
        it('has no axe-core violations', async () => {
          const { form } = await renderStory(story);
          if (form) {
            await waitUntil(() => controls(form).length > 0 || name in BROKEN, 'rendered', { timeout: 5000 });
            if (name in BROKEN) await waitUntil(() => shadowText(form).includes(BROKEN[name]![0]!), 'error box', { timeout: 3000 });
            await form.updateComplete;
          }
          await expectNoAxeViolations();
        });
      }
    });
  }
});
