import { midSentence } from '@dvc-kit/form-engine/message-wording';
import type { Messages } from './vi.js';

/** UI text of `<dvc-dossier-form>` in English: loaded on demand (see `loadMessages`), so Vietnamese pages never load it. */
export const en = {
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  addItem: (itemLabel: string) => `Add ${midSentence(itemLabel, 'en')}`,
  itemName: (itemLabel: string, n: number) => `${itemLabel} ${n}`,
  openGroup: (label: string) => `Fill in ${midSentence(label, 'en')}`,
  defaultItemLabel: 'Item',
  remove: 'Remove',
  moveUp: 'Up',
  moveDown: 'Down',
  noItems: 'No items yet.',
  submit: 'Submit',
  choose: 'Select…',
  dateDay: 'Day',
  dateMonth: 'Month',
  dateYear: 'Year',
  dateExample: 'For example: 27 3 2007',
  loading: 'Loading the form…',
  unsupported: 'This field cannot be edited here; its current value is kept.',
  schemaErrorTitle: 'The form cannot be shown',
  schemaErrorIntro:
    'This form is misconfigured. Please try again later or tell the team that runs this public-service portal.',
  needsValidator: 'This page needs a precompiled validator for the form (the validator property), and none was given.',
  fetchFailed: (url: string, status: string) => `Could not load the form from ${url} (${status}).`,
  yes: 'Yes',
  no: 'No',
} satisfies Messages;
