import { expect, fixture, html } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import '../define/dvc-dossier-form.js';
import { META_SCHEMAS } from '@dvc-kit/form-engine/meta-schemas';
import type { DvcDossierForm } from './dossier-form.js';

declare global {
  interface Window {
    axe: { run(context: Element, options?: RunOptions): Promise<AxeResults> };
  }
}

/** A person with three references to itself: unfolded eagerly, it would be 3^n groups deep. */
const FAMILY = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  $defs: {
    person: {
      type: 'object',
      properties: {
        ten: { type: 'string', title: 'Họ và tên' },
        cha: { $ref: '#/$defs/person', title: 'Người cha' },
        me: { $ref: '#/$defs/person', title: 'Người mẹ' },
        giamHo: { $ref: '#/$defs/person', title: 'Người giám hộ' },
      },
    },
  },
  properties: {
    thanhVien: { type: 'array', title: 'Thành viên', items: { $ref: '#/$defs/person', title: 'Thành viên' } },
  },
};

function buttonNamed(el: DvcDossierForm, name: string): HTMLButtonElement | undefined {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);
}

describe('dvc-dossier-form with a recursive schema', () => {
  it('adds a person without unfolding their ancestors, and opens one level at a time', async () => {
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${FAMILY}></dvc-dossier-form>`);
    buttonNamed(el, 'Thêm thành viên')!.click();
    await el.updateComplete;
    expect(el.data).to.deep.equal({ thanhVien: [{}] });
    // The new person's parents are closed groups, each with a button that opens it.
    const openFather = buttonNamed(el, 'Nhập người cha');
    expect(openFather, 'button that opens the father').to.exist;
    expect(el.shadowRoot!.querySelectorAll('[data-action="open"]').length).to.equal(3);

    openFather!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.data).to.deep.equal({ thanhVien: [{ cha: {} }] });
    // The father's name field is there and has focus; his own parents are closed again.
    const focused = el.shadowRoot!.activeElement as HTMLInputElement | null;
    expect(focused?.dataset.pointer).to.equal('/thanhVien/0/cha/ten');
    expect(el.shadowRoot!.querySelectorAll('[data-action="open"]').length).to.equal(5);
    expect((await window.axe.run(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('renders data as deep as it goes', async () => {
    let person: Record<string, unknown> = { ten: 'Tổ tiên' };
    for (let generation = 0; generation < 40; generation++) person = { ten: `Đời ${generation}`, cha: person };
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${FAMILY} .data=${{ thanhVien: [person] }}></dvc-dossier-form>`);
    const deepest = el.shadowRoot!.querySelector<HTMLInputElement>(`[data-pointer="/thanhVien/0${'/cha'.repeat(40)}/ten"]`);
    expect(deepest?.value).to.equal('Tổ tiên');
    expect(el.data).to.deep.equal({ thanhVien: [person] });
  });

  it('renders the draft-07 meta-schema with a procedure schema as its data, keeping it whole', async () => {
    const data = await (await fetch('/schemas/procedures/1.013792/schema.json')).json();
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form .schema=${META_SCHEMAS['http://json-schema.org/draft-07/schema']} .data=${data}></dvc-dossier-form>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="schema-error"], .schema-error')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('input, textarea, select').length).to.be.greaterThan(200);
    expect(el.data).to.deep.equal(data);
  });
});
