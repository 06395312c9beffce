import { LitElement } from 'lit';
import { inUserGesture, watchUserGestures } from './user-gesture.js';

/** Set while one validation pass of a native form runs: only its first invalid dvc control takes focus. */
let focusTaken = false;

/** What a control's value gets wrong: the flags and message of `setValidity`, and the id of the input to point at. */
export type ControlValidity = {
  readonly flags: ValidityStateFlags;
  readonly message: string;
  /** Id (in the element's shadow root) of the input the browser and `reportValidity` point at. */
  readonly anchor?: string | undefined;
};

/** What a control sends with a native form: one string (JSON), the entries of a FormData (files), or nothing. */
export type FormValue = string | FormData | null;

/** Whether two form values send the same entries (the same File objects, not copies). */
function sameFormValue(a: FormValue, b: FormValue): boolean {
  if (a === b) return true;
  if (!(a instanceof FormData) || !(b instanceof FormData)) return false;
  const left = [...a];
  const right = [...b];
  return left.length === right.length && left.every(([name, value], i) => name === right[i]![0] && value === right[i]![1]);
}

/**
 * What every form-associated dvc element does the same way as a native control: the ElementInternals it
 * reports through; `form`, `labels`, `validity`, `validationMessage`, `willValidate`, `checkValidity()` and
 * `reportValidity()`; its validity and form value written to the internals only when they change; following a
 * disabled `<fieldset>` or form; custom states; and taking over a citizen's failed native submit from the
 * browser's bubble. Each element says what is wrong (`_currentValidity`), how it shows its errors
 * (`_revealInvalid`), and handles reset and state restore.
 */
export abstract class DvcFormControl extends LitElement {
  /** @internal */
  static formAssociated = true;

  /** @internal */
  protected readonly _internals: ElementInternals;

  /** Disabled as the form sees it (own attribute or a disabled fieldset), from formDisabledCallback. */
  protected _formDisabled = false;

  /** The validity last written to the internals (flags, message and anchor), so that it is written once. */
  #validityKey: string | null = null;
  #formValue: FormValue | undefined = undefined;
  /** True while `reportValidity` checks: its own `invalid` event is not a native form's submit. */
  #reporting = false;

  constructor() {
    super();
    this._internals = this.attachInternals();
    this.addEventListener('invalid', (event) => {
      // A native form's interactive validation (a citizen's click or key) shows the element's own errors rather
      // than the browser's bubble. A script calling form.checkValidity() gets no UI.
      // The form checks every control in one pass, in document order: the first that shows its errors takes focus.
      if (!this.#reporting && inUserGesture() && this._revealInvalid(!focusTaken)) {
        event.preventDefault();
        focusTaken = true;
        setTimeout(() => (focusTaken = false));
      }
    });
    watchUserGestures();
  }

  // ------------------------------------------------------------ what each element says

  /** What is wrong with the current value, or null when it is valid. Read before every validity check. */
  protected abstract _currentValidity(): ControlValidity | null;

  /**
   * Show the element's own errors (a citizen's native submit failed, or `reportValidity()`), and take focus when
   * `takeFocus`; true when shown (no browser bubble).
   */
  protected abstract _revealInvalid(takeFocus: boolean): boolean;

  /** The input that `focus()` moves to (e.g. the one to correct); null: the first focusable one. */
  protected _focusTarget(): HTMLElement | null {
    return null;
  }

  // ------------------------------------------------------------ what the base writes

  /** Writes the current validity to the internals when it changed (the anchor, once rendered, counts). */
  protected _syncValidity(): void {
    const now = this._currentValidity();
    const anchor = now?.anchor ? (this.shadowRoot?.getElementById(now.anchor) ?? undefined) : undefined;
    const key = now ? `${JSON.stringify(now.flags)}\n${now.message}\n${anchor ? now.anchor : ''}` : '';
    if (key === this.#validityKey) return;
    this.#validityKey = key;
    if (now) this._internals.setValidity(now.flags, now.message, anchor);
    else this._internals.setValidity({});
  }

  /** Writes what a native form sends (and what state restore gets back) when it changed. */
  protected _setFormValue(value: FormValue): void {
    if (this.#formValue !== undefined && sameFormValue(value, this.#formValue)) return;
    this.#formValue = value;
    this._internals.setFormValue(value, value);
  }

  /** Adds or removes the custom state `:state(name)`; a no-op where CustomStateSet refuses plain names. */
  protected _setState(name: string, on: boolean): void {
    try {
      if (on) this._internals.states.add(name);
      else this._internals.states.delete(name);
    } catch {
      // CustomStateSet without plain identifiers (older browsers): states are a progressive enhancement.
    }
  }

  /** Sets several custom states at once, `{name: on}`. */
  protected _setStates(states: Readonly<Record<string, boolean>>): void {
    for (const name of Object.keys(states)) this._setState(name, states[name]!);
  }

  // ------------------------------------------------------------ the native control's API

  /** The native form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this._internals.form;
  }

  /** The `<label>` elements whose `for` names this element. */
  get labels(): NodeList {
    return this._internals.labels;
  }

  get validity(): ValidityState {
    this._syncValidity();
    return this._internals.validity;
  }

  get validationMessage(): string {
    this._syncValidity();
    return this._internals.validationMessage;
  }

  get willValidate(): boolean {
    return this._internals.willValidate;
  }

  /** Like a native control: false (and an `invalid` event) when the value is not valid. Shows nothing. */
  checkValidity(): boolean {
    this._syncValidity();
    return this._internals.checkValidity();
  }

  /** Like a native control, but the element shows its own errors (no browser bubble) and focuses the first to correct. */
  reportValidity(): boolean {
    this._syncValidity();
    this.#reporting = true;
    let valid: boolean;
    try {
      valid = this._internals.checkValidity();
    } finally {
      this.#reporting = false;
    }
    if (!valid) this._revealInvalid(true);
    return valid;
  }

  /** Focuses the input to correct when the element names one, else its first focusable input. */
  override focus(options?: FocusOptions): void {
    const target = this._focusTarget();
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    if (disabled === this._formDisabled) return;
    this._formDisabled = disabled;
    // Called while the reflected `disabled` attribute is written, i.e. inside an update, where a property change
    // would be dropped: ask for the next update once this one is done.
    if (this.isUpdatePending) queueMicrotask(() => this.requestUpdate());
    else this.requestUpdate();
  }
}
