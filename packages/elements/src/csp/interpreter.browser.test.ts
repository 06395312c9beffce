import { expect } from '@open-wc/testing';
import '../define/dvc-dossier-form.js';
import { createAjvValidator } from '@dvc-kit/form-engine/ajv';
import { expectEvalBlocked, expectSameVerdicts, precompiledValidator, procedureCase } from './csp-helpers.js';

describe('the default page (eval-free interpreter), under a CSP without unsafe-eval', () => {
  it('runs under a policy that forbids eval', async () => {
    await expectEvalBlocked();
  });

  it('validates every example of the procedure as ajv does in Node, with the built-in interpreter', async () => {
    await expectSameVerdicts(await procedureCase());
  });

  it('also takes a precompiled validator', async () => {
    await expectSameVerdicts(await procedureCase(), await precompiledValidator());
  });

  it('while ajv at run time cannot work here (so these tests would catch an eval)', async () => {
    const procedure = await procedureCase();
    const violation = new Promise<SecurityPolicyViolationEvent>((resolve) =>
      document.addEventListener('securitypolicyviolation', resolve, { once: true }),
    );
    let thrown: unknown;
    const log = console.error;
    console.error = () => {}; // ajv prints the whole function it could not compile
    try {
      createAjvValidator(procedure.schema).validate(procedure.examples[0]!.data);
    } catch (error) {
      thrown = error;
    } finally {
      console.error = log;
    }
    expect(thrown, 'ajv must fail to compile').to.be.instanceOf(Error);
    expect(String((thrown as Error & { problems?: { message: string }[] }).problems?.[0]?.message ?? thrown)).to.match(/eval|Content Security Policy/i);
    expect((await violation).effectiveDirective).to.match(/^script-src/);
  });
});
