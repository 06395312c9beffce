import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import '../define/dvc-file-upload.js';
import type { DvcChangeEvent } from '../events/dvc-change.js';
import { runFormControlTests } from '../test-support/form-control-tests.js';
import type { DvcFileUpload, FileMeta } from './file-upload.js';
import { FILE_MESSAGES } from './messages.js';

declare global {
  interface Window {
    axe: { run(context: Element, options?: RunOptions): Promise<AxeResults> };
  }
}

// ------------------------------------------------------------------ helpers

const MB = 1024 * 1024;

function pdf(name = 'a.pdf', size = 4): File {
  return new File([new Uint8Array(size)], name, { type: 'application/pdf', lastModified: 1_700_000_000_000 });
}

function input(el: DvcFileUpload): HTMLInputElement {
  const found = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]');
  if (!found) throw new Error('no file input');
  return found;
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function transfer(files: readonly File[]): DataTransfer {
  const dt = new DataTransfer();
  for (const file of files) dt.items.add(file);
  return dt;
}

async function choose(el: DvcFileUpload, files: readonly File[]): Promise<void> {
  const field = input(el);
  field.files = transfer(files).files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function drop(el: DvcFileUpload, files: readonly File[]): Promise<DragEvent> {
  const zone = el.shadowRoot!.querySelector<HTMLElement>('[part="drop-zone"]')!;
  const dataTransfer = transfer(files);
  const init = { bubbles: true, composed: true, cancelable: true, dataTransfer };
  zone.dispatchEvent(new DragEvent('dragenter', init));
  await el.updateComplete;
  expect(el.matches(':state(dragging)')).to.equal(true);
  expect(zone.classList.contains('drop-zone--active')).to.equal(true);
  const over = new DragEvent('dragover', init);
  zone.dispatchEvent(over);
  expect(over.defaultPrevented, 'dragover must be cancelled to allow a drop').to.equal(true);
  const dropped = new DragEvent('drop', init);
  zone.dispatchEvent(dropped);
  await el.updateComplete;
  return dropped;
}

function fileNames(el: DvcFileUpload): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="file-name"]')].map(text);
}

function fileSizes(el: DvcFileUpload): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="file-size"]')].map(text);
}

function removeButtons(el: DvcFileUpload): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="remove-button"]')];
}

function errors(el: DvcFileUpload): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="field-error"] li')].map(text);
}

function status(el: DvcFileUpload): string {
  return text(el.shadowRoot!.querySelector('[role="status"]'));
}

function changes(el: HTMLElement): DvcChangeEvent[] {
  const events: DvcChangeEvent[] = [];
  el.addEventListener('dvc-change', (e) => events.push(e));
  return events;
}

async function axeViolations(el: Element): Promise<string[]> {
  const results = await window.axe.run(el);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const PREFILL: FileMeta[] = [
  { name: 'giay-khai-sinh.pdf', size: 1.5 * MB, type: 'application/pdf', lastModified: 1 },
  { name: 'cccd.jpg', size: 850 * 1024, type: 'image/jpeg', lastModified: 2 },
];

const ACCEPT = ['.pdf', '.jpg', '.png'];

beforeEach(() => {
  document.documentElement.lang = 'vi';
});

// ------------------------------------------------------------------ accessibility

describe('dvc-file-upload: accessibility', () => {
  it('passes accessibility checks, empty, with files, with errors, and in English', async () => {
    const empty = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Giấy khai sinh" hint="Bản sao có chứng thực"></dvc-file-upload>`);
    expect(await axeViolations(empty)).to.deep.equal([]);

    const withFiles = await fixture<DvcFileUpload>(
      html`<dvc-file-upload label="Giấy tờ" multiple template="/mau.docx" .accept=${ACCEPT} .value=${PREFILL}></dvc-file-upload>`,
    );
    expect(fileNames(withFiles)).to.have.length(2);
    expect(await axeViolations(withFiles)).to.deep.equal([]);

    const withErrors = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Giấy khai sinh" required .accept=${ACCEPT}></dvc-file-upload>`);
    await choose(withErrors, [new File(['MZ'], 'abc.exe', { type: 'application/x-msdownload' })]);
    withErrors.reportValidity();
    await withErrors.updateComplete;
    expect(errors(withErrors)).to.have.length(2);
    expect(await axeViolations(withErrors)).to.deep.equal([]);

    const english = await fixture<DvcFileUpload>(html`<dvc-file-upload lang="en" required .accept=${ACCEPT} .value=${PREFILL}></dvc-file-upload>`);
    await choose(english, [pdf('big.pdf', 11 * MB)]);
    expect(await axeViolations(english)).to.deep.equal([]);
  });

  it('names the native file input with the legend and its button, and describes it with the hint and the constraints', async () => {
    const el = await fixture<DvcFileUpload>(
      html`<dvc-file-upload label="Giấy khai sinh" hint="Bản sao có chứng thực" required .accept=${['application/pdf', '.jpg', '.jpeg', 'image/png']}></dvc-file-upload>`,
    );
    const field = input(el);
    const root = el.shadowRoot!;
    expect(text(root.querySelector('legend'))).to.equal('Giấy khai sinh*');
    expect(field.getAttribute('aria-labelledby')).to.equal('legend choose');
    expect(text(root.querySelector(`label[for="${field.id}"]`))).to.equal('Chọn tệp');
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => text(root.getElementById(id)));
    expect(described).to.deep.equal(['Bản sao có chứng thực', 'Định dạng PDF, JPG, PNG, tối đa 10 MB mỗi tệp.']);
    expect(field.accept).to.equal('application/pdf,.pdf,.jpg,image/jpeg,image/pjpeg,.jpeg,image/png,.png');
    expect(field.required).to.equal(true);
    // The drop zone says what it is for in text; the input stays the way in for keyboards and screen readers.
    expect(text(root.querySelector('[part="drop-zone"]'))).to.contain('hoặc kéo và thả tệp vào đây');
  });

  it('reaches the file input with Tab; the template link comes first', async () => {
    const el = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Tờ khai" template="/mau-to-khai.docx"></dvc-file-upload>`);
    const before = document.createElement('button');
    before.textContent = 'trước';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(text(link)).to.equal('Tải mẫu đơn (Tờ khai)');
    expect(link.getAttribute('href')).to.equal('/mau-to-khai.docx');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    before.remove();
  });
});

// ------------------------------------------------------------------ template link

describe('dvc-file-upload: template link', () => {
  const UNSAFE = [
    'javascript:alert(document.cookie)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://dichvucong.gov.vn/0b1c',
  ];

  it('renders no link for a template that is not http(s) or relative', async () => {
    for (const template of UNSAFE) {
      const el = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Tờ khai" .template=${template}></dvc-file-upload>`);
      expect(el.shadowRoot!.querySelectorAll('a').length, template).to.equal(0);
      expect(text(el.shadowRoot!.querySelector('fieldset')), template).not.to.contain('Tải mẫu đơn');
    }
  });

  it('drops the link when the template turns unsafe, and shows it for a web link', async () => {
    const el = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Tờ khai" template="https://dichvucong.gov.vn/mau.docx"></dvc-file-upload>`);
    expect(el.shadowRoot!.querySelector('[part="template-link"]')!.getAttribute('href')).to.equal('https://dichvucong.gov.vn/mau.docx');
    el.template = 'javascript:alert(1)';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
  });
});

// ------------------------------------------------------------------ choosing and dropping

describe('dvc-file-upload: choosing and dropping files', () => {
  it('attaches a file chosen with the input, lists it, announces it and fires dvc-change', async () => {
    const el = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Giấy khai sinh" .accept=${ACCEPT}></dvc-file-upload>`);
    const events = changes(el);
    const file = pdf('a.pdf', 1.5 * MB);
    await choose(el, [file]);
    expect(fileNames(el)).to.deep.equal(['a.pdf']);
    expect(fileSizes(el)).to.deep.equal(['1,5 MB']);
    expect(el.value).to.deep.equal([{ name: 'a.pdf', size: 1.5 * MB, type: 'application/pdf', lastModified: 1_700_000_000_000 }]);
    expect(el.files).to.deep.equal([file]);
    expect(status(el)).to.equal('Đã đính kèm a.pdf.');
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ data: el.value, valid: true });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(el.matches(':state(has-files)')).to.equal(true);
    // The native input is cleared, so choosing the same file again fires `change`.
    expect(input(el).files!.length).to.equal(0);
  });

  it('attaches dropped files', async () => {
    const el = await fixture<DvcFileUpload>(html`<dvc-file-upload multiple .accept=${ACCEPT}></dvc-file-upload>`);
    const events = changes(el);
    const png = new File(['png'], 'anh.png', { type: 'image/png' });
    const dropped = await drop(el, [pdf(), png]);
    expect(dropped.defaultPrevented).to.equal(true);
    expect(fileNames(el)).to.deep.equal(['a.pdf', 'anh.png']);
    expect(el.files.map((f) => f.name)).to.deep.equal(['a.pdf', 'anh.png']);
    expect(status(el)).to.equal('Đã đính kèm a.pdf, anh.png.');
    expect(events).to.have.length(1);
    expect(el.matches(':state(dragging)')).to.equal(false);
  });

  it('rejects a wrong type and a too-large file with a message each, and does not attach them', async () => {
    const el = await fixture<DvcFileUpload>(html`<dvc-file-upload multiple .accept=${ACCEPT}></dvc-file-upload>`);
    const events = changes(el);
    await choose(el, [new File(['MZ'], 'abc.exe', { type: 'application/x-msdownload' }), pdf('scan.pdf', 10 * MB + 1), pdf('ok.pdf')]);
    expect(fileNames(el)).to.deep.equal(['ok.pdf']);
    expect(errors(el)).to.deep.equal([
      'Lỗi: Tệp “abc.exe” không đúng loại: chỉ nhận PDF, JPG, PNG',
      'Lỗi: Tệp “scan.pdf” lớn hơn 10 MB',
    ]);
    expect(status(el)).to.equal(
      'Đã đính kèm ok.pdf. Tệp “abc.exe” không đúng loại: chỉ nhận PDF, JPG, PNG Tệp “scan.pdf” lớn hơn 10 MB',
    );
    expect(input(el).getAttribute('aria-describedby')).to.contain('error');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(events).to.have.length(1);

    // Only rejected files: nothing changes, no event; a smaller limit shows in the Vietnamese format.
    el.maxBytes = 1.5 * MB;
    await el.updateComplete;
    await drop(el, [pdf('big.pdf', 2 * MB)]);
    expect(errors(el)).to.deep.equal(['Lỗi: Tệp “big.pdf” lớn hơn 1,5 MB']);
    expect(fileNames(el)).to.deep.equal(['ok.pdf']);
    expect(events).to.have.length(1);
    // A file without a MIME type is judged by its extension.
    await choose(el, [new File(['x'], 'scan.PDF')]);
    expect(errors(el)).to.deep.equal([]);
    expect(fileNames(el)).to.deep.equal(['ok.pdf', 'scan.PDF']);
  });

  it('replaces the file without multiple, and adds to the list with multiple', async () => {
    const single = await fixture<DvcFileUpload>(html`<dvc-file-upload></dvc-file-upload>`);
    expect(input(single).multiple).to.equal(false);
    await choose(single, [pdf('a.pdf')]);
    await choose(single, [pdf('b.pdf')]);
    expect(fileNames(single)).to.deep.equal(['b.pdf']);
    expect(single.files.map((f) => f.name)).to.deep.equal(['b.pdf']);
    // Two files dropped on a single upload: the first is attached, the other is named in an error.
    await drop(single, [pdf('c.pdf'), pdf('d.pdf')]);
    expect(fileNames(single)).to.deep.equal(['c.pdf']);
    expect(errors(single)).to.deep.equal(['Lỗi: Chỉ đính kèm được một tệp: tệp “d.pdf” không được thêm']);

    const multiple = await fixture<DvcFileUpload>(html`<dvc-file-upload multiple></dvc-file-upload>`);
    expect(input(multiple).multiple).to.equal(true);
    await choose(multiple, [pdf('a.pdf')]);
    await choose(multiple, [pdf('b.pdf'), pdf('c.pdf')]);
    // The same file chosen again is attached once.
    await choose(multiple, [pdf('a.pdf')]);
    expect(fileNames(multiple)).to.deep.equal(['b.pdf', 'c.pdf', 'a.pdf']);
    expect(multiple.value.map((v) => v.name)).to.deep.equal(multiple.files.map((f) => f.name));
  });

  it('removes a file with the keyboard, announces it, and moves focus to the next button, then to the input', async () => {
    const el = await fixture<DvcFileUpload>(html`<dvc-file-upload multiple label="Giấy tờ"></dvc-file-upload>`);
    await choose(el, [pdf('a.pdf'), pdf('b.pdf')]);
    const events = changes(el);
    const [first, second] = removeButtons(el);
    expect(first!.getAttribute('aria-label')).to.equal('Xóa a.pdf');
    expect(text(first)).to.equal('Xóa');
    first!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(fileNames(el)).to.deep.equal(['b.pdf']);
    expect(status(el)).to.equal('Đã xóa a.pdf.');
    expect(el.shadowRoot!.activeElement).to.equal(second);
    expect(events.map((e) => e.detail.data)).to.deep.equal([[el.value[0]]]);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(fileNames(el)).to.deep.equal([]);
    expect(el.files).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(events).to.have.length(2);
    expect(events[1]!.detail).to.deep.equal({ data: [], valid: true });
  });

  it('ignores drags that carry no files', async () => {
    const el = await fixture<DvcFileUpload>(html`<dvc-file-upload></dvc-file-upload>`);
    const zone = el.shadowRoot!.querySelector<HTMLElement>('[part="drop-zone"]')!;
    const dataTransfer = new DataTransfer();
    dataTransfer.setData('text/plain', 'hello');
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer });
    zone.dispatchEvent(over);
    expect(over.defaultPrevented).to.equal(false);
  });

  it('takes files dropped anywhere on the control, not only on the dashed zone', async () => {
    const el = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Tờ khai" hint="Bản quét"></dvc-file-upload>`);
    const hint = el.shadowRoot!.querySelector<HTMLElement>('[part="field-hint"]')!;
    const dataTransfer = transfer([pdf()]);
    const dropped = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer });
    hint.dispatchEvent(dropped);
    await el.updateComplete;
    expect(dropped.defaultPrevented).to.equal(true);
    expect(fileNames(el)).to.deep.equal(['a.pdf']);
  });
});

// ------------------------------------------------------------------ value, validity, form

describe('dvc-file-upload: value and form association', () => {
  it('shows a prefill as attached files without firing dvc-change', async () => {
    const el = await fixture<DvcFileUpload>(html`<dvc-file-upload multiple></dvc-file-upload>`);
    const events = changes(el);
    el.value = PREFILL;
    await el.updateComplete;
    expect(fileNames(el)).to.deep.equal(['giay-khai-sinh.pdf', 'cccd.jpg']);
    expect(fileSizes(el)).to.deep.equal(['1,5 MB', '850 KB']);
    expect(el.value).to.deep.equal(PREFILL);
    expect(el.files).to.deep.equal([]);
    expect(events).to.have.length(0);
    // `files` follows the entries that have a File, in order.
    await choose(el, [pdf('moi.pdf')]);
    expect(el.value.map((v) => v.name)).to.deep.equal(['giay-khai-sinh.pdf', 'cccd.jpg', 'moi.pdf']);
    expect(el.files.map((f) => f.name)).to.deep.equal(['moi.pdf']);
  });

  it('keeps the chosen Files when the host sets the same value again (or a list that still names them)', async () => {
    const el = await fixture<DvcFileUpload>(html`<dvc-file-upload multiple required></dvc-file-upload>`);
    el.addEventListener('dvc-change', (e) => (el.value = e.detail.data as FileMeta[]));
    const a = pdf('a.pdf');
    const b = pdf('b.pdf', 8);
    await choose(el, [a, b]);
    await el.updateComplete;
    expect(el.files).to.deep.equal([a, b]);
    el.value = el.value.slice(1);
    await el.updateComplete;
    expect(el.files).to.deep.equal([b]);
    expect(fileNames(el)).to.deep.equal(['b.pdf']);
  });

  it('takes a value set before the element upgraded', async () => {
    const el = document.createElement('div');
    el.innerHTML = '<dvc-file-upload-later></dvc-file-upload-later>';
    const later = el.firstElementChild as HTMLElement & { value: unknown };
    later.value = PREFILL;
    const { DvcFileUpload: Base } = await import('./file-upload.js');
    customElements.define('dvc-file-upload-later', class extends Base {});
    customElements.upgrade(later);
    expect((later as unknown as DvcFileUpload).value).to.deep.equal(PREFILL);
  });

  it('is invalid when required and empty: "Vui lòng đính kèm <label>" after reportValidity, focusing the input', async () => {
    const el = await fixture<DvcFileUpload>(html`<dvc-file-upload label="Giấy khai sinh" required></dvc-file-upload>`);
    expect(errors(el)).to.deep.equal([]);
    expect(el.checkValidity()).to.equal(false);
    expect(errors(el)).to.deep.equal([]);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Vui lòng đính kèm giấy khai sinh');
    expect(el.matches(':state(invalid)')).to.equal(true);
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect(errors(el)).to.deep.equal(['Lỗi: Vui lòng đính kèm giấy khai sinh']);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(el.matches(':state(user-invalid)')).to.equal(true);

    await choose(el, [pdf()]);
    expect(el.checkValidity()).to.equal(true);
    expect(errors(el)).to.deep.equal([]);
    // Removing the last file shows the error again.
    removeButtons(el)[0]!.click();
    await el.updateComplete;
    expect(errors(el)).to.deep.equal(['Lỗi: Vui lòng đính kèm giấy khai sinh']);
  });

  it('shows an error given by the page (error-message) with its own, read with the file input', async () => {
    const el = await fixture<DvcFileUpload>(
      html`<dvc-file-upload label="Tờ khai" template="/to-khai.docx" error-message="Tệp đã hết hạn"></dvc-file-upload>`,
    );
    expect(errors(el)).to.deep.equal(['Lỗi: Tệp đã hết hạn']);
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.equal('constraints input-error');
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('Tệp đã hết hạn');
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    // focus() goes to the file input, not to the template link before it.
    el.focus();
    expect(el.shadowRoot!.activeElement === input(el)).to.equal(true);

    // Its own check comes first for validity; on screen the host's error stands for the missing file (never both).
    el.required = true;
    el.errorMessage = 'Hồ sơ cần tờ khai có chữ ký';
    await el.updateComplete;
    el.reportValidity();
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal(FILE_MESSAGES.vi.fileMissing('Tờ khai'));
    expect(errors(el)).to.deep.equal(['Lỗi: Hồ sơ cần tờ khai có chữ ký']);
    el.accept = ['.pdf'];
    await el.updateComplete;
    await choose(el, [new File(['MZ'], 'virus.exe', { type: '' })]);
    const wrongType = `Lỗi: ${FILE_MESSAGES.vi.fileWrongType('virus.exe', 'PDF')}`;
    expect(errors(el)).to.deep.equal([wrongType, 'Lỗi: Hồ sơ cần tờ khai có chữ ký']);

    el.required = false;
    el.errorMessage = '';
    await el.updateComplete;
    // The rejected file's message stays until the next choice; the host's error goes with it.
    expect(errors(el)).to.deep.equal([wrongType]);
    expect(el.checkValidity()).to.equal(true);
    await choose(el, [pdf()]);
    expect(errors(el)).to.deep.equal([]);
    expect(input(el).hasAttribute('aria-invalid')).to.equal(false);
  });

  it('sends each chosen File itself under its name, and never the files of a prefill', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <dvc-file-upload name="giayTo" multiple required></dvc-file-upload>
    </form>`);
    const el = form.querySelector('dvc-file-upload')!;
    await el.updateComplete;
    expect(new FormData(form).getAll('giayTo')).to.deep.equal([]);

    const a = pdf('a.pdf');
    const b = new File(['png'], 'b.png', { type: 'image/png' });
    await choose(el, [a, b]);
    expect(form.checkValidity()).to.equal(true);
    const sent = new FormData(form).getAll('giayTo') as File[];
    expect(sent.map((f) => f.name)).to.deep.equal(['a.pdf', 'b.png']);
    expect(sent[0]).to.be.instanceOf(File);
    expect(await sent[1]!.text()).to.equal('png');

    form.reset();
    await el.updateComplete;
    expect(fileNames(el)).to.deep.equal([]);
    expect(new FormData(form).getAll('giayTo')).to.deep.equal([]);

    el.value = PREFILL;
    await choose(el, [a]);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(PREFILL);
    expect(el.files).to.deep.equal([]);
    // A prefill is valid for `required`; its files are already on the server, so nothing is sent again.
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).has('giayTo')).to.equal(false);
  });
});

// ------------------------------------------------------------------ the form-control suite

runFormControlTests<DvcFileUpload>('dvc-file-upload', {
  setUp: (el) => {
    el.label = 'Giấy khai sinh';
    el.required = true;
    el.multiple = true;
  },
  prefill: (el) => {
    el.value = PREFILL;
  },
  edit: (el) => choose(el, [pdf('moi.pdf')]),
  valueOf: (el) => el.value,
  missingMessage: FILE_MESSAGES.vi.fileMissing('Giấy khai sinh'),
  takesFocus: true,
});

// ------------------------------------------------------------------ language and states

describe('dvc-file-upload: language and states', () => {
  it('speaks English with lang="en" (own or inherited)', async () => {
    const el = await fixture<DvcFileUpload>(
      html`<dvc-file-upload lang="en" label="birth certificate" required multiple template="/t.docx" .accept=${ACCEPT}></dvc-file-upload>`,
    );
    const root = el.shadowRoot!;
    expect(text(root.querySelector('[part="choose-button"]'))).to.equal('Choose files');
    expect(text(root.querySelector('[part="constraints"]'))).to.equal('PDF, JPG, PNG, up to 10 MB each.');
    expect(text(root.querySelector('[part="template-link"]'))).to.equal('Download the form (birth certificate)');
    el.reportValidity();
    await el.updateComplete;
    expect(errors(el)).to.deep.equal(['Error: Attach birth certificate']);
    expect(el.validationMessage).to.equal('Attach birth certificate');
    await choose(el, [new File(['MZ'], 'abc.exe', { type: '' }), pdf('scan.pdf', 1.5 * MB)]);
    el.maxBytes = MB;
    await el.updateComplete;
    await choose(el, [pdf('big.pdf', 1.5 * MB)]);
    expect(errors(el)).to.deep.equal(['Error: The file “big.pdf” is larger than 1 MB']);
    expect(fileSizes(el)).to.deep.equal(['1.5 MB']);
    removeButtons(el)[0]!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Removed scan.pdf.');

    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><dvc-file-upload></dvc-file-upload></div>`);
    const inner = wrapper.querySelector('dvc-file-upload')!;
    await inner.updateComplete;
    expect(text(inner.shadowRoot!.querySelector('legend'))).to.equal('Attachment');
    expect(text(inner.shadowRoot!.querySelector('[part="choose-button"]'))).to.equal('Choose a file');
  });

  it('is disabled: nothing can be chosen, dropped or removed; nothing is sent', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <dvc-file-upload name="f" disabled></dvc-file-upload>
    </form>`);
    const el = form.querySelector('dvc-file-upload')!;
    el.disabled = false;
    await el.updateComplete;
    await choose(el, [pdf()]);
    el.disabled = true;
    await el.updateComplete;
    const events = changes(el);
    expect(input(el).disabled).to.equal(true);
    expect(removeButtons(el)[0]!.matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('f')).to.equal(false);
    expect(el.willValidate).to.equal(false);
    const zone = el.shadowRoot!.querySelector<HTMLElement>('[part="drop-zone"]')!;
    const dataTransfer = transfer([pdf('b.pdf')]);
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer }));
    await el.updateComplete;
    expect(fileNames(el)).to.deep.equal(['a.pdf']);
    expect(events).to.have.length(0);
    el.disabled = false;
    await el.updateComplete;
    expect((new FormData(form).get('f') as File).name).to.equal('a.pdf');
  });

  it('is read-only: files listed without remove buttons or input, never invalid', async () => {
    const el = await fixture<DvcFileUpload>(html`<dvc-file-upload readonly required .value=${PREFILL}></dvc-file-upload>`);
    expect(fileNames(el)).to.have.length(2);
    expect(removeButtons(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    el.value = [];
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });
});
