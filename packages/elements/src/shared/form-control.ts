import { LitElement } from 'lit';

/**
 * What every form-associated dvc element does the same way as a native control: the ElementInternals
 * it reports through, `form`, `validity`, `validationMessage`, `willValidate`, `checkValidity()`, and
 * following a disabled `<fieldset>` or form. Each element adds its own `reportValidity()` (its own
 * error display), reset and state restore.
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
