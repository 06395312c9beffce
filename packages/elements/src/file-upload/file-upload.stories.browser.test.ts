/**
 * Every story of file-upload.stories.ts rendered in Chromium: each renders its file input (or its list, read-only),
 * stories with rejected files or reported validity show errors, prefilled stories list their files, and none has an
 * axe-core violation.
 */
import { html, nothing, render } from 'lit';
import { expect } from '@open-wc/testing';
import type { StoryObj } from '@storybook/web-components-vite';
import 'axe-core/axe.js'; // UMD build: defines window.axe
import meta, * as storyModule from './file-upload.stories.js';
import type { FileUploadArgs } from './file-upload.stories.js';
import type { DvcFileUpload } from './file-upload.js';

type Axe = typeof import('axe-core');
const axe = (window as unknown as { axe: Axe }).axe;

type Story = StoryObj<FileUploadArgs>;
const stories = Object.entries(storyModule).filter(
  (entry): entry is [string, Story] => entry[0] !== 'default' && typeof entry[1] === 'object' && entry[1] !== null,
);

/** Stories that are not an upload control. */
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

async function renderStory(story: Story): Promise<DvcFileUpload | null> {
  const renderFn = story.render ?? meta.render!;
  const args = { ...meta.args, ...story.args } as FileUploadArgs;
  render(html`${(renderFn as (args: FileUploadArgs) => unknown)(args)}`, host);
  const upload = host.querySelector('dvc-file-upload');
  if (upload) {
    await upload.updateComplete;
    // The story's files are chosen and validity reported after the first render (see prepare): let them show.
    await new Promise((resolve) => setTimeout(resolve));
    await upload.updateComplete;
  }
  return upload;
}

describe('dvc-file-upload stories', () => {
  it('has the expected stories', () => {
    expect(stories.map(([name]) => name)).to.include.members([
      'Playground',
      'Empty',
      'WithFiles',
      'Errors',
      'Multiple',
      'English',
      'Disabled',
      'Accessibility',
    ]);
  });

  for (const [name, story] of stories) {
    it(`${name} renders and passes accessibility checks`, async () => {
      const upload = await renderStory(story);
      if (PROSE.includes(name)) {
        expect(upload).to.equal(null);
      } else {
        const root = upload!.shadowRoot!;
        const args = { ...meta.args, ...story.args } as FileUploadArgs;
        if (!args.readonly) expect(root.querySelectorAll('input[type="file"]')).to.have.length(1);
        const errors = root.querySelectorAll('[part="field-error"] li').length;
        // Rejected files get a message each; a required control still empty says so once reported or touched.
        const rejected = args.rejected?.length ?? 0;
        const missing = args.required && !args.value?.length && (args.reported || rejected > 0) ? 1 : 0;
        expect(errors).to.equal(rejected + missing);
        if (args.value?.length) expect(root.querySelectorAll('[part="file"]')).to.have.length(args.value.length);
      }
      const results = await axe.run(host);
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(violations).to.deep.equal([]);
    });
  }
});
