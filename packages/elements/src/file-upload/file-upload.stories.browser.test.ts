/**
 * Every story of file-upload.stories.ts rendered in Chromium: each renders its file input (or its list, read-only),
 * stories with rejected files or reported validity show errors, prefilled stories list their files, and none has an
 * axe-core violation.
 */
import { expect } from '@open-wc/testing';
import { argsOf, axeViolations, renderStory, storiesOf, useStoryHost } from '../test-support/stories.js';
import meta, * as storyModule from './file-upload.stories.js';
import type { FileUploadArgs } from './file-upload.stories.js';
import type { DvcFileUpload } from './file-upload.js';

const stories = storiesOf<FileUploadArgs>(storyModule);
const host = useStoryHost();

/** Stories that are not an upload control. */
const PROSE = ['Accessibility'];

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
      'Dragging',
      'ReadOnly',
      'Accessibility',
    ]);
  });

  for (const [name, story] of stories) {
    it(`${name} renders and passes accessibility checks`, async () => {
      const upload = await renderStory<FileUploadArgs, DvcFileUpload>(meta, story, host(), 'dvc-file-upload');
      if (PROSE.includes(name)) {
        expect(upload).to.equal(null);
      } else {
        const root = upload!.shadowRoot!;
        const args = argsOf(meta, story);
        if (!args.readonly) expect(root.querySelectorAll('input[type="file"]')).to.have.length(1);
        const errors = root.querySelectorAll('[part="field-error"] li').length;
        // Rejected files get a message each; a required control still empty says so once reported or touched; an
        // error from the page stands in for that one.
        const rejected = args.rejected?.length ?? 0;
        const missing = args.required && !args.value?.length && (args.reported || rejected > 0) ? 1 : 0;
        expect(errors).to.equal(rejected + (args.errorMessage ? 1 : missing));
        if (args.value?.length) expect(root.querySelectorAll('[part="file"]')).to.have.length(args.value.length);
        // A file held over it: the drop zone shows it, as the `dragging` state tells the page's CSS.
        expect(upload!.matches(':state(dragging)'), ':state(dragging)').to.equal(!!args.dragging);
        expect(root.querySelector('.drop-zone--active') !== null, 'active drop zone').to.equal(!!args.dragging);
        if (args.readonly) expect(root.querySelectorAll('[part="remove-button"]'), 'no remove buttons').to.have.length(0);
      }
      expect(await axeViolations(host())).to.deep.equal([]);
    });
  }
});
