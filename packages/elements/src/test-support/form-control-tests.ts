/**
 * The tests every form-associated dvc element passes the same way as a native control (Shoelace and Web Awesome
 * keep theirs in `form-control-base-tests.ts`): native submission of its value under `name`, a disabled element or
 * fieldset, form reset, state restore, validity, labels, and custom states. Each element's test file calls
 * `runFormControlTests(tag, options)` with what differs: how it becomes required, prefilled and edited.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** What the suite reads and calls on an element (the native control's API that `DvcFormControl` gives). */
export type FormControlElement = HTMLElement & {
  name: string;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  readonly updateComplete: Promise<boolean>;
  formResetCallback(): void;
  formStateRestoreCallback(state: unknown, mode: 'restore' | 'autocomplete'): void;
};

export type FormControlTestOptions<E extends FormControlElement> = {
  /** Makes a new, connected, empty element required (an attribute, or a schema with required fields); awaited. */
  setUp(el: E): void | Promise<void>;
  /** Gives a valid value from code: a prefill, what a reset returns to. */
  prefill(el: E): void | Promise<void>;
  /** Changes the value as a citizen does (keyboard, a chosen file), leaving it valid and different from the prefill. */
  edit(el: E): Promise<void>;
  /** The value as plain data, to compare before and after a reset. */
  valueOf(el: E): unknown;
  /** What `validationMessage` says while the required element is empty (a pattern: the engine's wording may change). */
  missingMessage: string | RegExp;
  /** True when a `<label for>` click (and `focus()`) moves focus into the element (`delegatesFocus`). */
  takesFocus: boolean;
};

/** Entries of a FormData as comparable data: a string as it is, a File as its name, size and type. */
function entriesOf(values: readonly FormDataEntryValue[]): unknown[] {
  return values.map((value) => (typeof value === 'string' ? value : { file: value.name, size: value.size, type: value.type }));
}

/** What the browser hands `formStateRestoreCallback`: the value that was set (a string, or the FormData of files). */
function savedState(name: string, values: readonly FormDataEntryValue[]): unknown {
  if (values.length === 1 && typeof values[0] === 'string') return values[0];
  const data = new FormData();
  for (const value of values) data.append(name, value);
  return data;
}

async function settle(el: FormControlElement): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

export function runFormControlTests<E extends FormControlElement>(tag: string, options: FormControlTestOptions<E>): void {
  /** A `<form>` with a label for the element, the element (`name="field"`) and a submit button; set up as required. */
  async function inForm(): Promise<{ form: HTMLFormElement; el: E }> {
    const form = await fixture<HTMLFormElement>(html`<form><label for="control">Nhãn của trang</label><button>Gửi</button></form>`);
    const el = document.createElement(tag) as E;
    el.id = 'control';
    el.setAttribute('name', 'field');
    form.querySelector('label')!.after(el);
    await options.setUp(el);
    await settle(el);
    return { form, el };
  }

  /** What a native submission of `form` sends under the element's name (read in the submit event, then cancelled). */
  async function submitted(form: HTMLFormElement): Promise<unknown[] | null> {
    let sent: unknown[] | null = null;
    const onSubmit = (event: SubmitEvent): void => {
      event.preventDefault();
      sent = entriesOf(new FormData(form, event.submitter).getAll('field'));
    };
    form.addEventListener('submit', onSubmit);
    form.querySelector<HTMLButtonElement>(':scope > button')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    form.removeEventListener('submit', onSubmit);
    return sent;
  }

  describe(`${tag}: form control`, () => {
    it('belongs to its form, and a native submit sends its value under its name', async () => {
      const { form, el } = await inForm();
      expect(el.form === form, 'el.form').to.equal(true);
      expect(el.willValidate).to.equal(true);
      await options.prefill(el);
      await options.edit(el);
      await settle(el);
      const sent = await submitted(form);
      expect(sent).to.have.length.greaterThan(0);
      expect(sent).to.deep.equal(entriesOf(new FormData(form).getAll('field')));
      // Another name: the value moves with it.
      el.name = 'renamed';
      await settle(el);
      expect(entriesOf(new FormData(form).getAll('renamed'))).to.deep.equal(sent);
      expect(new FormData(form).has('field')).to.equal(false);
    });

    it('is valid when required and empty only once filled: validity, validationMessage, checkValidity and :state(invalid)', async () => {
      const { form, el } = await inForm();
      expect(el.validity.valid).to.equal(false);
      if (typeof options.missingMessage === 'string') expect(el.validationMessage).to.equal(options.missingMessage);
      else expect(el.validationMessage).to.match(options.missingMessage);
      expect(el.matches(':state(invalid)')).to.equal(true);
      let invalidEvents = 0;
      el.addEventListener('invalid', () => invalidEvents++);
      expect(el.checkValidity()).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      expect(invalidEvents).to.equal(2);
      // Checking shows nothing.
      await settle(el);
      expect(el.matches(':state(user-invalid)')).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part~="field-error"]') === null, 'no error shown').to.equal(true);

      await options.prefill(el);
      await settle(el);
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
      expect(el.checkValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      expect(el.matches(':state(invalid)')).to.equal(false);
    });

    it('reportValidity shows its own errors (no browser bubble), sets :state(user-invalid) and takes focus', async () => {
      const { el } = await inForm();
      const invalidEvents: Event[] = [];
      el.addEventListener('invalid', (event) => invalidEvents.push(event));
      expect(el.reportValidity()).to.equal(false);
      await settle(el);
      expect(invalidEvents).to.have.length(1);
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~="field-error"], [part~="error-summary"]') !== null, 'an error shown').to.equal(true);
      await waitUntil(() => document.activeElement === el, 'focus inside the element');
    });

    it('takes over a citizen’s failed native submit: its errors instead of the bubble, and focus', async () => {
      const { form, el } = await inForm();
      const invalidEvents: Event[] = [];
      el.addEventListener('invalid', (event) => invalidEvents.push(event));
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      form.querySelector<HTMLButtonElement>(':scope > button')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(submits).to.equal(0);
      expect(invalidEvents.map((event) => event.defaultPrevented)).to.deep.equal([true]);
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      await waitUntil(() => document.activeElement === el, 'focus inside the element');
    });

    it('sends nothing and does not validate while disabled, by its attribute or a disabled fieldset', async () => {
      const { form, el } = await inForm();
      await options.prefill(el);
      await options.edit(el);
      await settle(el);
      const sent = entriesOf(new FormData(form).getAll('field'));
      expect(sent).to.have.length.greaterThan(0);
      const controls = (): Element[] => [...el.shadowRoot!.querySelectorAll('input, select, textarea, button')];

      el.disabled = true;
      await settle(el);
      expect(el.matches(':disabled')).to.equal(true);
      expect(el.willValidate).to.equal(false);
      expect(new FormData(form).has('field')).to.equal(false);
      expect(controls().every((control) => control.matches(':disabled'))).to.equal(true);
      el.disabled = false;
      await settle(el);
      expect(entriesOf(new FormData(form).getAll('field'))).to.deep.equal(sent);

      const fieldset = document.createElement('fieldset');
      form.prepend(fieldset);
      fieldset.append(el);
      fieldset.disabled = true;
      await settle(el);
      expect(el.matches(':disabled')).to.equal(true);
      expect(el.willValidate).to.equal(false);
      expect(new FormData(form).has('field')).to.equal(false);
      expect(controls().every((control) => control.matches(':disabled'))).to.equal(true);
      fieldset.disabled = false;
      await settle(el);
      expect(el.matches(':disabled')).to.equal(false);
      expect(controls().some((control) => control.matches(':disabled'))).to.equal(false);
      expect(entriesOf(new FormData(form).getAll('field'))).to.deep.equal(sent);
    });

    it('goes back to the value set by code on form reset, with no error shown', async () => {
      const { form, el } = await inForm();
      await options.prefill(el);
      await settle(el);
      const prefilled = options.valueOf(el);
      await options.edit(el);
      await settle(el);
      expect(options.valueOf(el)).to.not.deep.equal(prefilled);
      el.reportValidity();
      form.reset();
      await settle(el);
      expect(options.valueOf(el)).to.deep.equal(prefilled);
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('restores the state the browser saved (history, autofill), and ignores a state it did not write', async () => {
      const first = await inForm();
      await options.prefill(first.el);
      await options.edit(first.el);
      await settle(first.el);
      const values = new FormData(first.form).getAll('field');

      const { form, el } = await inForm();
      const before = options.valueOf(el);
      el.formStateRestoreCallback('{not what the element saved', 'restore');
      el.formStateRestoreCallback(null, 'restore');
      await settle(el);
      expect(options.valueOf(el)).to.deep.equal(before);

      el.formStateRestoreCallback(savedState('field', values), 'restore');
      await settle(el);
      expect(entriesOf(new FormData(form).getAll('field'))).to.deep.equal(entriesOf(values));
    });

    it('is labelled by a <label for> of the page', async () => {
      const { form, el } = await inForm();
      const label = form.querySelector('label')!;
      // Compared as booleans: chai's message for a DOM node that fails can stall the browser.
      expect(el.labels.length === 1 && el.labels[0] === label, 'el.labels is [the label]').to.equal(true);
      if (!options.takesFocus) return;
      label.click();
      await settle(el);
      expect(document.activeElement === el, 'focus inside the element').to.equal(true);
      expect(el.shadowRoot!.activeElement instanceof HTMLInputElement, 'an input has focus').to.equal(true);
    });
  });
}
