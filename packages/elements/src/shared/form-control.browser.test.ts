import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/dvc-address-picker.js';
import '../define/dvc-file-upload.js';

describe('dvc form controls in one native form', () => {
  it('on a citizen’s failed submit each shows its errors, and only the first invalid one takes focus', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-address-picker name="a" required></dvc-address-picker><dvc-file-upload name="f" required label="Tệp"></dvc-file-upload><button>Gửi</button></form>`,
    );
    const picker = form.querySelector('dvc-address-picker')!;
    const upload = form.querySelector('dvc-file-upload')!;
    await picker.updateComplete;
    await upload.updateComplete;
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await aTimeout(100);
    expect(submitted).to.equal(false);
    expect(picker.matches(':state(user-invalid)')).to.equal(true);
    expect(upload.matches(':state(user-invalid)')).to.equal(true);
    expect(document.activeElement?.localName).to.equal('dvc-address-picker');
  });
});
