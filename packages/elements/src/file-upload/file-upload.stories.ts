import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

import '../define/dvc-file-upload.js';
import type { DvcFileUpload, FileMeta } from './file-upload.js';

/**
 * What a story sets on `<dvc-file-upload>`, plus three story helpers: `reported` calls `reportValidity()` once it has
 * rendered, `rejected` has the citizen choose those files once it has rendered (to show their messages), and
 * `dragging` has a file dragged over it (and left there) once it has rendered.
 */
export interface FileUploadArgs {
  label?: string;
  hint?: string;
  accept: string[];
  maxBytes: number;
  multiple: boolean;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  template?: string;
  lang: 'vi' | 'en';
  value?: FileMeta[];
  reported: boolean;
  rejected?: { name: string; type: string; size: number }[];
  dragging?: boolean;
  errorMessage?: string;
}

type Story = StoryObj<FileUploadArgs>;

const MB = 1024 * 1024;

/** Files of a birth registration dossier, as a server would give them back for a dossier being corrected. */
const PREFILL: FileMeta[] = [
  { name: 'to-khai-dang-ky-khai-sinh.pdf', size: 1.5 * MB, type: 'application/pdf', lastModified: 1_735_689_600_000 },
  { name: 'giay-chung-sinh.jpg', size: 850 * 1024, type: 'image/jpeg', lastModified: 1_735_689_600_000 },
];

const prepared = new WeakSet<Element>();
/**
 * After the first render: choose the files of `rejected` as the citizen would, report validity, and drag a file
 * over the control (as from the desktop, without dropping it) for `dragging`.
 */
function prepare(args: FileUploadArgs): (element: Element | undefined) => void {
  return (element) => {
    if (!element || prepared.has(element)) return;
    prepared.add(element);
    const upload = element as DvcFileUpload;
    void upload.updateComplete.then(() => {
      if (args.rejected?.length) {
        const input = upload.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
        const dt = new DataTransfer();
        // Sizes are faked with a sparse blob: a 12 MB scan is not built in memory byte by byte.
        for (const f of args.rejected) dt.items.add(new File([new Uint8Array(f.size)], f.name, { type: f.type }));
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      if (args.reported) upload.reportValidity();
      if (args.dragging) {
        const dataTransfer = new DataTransfer();
        dataTransfer.items.add(new File(['%PDF-1.7'], 'giay-chung-sinh.pdf', { type: 'application/pdf' }));
        const zone = upload.shadowRoot!.querySelector('[part="drop-zone"]')!;
        zone.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, composed: true, dataTransfer }));
      }
    });
  };
}

function showValue(event: Event): void {
  const output = (event.currentTarget as HTMLElement).parentElement?.querySelector('output');
  const detail = (event as CustomEvent<{ data: unknown; valid: boolean }>).detail;
  if (output) output.textContent = JSON.stringify(detail, null, 2);
}

function renderUpload(args: FileUploadArgs): TemplateResult {
  return html`<dvc-file-upload
    label=${ifDefined(args.label)}
    hint=${ifDefined(args.hint)}
    template=${ifDefined(args.template)}
    error-message=${ifDefined(args.errorMessage)}
    lang=${args.lang}
    .accept=${args.accept}
    .maxBytes=${args.maxBytes}
    .value=${args.value}
    ?multiple=${args.multiple}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    ${args.reported || args.rejected?.length || args.dragging ? ref(prepare(args)) : nothing}
  ></dvc-file-upload>`;
}

/**
 * The upload control of one dossier component (thành phần hồ sơ): choose with the button (or Enter/Space on it), or
 * drop files on the dashed area. Type and size are checked before a file is attached.
 */
const meta: Meta<FileUploadArgs> = {
  title: 'Elements/dvc-file-upload',
  component: 'dvc-file-upload',
  render: renderUpload,
  args: {
    label: 'Tờ khai đăng ký khai sinh',
    hint: 'Bản chụp hoặc bản quét rõ nét, đủ các trang.',
    accept: ['.pdf', '.jpg', '.png'],
    maxBytes: 10 * MB,
    multiple: false,
    required: false,
    disabled: false,
    readonly: false,
    template: undefined,
    lang: 'vi',
    value: undefined,
    reported: false,
    rejected: undefined,
    dragging: false,
    errorMessage: undefined,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    label: { control: 'text' },
    hint: { control: 'text' },
    template: { control: 'text' },
    accept: { control: 'object' },
    maxBytes: { control: 'number' },
    multiple: { control: 'boolean' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    readonly: { control: 'boolean' },
    value: { control: 'object' },
    reported: { control: false, description: 'Call reportValidity() once rendered (story helper, not an element property).' },
    rejected: { control: false, description: 'Files chosen once rendered (story helper, not an element property).' },
    dragging: { control: false, description: 'A file dragged over once rendered (story helper, not an element property).' },
  },
};
export default meta;

// ---------------------------------------------------------------------------------------------
// Playground

/** Every property as a control. Each `dvc-change` detail is shown below the control. */
export const Playground: Story = {
  args: { required: true, multiple: true, template: 'https://dichvucong.gov.vn/mau-to-khai.docx' },
  render: (args) => html`<div>
    <div @dvc-change=${showValue}>${renderUpload(args)}</div>
    <h2>dvc-change</h2>
    <output style="display: block; white-space: pre-wrap; font-family: monospace">—</output>
  </div>`,
};

// ---------------------------------------------------------------------------------------------
// States

/** As a citizen first sees it: the button, the drop zone, the accepted types and the size limit. */
export const Empty: Story = {};

/** Prefilled through `value` (a dossier sent back for correction): the files show as attached; no event fires. */
export const WithFiles: Story = { name: 'With files', args: { value: PREFILL, multiple: true } };

/**
 * A wrong type and a too-large file were chosen (one message each, neither attached), and the required file is
 * still missing after `reportValidity()`.
 */
export const Errors: Story = {
  args: {
    required: true,
    reported: true,
    rejected: [
      { name: 'abc.exe', type: 'application/x-msdownload', size: 2048 },
      { name: 'scan.pdf', type: 'application/pdf', size: 12 * MB },
    ],
  },
};

/**
 * An error from the page or a host form (`error-message`; `<dvc-dossier-form>` hands its field's error over this way):
 * listed with the control's errors, read with the file input.
 */
export const ErrorFromThePage: Story = {
  name: 'Error from the page',
  args: { required: true, errorMessage: 'Tờ khai phải có chữ ký của người yêu cầu' },
};

/** Several files: each new choice adds to the list; the same file chosen again is listed once. */
export const Multiple: Story = {
  args: {
    label: 'Giấy tờ chứng minh nơi cư trú',
    hint: 'Có thể đính kèm nhiều tệp.',
    multiple: true,
    accept: ['application/pdf', 'image/jpeg', 'image/png', '.docx', '.zip'],
    maxBytes: 5 * MB,
    value: PREFILL,
  },
};

/** In English, with the template link and a rejected file. */
export const English: Story = {
  args: {
    lang: 'en',
    label: 'Birth registration form',
    hint: 'A clear photo or scan of every page.',
    template: 'https://dichvucong.gov.vn/mau-to-khai.docx',
    required: true,
    rejected: [{ name: 'scan.pdf', type: 'application/pdf', size: 12 * MB }],
  },
};

/**
 * A file dragged over the control, not yet dropped: the drop zone is highlighted (`:state(dragging)`,
 * `--dvc-file-upload-drop-zone-active-background`) until the file is dropped or dragged away.
 */
export const Dragging: Story = { args: { dragging: true, required: true } };

/** Read-only (a dossier shown for checking): the attached files are listed; nothing can be chosen, dropped or removed. */
export const ReadOnly: Story = { name: 'Read-only', args: { readonly: true, multiple: true, value: PREFILL } };

/** Disabled: nothing can be chosen, dropped or removed, and nothing is sent with the form. */
export const Disabled: Story = { args: { disabled: true, value: PREFILL } };

/** Inside a native form: submitting sends each chosen File under the control's `name`. */
export const InNativeForm: Story = {
  render: (args) => html`<form
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const files = new FormData(form).getAll('giayTo') as File[];
      form.querySelector('output')!.textContent = files.map((f) => `${f.name} (${f.size} B)`).join(', ') || '—';
    }}
  >
    <dvc-file-upload name="giayTo" label=${ifDefined(args.label)} lang=${args.lang} multiple required .accept=${args.accept}></dvc-file-upload>
    <p><button type="submit">Gửi</button></p>
    <output style="font-family: monospace"></output>
  </form>`,
};

// ---------------------------------------------------------------------------------------------
// Accessibility

/**
 * The acceptance criteria, in prose, as GOV.UK writes them for its components.
 * The automatic part (axe-core, no violations) runs in file-upload.browser.test.ts.
 */
export const Accessibility: Story = {
  render: () => html`<article lang="en" style="max-width: 46rem; font: 1rem/1.5 system-ui, sans-serif">
    <h1>Accessibility acceptance criteria</h1>
    <p>A <code>&lt;dvc-file-upload&gt;</code> must:</p>
    <ul>
      <li>group everything in a fieldset whose legend names the dossier component (the <code>label</code>, or
        “Tệp đính kèm”); the required mark is text, hidden from screen readers, and the input carries
        <code>required</code></li>
      <li>use a native <code>&lt;input type="file"&gt;</code>, reachable with Tab and opened with Enter or Space, named by
        the legend and its visible button (“Giấy khai sinh, Chọn tệp”) and described by the hint and the accepted types
        and size limit (“Định dạng PDF, JPG, PNG, tối đa 10 MB mỗi tệp.”)</li>
      <li>offer drag-and-drop only as an extra: the drop zone holds the button, says in visible text that files can be
        dropped there, and shows a clear change (colour and border style) while files are dragged over it</li>
      <li>check type and size before attaching a file, and name each rejected file in its own message (“Tệp “abc.exe”
        không đúng loại: chỉ nhận PDF, JPG, PNG”, “Tệp “scan.pdf” lớn hơn 10 MB”), inline with a visually hidden
        “Lỗi:” prefix, linked to the input with <code>aria-describedby</code> and <code>aria-invalid="true"</code></li>
      <li>announce what happened in a polite live region (<code>role="status"</code>): the files attached, each file
        rejected and why, the file removed</li>
      <li>list the attached files with their name and size (Vietnamese number format: “1,5 MB”), each with a remove button
        whose accessible name includes the file name (“Xóa giay-khai-sinh.pdf”)</li>
      <li>after a file is removed, move focus to the next file’s remove button, else the previous one’s, else the file
        input, so focus is never lost</li>
      <li>when required and empty, show “Vui lòng đính kèm …” only after the citizen removed the last file, chose only
        rejected files, or validity was reported; a failed native submit focuses the file input</li>
      <li>give the template link (“Tải mẫu đơn”) a name that says which form it downloads</li>
      <li>keep focus visible on the button, the link and every remove button, and keep text and control contrast at
        4.5:1 and 3:1 or more, also in forced-colours mode</li>
      <li>speak the page’s language: Vietnamese by default, English when <code>lang="en"</code> is set on the element or
        an ancestor, for labels, messages, sizes and the validation message</li>
      <li>have no axe-core violations when empty, with files, with errors shown, and in English</li>
    </ul>
  </article>`,
};
