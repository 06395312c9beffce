import { expect, fixture, html } from '@open-wc/testing';
import type { Validator } from '@dvc-kit/form-engine/core';
import type { DvcDossierForm } from '../dossier-form/dossier-form.js';

/** The procedure the CSP tests run (a real one, with dossier components and conditions). */
export const PROCEDURE = '1.013792';

export interface ProcedureCase {
  id: string;
  schema: Record<string, unknown>;
  /** The schema prepared (`prepareSchema`, as `dvc-schema build` writes it): what a page for a built procedure embeds. */
  prepared: Record<string, unknown>;
  /** Every example file, with ajv's verdict on it in Node (see web-test-runner.config.mjs). */
  examples: { name: string; data: unknown; valid: boolean }[];
}

export async function procedureCase(id = PROCEDURE): Promise<ProcedureCase> {
  const response = await fetch(`/__dvc/procedures/${id}/case.json`);
  return (await response.json()) as ProcedureCase;
}

/** The procedure's validator made by ajv's standalone code generation (served by the test runner). */
export async function precompiledValidator(id = PROCEDURE): Promise<Validator> {
  const url = `/__dvc/procedures/${id}/validator.js`;
  return ((await import(url)) as { default: Validator }).default;
}

/** Fails unless the page runs under a policy that forbids eval, and a violation is reported as an event. */
export async function expectEvalBlocked(): Promise<void> {
  const violation = new Promise<SecurityPolicyViolationEvent>((resolve) =>
    document.addEventListener('securitypolicyviolation', resolve, { once: true }),
  );
  let thrown: unknown;
  try {
    // eslint-disable-next-line no-restricted-syntax -- the point: prove that the policy forbids it
    new Function('return 1')();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'new Function must throw under the policy').to.be.instanceOf(EvalError);
  const event = await violation;
  expect(event.effectiveDirective).to.match(/^script-src/);
}

/** Every example gets the same verdict from the element as from ajv in Node; the invalid ones show errors. */
export async function expectSameVerdicts(procedure: ProcedureCase, validator?: Validator, schema = procedure.schema): Promise<void> {
  expect(procedure.examples.some((e) => e.valid)).to.equal(true);
  expect(procedure.examples.some((e) => !e.valid)).to.equal(true);
  for (const example of procedure.examples) {
    expect(example.valid, `${example.name}: ajv's verdict matches the file name`).to.equal(example.name.startsWith('valid'));
    const el = await fixture<DvcDossierForm>(html`<dvc-dossier-form
      lang="vi"
      .schema=${schema}
      .data=${example.data}
      .validator=${validator}
    ></dvc-dossier-form>`);
    await el.ready;
    expect(el.shadowRoot!.querySelector('.schema-error'), `${example.name}: no schema error`).to.equal(null);
    expect(el.valid, example.name).to.equal(example.valid);
    const submitted = await el.requestSubmit();
    expect(submitted, example.name).to.equal(example.valid);
    const summary = el.shadowRoot!.querySelectorAll('[part="error-summary"] li').length;
    if (example.valid) expect(summary, example.name).to.equal(0);
    else expect(summary, example.name).to.be.greaterThan(0);
  }
}
