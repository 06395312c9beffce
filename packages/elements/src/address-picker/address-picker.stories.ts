import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

import '../define/dvc-address-picker.js';
import type { AddressValue, CommuneLoader } from './address-picker.js';

/** Where the communes of a province come from in a story: the real files, a download that never ends, or one that fails. */
export type CommuneSource = 'real' | 'pending' | 'failing';

/**
 * What a story sets on `<dvc-address-picker>`, plus three story helpers: `reported` calls `reportValidity()` once it
 * has rendered, `communes` chooses the `communeLoader`, and `openList` opens that combobox's list once it has rendered.
 */
export interface AddressPickerArgs {
  value?: AddressValue;
  communes: CommuneSource;
  openList?: 'province' | 'commune';
  label?: string;
  lang: 'vi' | 'en';
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  reported: boolean;
  errorMessage?: string;
}

type Story = StoryObj<AddressPickerArgs>;

/** A real address: Xã Đức Thọ, Tỉnh Hà Tĩnh (2025 units). */
const FILLED: AddressValue = { provinceCode: '42', communeCode: '18229', street: 'Số 5, ngõ 3, đường Trần Phú' };

const reportedPickers = new WeakSet<Element>();
/** Reports validity once, after the first render, so that every error shows. */
function reportOnce(element: Element | undefined): void {
  if (!element || reportedPickers.has(element)) return;
  reportedPickers.add(element);
  const picker = element as HTMLElement & { updateComplete?: Promise<unknown>; reportValidity?: () => boolean };
  void Promise.resolve(picker.updateComplete).then(() => picker.reportValidity?.());
}

/** The communes of any province after a download that never ends, or fails (as offline). */
const STORY_LOADERS: Record<Exclude<CommuneSource, 'real'>, CommuneLoader> = {
  pending: () => new Promise(() => {}),
  failing: () => Promise.reject(new Error('offline')),
};

const openedPickers = new WeakSet<Element>();
/**
 * Opens a combobox's list once, after the first render, as a click on it does (focus stays where it was). Waits a
 * task, not for `updateComplete`: that also waits for the communes, which a pending download never brings.
 */
function openListOnce(name: 'province' | 'commune'): (element: Element | undefined) => void {
  return (element) => {
    if (!element || openedPickers.has(element)) return;
    openedPickers.add(element);
    const picker = element as HTMLElement;
    setTimeout(() => picker.shadowRoot?.querySelector<HTMLInputElement>(`#${name}`)?.click());
  };
}

function showValue(event: Event): void {
  const picker = event.target as HTMLElement & { addressText?: string };
  const output = (event.currentTarget as HTMLElement).parentElement?.querySelector('output');
  const detail = (event as CustomEvent<{ data: unknown; valid: boolean }>).detail;
  if (output) output.textContent = `${JSON.stringify(detail, null, 2)}\n${picker.addressText ?? ''}`;
}

function renderPicker(args: AddressPickerArgs): TemplateResult {
  return html`<dvc-address-picker
    .value=${args.value}
    label=${ifDefined(args.label)}
    lang=${args.lang}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    error-message=${ifDefined(args.errorMessage)}
    .communeLoader=${args.communes === 'real' ? undefined : STORY_LOADERS[args.communes]}
    ${args.reported ? ref(reportOnce) : nothing}
    ${args.openList ? ref(openListOnce(args.openList)) : nothing}
  ></dvc-address-picker>`;
}

/**
 * Province or city, then ward, commune or special zone (the 2025 two-level units), then house number and street.
 * Both unit fields are comboboxes: type without diacritics ("ha tinh"), pick with the arrows and Enter.
 */
const meta: Meta<AddressPickerArgs> = {
  title: 'Elements/dvc-address-picker',
  component: 'dvc-address-picker',
  render: renderPicker,
  args: {
    value: undefined,
    label: undefined,
    lang: 'vi',
    required: false,
    disabled: false,
    readonly: false,
    reported: false,
    errorMessage: undefined,
    communes: 'real',
    openList: undefined,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    readonly: { control: 'boolean' },
    label: { control: 'text' },
    value: { control: 'object' },
    errorMessage: { control: 'text' },
    reported: { control: false, description: 'Call reportValidity() once rendered (story helper, not an element property).' },
    communes: {
      control: 'inline-radio',
      options: ['real', 'pending', 'failing'],
      description: 'The communeLoader: the real files, a download that never ends, or one that fails (story helper).',
    },
    openList: {
      control: false,
      description: 'Open this combobox’s list once rendered (story helper, not an element property).',
    },
  },
};
export default meta;

// ---------------------------------------------------------------------------------------------
// Playground

/** Every property as a control. Each `dvc-change` detail and the full address text are shown below the picker. */
export const Playground: Story = {
  args: { required: true },
  render: (args) => html`<div>
    <div @dvc-change=${showValue}>${renderPicker(args)}</div>
    <h2>dvc-change</h2>
    <output style="display: block; white-space: pre-wrap; font-family: monospace">—</output>
  </div>`,
};

// ---------------------------------------------------------------------------------------------
// States

/** As a citizen first sees it: the commune waits for a province. */
export const Empty: Story = {};

/** Pre-filled with a real address; the communes of Hà Tĩnh are loaded to show the commune's name. */
export const Filled: Story = { args: { value: FILLED } };

/** Required and empty, after `reportValidity()`: an inline error on the province and the street. */
export const Errors: Story = { name: 'Error', args: { required: true, reported: true } };

/** Required, province chosen, commune and street missing, after `reportValidity()`. */
export const ErrorCommuneMissing: Story = {
  args: { required: true, reported: true, value: { provinceCode: '01', communeCode: '', street: '' } },
};

/**
 * An error about the whole address from the page or a host form (`error-message`; `<dvc-dossier-form>` hands its
 * field's error over this way): under the legend, read with the input to correct (here the commune).
 */
export const ErrorFromThePage: Story = {
  name: 'Error from the page',
  args: { errorMessage: 'Địa chỉ thường trú phải thuộc tỉnh Hà Tĩnh', value: { provinceCode: '42', communeCode: '', street: '' } },
};

/** The province list open, as after a click on the field: the 34 provinces and cities of 2025. */
export const ProvinceListOpen: Story = { name: 'Province list open', args: { openList: 'province' } };

/** The commune list open while the province's communes are still downloading: the list says so, and so does the hint. */
export const CommunesLoading: Story = {
  args: { communes: 'pending', openList: 'commune', value: { provinceCode: '42', communeCode: '', street: '' } },
};

/** The communes could not be downloaded (offline): the open list and the hint say so, with a button to try again. */
export const CommunesFailed: Story = {
  args: { communes: 'failing', openList: 'commune', value: { provinceCode: '42', communeCode: '', street: '' } },
};

/** In English, with a custom legend. */
export const English: Story = { args: { lang: 'en', label: 'Permanent address', value: FILLED } };

/** In English, required and empty, after `reportValidity()`. */
export const EnglishError: Story = { args: { lang: 'en', required: true, reported: true } };

/** Disabled: announced as disabled, contributes nothing to a form. */
export const Disabled: Story = { args: { disabled: true, value: FILLED } };

/** Read-only: the address can be read and copied, not changed. */
export const ReadOnly: Story = { args: { readonly: true, value: FILLED } };

/** Inside a native form: submitting sends the value as JSON under the picker's `name`. */
export const InNativeForm: Story = {
  render: (args) => html`<form
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      form.querySelector('output')!.textContent = String(new FormData(form).get('address'));
    }}
  >
    <dvc-address-picker name="address" lang=${args.lang} required></dvc-address-picker>
    <p><button type="submit">Gửi</button></p>
    <output style="font-family: monospace"></output>
  </form>`,
};

// ---------------------------------------------------------------------------------------------
// Accessibility

/**
 * The acceptance criteria, in prose, as GOV.UK writes them for its components.
 * The automatic part (axe-core, no violations) runs in address-picker.browser.test.ts.
 */
export const Accessibility: Story = {
  render: () => html`<article lang="en" style="max-width: 46rem; font: 1rem/1.5 system-ui, sans-serif">
    <h1>Accessibility acceptance criteria</h1>
    <p>A <code>&lt;dvc-address-picker&gt;</code> must:</p>
    <ul>
      <li>group the province, commune and street inputs in a fieldset whose legend names the address (“Địa chỉ”, or the
        <code>label</code> given); each input has a visible label tied to it, in the same shadow root</li>
      <li>follow the WAI-ARIA combobox pattern with a listbox popup: the input has <code>role="combobox"</code>,
        <code>aria-autocomplete="list"</code>, <code>aria-controls</code> naming the listbox, <code>aria-expanded</code>
        telling whether the list shows, and <code>aria-activedescendant</code> naming the highlighted option, which has
        <code>aria-selected="true"</code>; focus stays in the input</li>
      <li>be usable with the keyboard alone: typing filters the list and highlights the best match; Down and Up
        arrows open the list and move through it (wrapping around); Home and End go to the first and last option;
        Enter chooses; Escape closes the list, or clears the field when it is closed; Tab accepts the highlighted
        option and moves on</li>
      <li>find units whatever the citizen types: case, diacritics and “d” for “đ” do not matter (“ha tinh” finds
        Tỉnh Hà Tĩnh)</li>
      <li>announce the number of results while the list is open, “no matches” when nothing matches, and the loading
        or failed state of the commune list (a live region), with a button to try again after a failure</li>
      <li>say why the commune input is disabled until a province is chosen (“Chọn tỉnh, thành phố trước.”), linked to
        it with <code>aria-describedby</code></li>
      <li>show an inline error only once its input was touched or validity was reported; the error starts with a
        visually hidden “Lỗi:” (“Error:” in English), is linked with <code>aria-describedby</code>, and the input gets
        <code>aria-invalid="true"</code></li>
      <li>mark required inputs in text, not by colour alone, and set <code>required</code> on them</li>
      <li>keep focus visible on every control, and keep text and control contrast at 4.5:1 and 3:1 or more, also in
        forced-colours mode</li>
      <li>speak the page’s language: Vietnamese by default, English when <code>lang="en"</code> is set on the element
        or an ancestor, for labels, hints, errors and the validation message</li>
      <li>have no axe-core violations when empty, filled, with errors shown, with the list open, and in English</li>
    </ul>
  </article>`,
};
