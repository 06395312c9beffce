import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import '../define/dvc-dossier-form.js';
import type { DvcAddressPicker } from '../address-picker/address-picker.js';
import type { DvcFileUpload } from '../file-upload/file-upload.js';
import { focusedAxNode } from '../test-support/ax-tree.js';
import type { DvcDossierForm } from './dossier-form.js';

/**
 * An address and an upload field are elements of their own: the form hands them the field's error, which they show
 * in their own shadow root, wired to the input the error summary's link focuses. Read as a screen reader does:
 * through Chromium's accessibility tree.
 */

declare global {
  interface Window {
    axe: { run(context: Element, options?: RunOptions): Promise<AxeResults> };
  }
}

async function axeViolations(el: Element): Promise<string[]> {
  const results = await window.axe.run(el);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

const withAddress = {
  $schema: DRAFT,
  type: 'object',
  required: ['name', 'home'],
  properties: {
    name: { type: 'string', title: 'Họ và tên' },
    home: {
      type: 'object',
      title: 'Địa chỉ thường trú',
      description: 'Ghi như trên thẻ căn cước',
      'x-ui': { widget: 'address' },
      required: ['provinceCode', 'communeCode', 'street'],
      properties: { provinceCode: { type: 'string' }, communeCode: { type: 'string' }, street: { type: 'string' } },
    },
  },
};

const withAttachment = {
  $schema: DRAFT,
  type: 'object',
  properties: { note: { type: 'string', title: 'Ghi chú' } },
  'x-dvc': {
    code: '1.000001',
    name: 'Thủ tục thử',
    sector: 'Thử',
    agency: 'UBND cấp xã',
    level: ['COMMUNE'],
    onlineService: 'FULL',
    processingTime: { value: 3, unit: 'WORKING_DAY' },
    legalBasis: [{ code: '1/2025/NĐ-CP' }],
    delivery: { result: ['ONLINE'] },
    components: [{ key: 'application', name: 'Đơn đề nghị', required: true, accept: ['.pdf'], maxSizeMB: 1 }],
  },
};

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Submits the form (it fails), then follows the error summary's link to the field with id `fieldId`. */
async function followSummaryLink(el: DvcDossierForm, fieldId: string): Promise<void> {
  expect(await el.requestSubmit()).to.equal(false);
  const root = el.shadowRoot!;
  expect(root.activeElement === root.querySelector('[part="error-summary"]')).to.equal(true);
  const link = root.querySelector<HTMLAnchorElement>(`[part="error-summary"] a[data-target="${fieldId}"]`);
  if (!link) throw new Error(`no summary link to #${fieldId}: ${text(root.querySelector('[part="error-summary"]'))}`);
  link.click();
}

describe('<dvc-dossier-form>: errors of an address or an upload field in their own shadow root', () => {
  it('after a failed submit, the summary link lands on the province combobox, invalid and described by the error', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${withAddress}></dvc-dossier-form>`);
    await customElements.whenDefined('dvc-address-picker');
    const picker = el.shadowRoot!.querySelector<DvcAddressPicker>('dvc-address-picker')!;
    await picker.updateComplete;
    expect(picker.errorMessage).to.equal('');

    await followSummaryLink(el, picker.id);
    await picker.updateComplete;
    await waitUntil(() => picker.shadowRoot!.activeElement?.id === 'province', 'the province combobox has focus');
    const message = picker.errorMessage;
    expect(message.toLowerCase()).to.contain('địa chỉ thường trú');
    // One copy, in the picker's root; none left in the form's.
    expect(text(picker.shadowRoot!.querySelector('[part~="field-error"]'))).to.equal(`Lỗi: ${message}`);
    const wrapper = picker.parentElement!;
    expect(wrapper.getAttribute('part')).to.equal('field field-invalid');
    expect(wrapper.querySelector('[part~="field-error"]') === null).to.equal(true);
    // The field's hint too: in the picker's root, read with its group.
    expect(text(picker.shadowRoot!.querySelector('[part~="field-hint"]'))).to.equal('Ghi như trên thẻ căn cước');
    expect(wrapper.querySelector('[part~="field-hint"]') === null).to.equal(true);

    const focused = await focusedAxNode();
    expect(focused).to.include({ role: 'combobox', invalid: 'true' });
    expect(focused!.name).to.contain('Tỉnh, thành phố');
    expect(focused!.description).to.contain(`Lỗi: ${message}`);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('after a failed submit, the summary link lands on the upload’s file input, invalid and described by the error', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${withAttachment} .data=${{ attachments: {} }}></dvc-dossier-form>`);
    await customElements.whenDefined('dvc-file-upload');
    const upload = el.shadowRoot!.querySelector<DvcFileUpload>('dvc-file-upload')!;
    await upload.updateComplete;

    await followSummaryLink(el, upload.id);
    await upload.updateComplete;
    await waitUntil(() => upload.shadowRoot!.activeElement?.getAttribute('type') === 'file', 'the file input has focus');
    const message = upload.errorMessage;
    expect(message.toLowerCase()).to.contain('đơn đề nghị');
    expect([...upload.shadowRoot!.querySelectorAll('[part~="field-error"] li')].map(text)).to.deep.equal([`Lỗi: ${message}`]);
    expect(upload.parentElement!.querySelector('[part~="field-error"]') === null).to.equal(true);

    const focused = await focusedAxNode();
    expect(focused).to.include({ role: 'button', invalid: 'true' });
    expect(focused!.name).to.contain('Đơn đề nghị');
    expect(focused!.description).to.contain(`Lỗi: ${message}`);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('takes the error back once the citizen corrects the field', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${withAttachment} .data=${{ attachments: {} }}></dvc-dossier-form>`);
    await customElements.whenDefined('dvc-file-upload');
    const upload = el.shadowRoot!.querySelector<DvcFileUpload>('dvc-file-upload')!;
    expect(await el.requestSubmit()).to.equal(false);
    await upload.updateComplete;
    expect(upload.errorMessage).to.not.equal('');
    const input = upload.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.4'], 'don.pdf', { type: 'application/pdf' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    await upload.updateComplete;
    expect(upload.errorMessage).to.equal('');
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(upload.shadowRoot!.querySelector('[part~="field-error"]')).to.equal(null);
  });
});
