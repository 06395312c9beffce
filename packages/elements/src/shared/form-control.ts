import { LitElement } from 'lit';
import { inUserGesture, watchUserGestures } from './user-gesture.js';

/** Set while one validation pass of a native form runs: only its first invalid dvc control takes focus. */
let focusTaken = false;

/**
 * What every form-associated dvc element does the same way as a native control: the ElementInternals
 * it reports through, `form`, `validity`, `validationMessage`, `willValidate`, `checkValidity()`, and
 * following a disabled `<fieldset>` or form, custom states, and taking over a citizen's failed native submit
 * from the browser's bubble. Each element adds its own `reportValidity()` (its own error display), what it
 * reveals on that submit, reset and state restore.
 */
export abstract class DvcFormControl extends LitElement {
  /** @internal */
  static formAssociated = true;

  /** @internal */
  protected readonly _internals: ElementInternals;

  /** Disabled as the form sees it (own attribute or a disabled fieldset), from formDisabledCallback. */
  protected _formDisabled = false;

  constructor() {
    super();
    this._internals = this.attachInternals();
    this.addEventListener('invalid', (event) => {
      // A native form's interactive validation (a citizen's click or key) shows the element's own errors rather
      // than the browser's bubble. A script calling form.checkValidity() gets no UI.
      // The form checks every control in one pass, in document order: the first that shows its errors takes focus.
      if (inUserGesture() && this._revealInvalid(!focusTaken)) {
        event.preventDefault();
        focusTaken = true;
        setTimeout(() => (focusTaken = false));
      }
    });
    watchUserGestures();
  }

  /**
   * On a citizen's native submit that failed: show the element's own errors, and take focus when `takeFocus` (the
   * first invalid control of the form); true when shown (no browser bubble).
   */
  protected abstract _revealInvalid(takeFocus: boolean): boolean;

  /** Adds or removes the custom state `:state(name)`; a no-op where CustomStateSet refuses plain names. */
  protected _setState(name: string, on: boolean): void {
    try {
      if (on) this._internals.states.add(name);
      else this._internals.states.delete(name);
    } catch {
      // CustomStateSet without plain identifiers (older browsers): states are a progressive enhancement.
    }
  }

  /** Brings the internals' validity up to date before it is read; elements that set it lazily override this. */
  protected _syncValidity(): void {}

  /** The native form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this._internals.form;
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

  /** Like a native control, but each element shows its own errors instead of the browser's bubble. */
  abstract reportValidity(): boolean;

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
