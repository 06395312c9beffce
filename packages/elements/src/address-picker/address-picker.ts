import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { foldVietnamese } from '@dvc-kit/vn/text';
import { findProvince, formatAddress, loadCommunes, provinces, type AdminUnit, type Commune, type Province } from '@dvc-kit/vn/units';
import { DvcChangeEvent } from '../events/dvc-change.js';
import { DvcFormControl, type ControlValidity } from '../shared/form-control.js';
import { upgradeProperties } from '../shared/upgrade-properties.js';
import { describedBy, errorId, hintId, renderError, renderHint, renderLabel, renderRequiredMark } from '../shared/field.js';
import { ADDRESS_MESSAGES, type AddressMessages } from './messages.js';
import { LocaleController, resolveLocale } from '../shared/locale.js';
import { styles } from './address-picker.styles.js';
import {
  EMPTY_ADDRESS,
  isEmptyAddress,
  missingParts,
  editedAddress,
  toAddressValue,
  type AddressPart,
  type AddressValue,
} from './internal/address-value.js';
import { buildOptions, filterUnits, isListKey, moveActive, type UnitOption } from './internal/options.js';

export type { AddressValue };

/** Loads the communes of one province; `loadCommunes` of `@dvc-kit/vn` by default. */
export type CommuneLoader = (provinceCode: string) => Promise<readonly Commune[]>;

type ComboName = 'province' | 'commune';

/** What one combobox shows besides the chosen unit. `query` null: the input shows the chosen unit's name. */
type ComboState = { query: string | null; open: boolean; active: number };

type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

const CLOSED: ComboState = Object.freeze({ query: null, open: false, active: -1 });

const PROVINCES: readonly Province[] = provinces();

/** Id of the scaffold of the whole address (its error: `address-error`); no input has it. */
const ADDRESS_ID = 'address';

/** Class and parts of a part's wrapper: marked `field--error` and part `field-invalid` while its error shows. */
function fieldWrapper(invalid: boolean): { class: string; part: string } {
  return invalid ? { class: 'field field--error', part: 'field field-invalid' } : { class: 'field', part: 'field' };
}


/**
 * A Vietnamese address: province or city, then ward, commune or special zone (the 2025 two-level units),
 * then house number and street. Both unit fields are comboboxes searchable by typing, ignoring case and
 * diacritics. A province's communes are loaded when it is chosen. Form-associated: inside a native `<form>`
 * it contributes its value (as JSON, under its `name`) and its validity.
 *
 * @summary Province, commune and street of a Vietnamese address.
 *
 * @fires {CustomEvent<{ data: AddressValue; valid: boolean }>} dvc-change - The citizen chose a unit, cleared one or typed in the street (`DvcChangeEvent`).
 *
 * @csspart base - The fieldset grouping the three fields.
 * @csspart legend - The legend of the fieldset.
 * @csspart field - The wrapper of one field.
 * @csspart field-invalid - A field wrapper whose error is shown.
 * @csspart field-label - A field's label.
 * @csspart field-hint - The address's hint (`hint`), or the commune field's: choose a province first, loading, or a
 *   failed load.
 * @csspart field-error - A field's inline error message.
 * @csspart input - The two combobox inputs and the street input.
 * @csspart combobox - The two combobox inputs.
 * @csspart popup - The box under a combobox with its options (or "no matches").
 * @csspart listbox - The list of options.
 * @csspart option - One option.
 * @csspart retry-button - The button that loads the communes again after a failure.
 *
 * @cssprop --dvc-font-family - Font.
 * @cssprop --dvc-font-size - Base font size.
 * @cssprop --dvc-color-text - Text colour.
 * @cssprop --dvc-color-muted - Hint text colour.
 * @cssprop --dvc-color-background - Background of inputs and the popup.
 * @cssprop --dvc-color-border - Border of inputs and the popup.
 * @cssprop --dvc-color-accent - Background of the active option.
 * @cssprop --dvc-color-accent-contrast - Text of the active option.
 * @cssprop --dvc-color-error - Error messages and invalid inputs.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-field-gap - Space between the three fields.
 * @cssprop --dvc-radius - Corner radius of inputs.
 * @cssprop --dvc-address-picker-listbox-max-height - Height of the option list before it scrolls.
 *
 * @cssstate invalid - The value is not valid.
 * @cssstate user-invalid - Some errors are shown (a field was touched, or validity was reported).
 * @cssstate loading - The communes of the chosen province are loading.
 */
export class DvcAddressPicker extends DvcFormControl {
  static override styles = styles;
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /**
   * The reactive properties and their attributes, declared without decorators so that the chunk loads none of
   * Lit's decorator code. Each property is documented where its field is declared below.
   */
  /**
   * How `<dvc-dossier-form>` writes this picker's change into its address value, keeping what the citizen did not
   * change (with the picker, so pages without an address field do not load it).
   * @internal
   */
  static editedValue = editedAddress;

  static override properties = {
    lang: { reflect: true },
    label: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    name: { reflect: true },
    communeLoader: { attribute: false },
    errorMessage: { attribute: 'error-message' },
    hint: {},
    _value: { state: true },
    _combo: { state: true },
    _communes: { state: true },
    _loadStatus: { state: true },
    _touched: { state: true },
    _submitted: { state: true },
  };

  /** `vi` or `en`. When absent: the nearest ancestor's `lang`, then `<html lang>`, else `vi`. */
  override lang = '';

  /** Text of the legend; defaults to "Địa chỉ" / "Address". */
  label?: string;

  /** Province, commune and street must all be given. (When optional, an address once begun still needs its province and commune.) */
  required = false;

  /** Every input disabled; the picker contributes nothing to a native form. */
  disabled = false;

  /** Every input read-only: the address can be read and copied, not changed. */
  readonly = false;

  /** Name under which the value (JSON) is sent with a native `<form>`. */
  name = '';

  /** How a province's communes are loaded; `loadCommunes` of `@dvc-kit/vn` (one file per province) by default. */
  communeLoader?: CommuneLoader;

  /**
   * An error about the whole address from the page or a host form (`<dvc-dossier-form>` hands over its check of the
   * field): shown under the legend and read with the input to correct, which is marked invalid. While set, the
   * picker is invalid (`customError`) unless its own check already fails. Empty: none (attribute `error-message`).
   */
  errorMessage = '';

  /**
   * Help text about the whole address (a procedure's description of the field), shown under the legend and read
   * with the group (the fieldset's `aria-describedby`).
   */
  hint?: string;

  // Internal reactive state (declared in `properties`).
  private _value: AddressValue = { ...EMPTY_ADDRESS };
  private _combo: Readonly<Record<ComboName, ComboState>> = { province: CLOSED, commune: CLOSED };
  private _communes: readonly Commune[] | null = null;
  private _loadStatus: LoadStatus = 'idle';
  private _touched: ReadonlySet<AddressPart> = new Set();
  private _submitted = false;

  readonly #localeController = new LocaleController(this);
  #messages: AddressMessages = ADDRESS_MESSAGES.vi;
  /** The value set by code: what a form reset restores. */
  #defaultValue: AddressValue = { ...EMPTY_ADDRESS };
  /** Province whose communes are loaded, loading or failed. */
  #communesFor = '';
  #loadGeneration = 0;
  #pending: Promise<void> | null = null;
  #scrollActive = false;

  constructor() {
    super();
    upgradeProperties(this, ['value']);
  }

  // ---------------------------------------------------------------- public API

  /**
   * `{provinceCode, communeCode, street}`, codes of the 2025 units (empty strings when not chosen).
   * Setting a different address replaces it as a prefill (touched and reported errors are reset); setting
   * the same address does nothing. Never fires `dvc-change`.
   */
  get value(): AddressValue {
    return { ...this._value };
  }

  set value(value: AddressValue | null | undefined) {
    const next = toAddressValue(value);
    // The same address again (e.g. a host form echoing back what the citizen chose) changes nothing.
    if (next.provinceCode === this._value.provinceCode && next.communeCode === this._value.communeCode && next.street === this._value.street) return;
    this._value = next;
    this.#defaultValue = next;
    this._combo = { province: CLOSED, commune: CLOSED };
    this._touched = new Set();
    this._submitted = false;
  }

  /** The whole address on one line, e.g. `12 Lý Thái Tổ, Phường Hoàn Kiếm, Thành phố Hà Nội`; parts not chosen are left out. */
  get addressText(): string {
    return formatAddress({ street: this._value.street, province: this.#province(), commune: this.#commune() });
  }

  /** Whether the current value is valid. */
  get valid(): boolean {
    return this.#missing().length === 0;
  }

  // ------------------------------------------------------ form-associated callbacks

  /** @internal */
  formResetCallback(): void {
    this._value = { ...this.#defaultValue };
    this._combo = { province: CLOSED, commune: CLOSED };
    this._touched = new Set();
    this._submitted = false;
  }

  /** @internal */
  formStateRestoreCallback(saved: unknown): void {
    if (typeof saved !== 'string') return;
    try {
      this.value = toAddressValue(JSON.parse(saved));
    } catch {
      // A restored value we did not write: keep the current one.
    }
  }

  // ---------------------------------------------------------------- lifecycle

  protected override async getUpdateComplete(): Promise<boolean> {
    // Also wait for the communes of the chosen province, so that `addressText` and validity are final.
    let result = await super.getUpdateComplete();
    for (let round = 0; (this.#pending || !result || this.isUpdatePending) && round < 10; round++) {
      if (this.#pending) await this.#pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang')) this.#localeController.locale = resolveLocale(this);
    this.#messages = ADDRESS_MESSAGES[this.#localeController.locale];
    if (this.#communesFor !== this._value.provinceCode || changed.has('communeLoader')) this.#loadCommunes();
  }

  protected override updated(): void {
    this.#syncInternals();
    if (this.#scrollActive) {
      this.#scrollActive = false;
      this.renderRoot.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    }
  }

  // ---------------------------------------------------------------- units

  #province(): Province | undefined {
    return this._value.provinceCode ? findProvince(this._value.provinceCode) : undefined;
  }

  #commune(): Commune | undefined {
    const code = this._value.communeCode;
    if (!code || !this._communes || this.#communesFor !== this._value.provinceCode) return undefined;
    return this._communes.find((c) => c.code === code);
  }

  /** Whether a commune is chosen. While its province's list loads (or failed to) the code is trusted. */
  #hasCommune(): boolean {
    if (!this._value.communeCode || !this.#province()) return false;
    return this._loadStatus === 'loaded' ? this.#commune() !== undefined : true;
  }

  #units(name: ComboName): readonly AdminUnit[] {
    return name === 'province' ? PROVINCES : (this._communes ?? []);
  }

  #chosen(name: ComboName): AdminUnit | undefined {
    return name === 'province' ? this.#province() : this.#commune();
  }

  #options(name: ComboName): UnitOption[] {
    const query = this._combo[name].query ?? '';
    return buildOptions(filterUnits(this.#units(name), query), `${name}-option`);
  }

  #loadCommunes(force = false): void {
    const code = this._value.provinceCode;
    if (!force && this.#communesFor === code && this._loadStatus !== 'error') return;
    const generation = ++this.#loadGeneration;
    this.#communesFor = code;
    this._communes = null;
    if (!findProvince(code)) {
      this._loadStatus = 'idle';
      this.#pending = null;
      return;
    }
    this._loadStatus = 'loading';
    const loader = this.communeLoader ?? loadCommunes;
    this.#pending = Promise.resolve()
      .then(() => loader(code))
      .then(
        (list) => {
          if (generation !== this.#loadGeneration) return;
          this._communes = list;
          this._loadStatus = 'loaded';
          // Typed while the list was loading: highlight the best match now, so Enter chooses it.
          const combo = this._combo.commune;
          if (combo.open && combo.active < 0 && filterUnits(list, combo.query ?? '').length > 0) {
            this.#setCombo('commune', { ...combo, active: 0 });
          }
        },
        () => {
          if (generation !== this.#loadGeneration) return;
          this._loadStatus = 'error';
        },
      )
      .finally(() => {
        if (generation === this.#loadGeneration) this.#pending = null;
      });
  }

  // ---------------------------------------------------------------- validity

  #missing(): AddressPart[] {
    return missingParts(
      { hasProvince: this.#province() !== undefined, hasCommune: this.#hasCommune(), street: this._value.street },
      this.required,
    );
  }

  /** Whether the error of `part` is shown: after it was touched, or once validity was reported. */
  #shows(part: AddressPart, missing: readonly AddressPart[]): boolean {
    if (!missing.includes(part) || this.readonly) return false;
    // No commune error before a province is chosen: the province error says what to do first.
    if (part === 'commune' && !this.#province()) return false;
    return this._submitted || this._touched.has(part);
  }

  #errorText(part: AddressPart): string {
    const m = this.#messages;
    return part === 'province' ? m.addressMissingProvince : part === 'commune' ? m.addressMissingCommune : m.addressMissingStreet;
  }

  protected override _currentValidity(): ControlValidity | null {
    const first = this.readonly ? undefined : this.#missing()[0];
    // The anchor (the input to focus) exists from the first render on.
    if (first) return { flags: { valueMissing: true }, message: this.#errorText(first), anchor: first };
    return this.errorMessage ? { flags: { customError: true }, message: this.errorMessage, anchor: this.#partToCorrect() } : null;
  }

  /** The input an error about the whole address concerns: the first part missing, else the province. */
  #partToCorrect(): AddressPart {
    return (this.readonly ? undefined : this.#missing()[0]) ?? 'province';
  }

  /** `focus()` goes to the input to correct (from an error summary's link, say), not always to the province. */
  protected override _focusTarget(): HTMLElement | null {
    return this.shadowRoot?.getElementById(this.#partToCorrect()) ?? null;
  }

  #syncInternals(): void {
    this._setFormValue(isEmptyAddress(this._value) ? null : JSON.stringify(this._value));
    this._syncValidity();
    const missing = this.#missing();
    this._setStates({
      invalid: !this.readonly && missing.length > 0,
      'user-invalid': !!this.errorMessage || missing.some((part) => this.#shows(part, missing)),
      loading: this._loadStatus === 'loading',
    });
  }

  /** Show every error; focus the first invalid input when asked. */
  async #reveal(focus: boolean): Promise<void> {
    this._submitted = true;
    await this.updateComplete;
    if (!focus) return;
    const first = this.#missing()[0];
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  /** A citizen's native submit failed: show the errors, focusing the first to correct when asked to. */
  protected override _revealInvalid(takeFocus: boolean): boolean {
    void this.#reveal(takeFocus);
    return true;
  }

  // ---------------------------------------------------------------- behaviour

  get #inert(): boolean {
    return this.disabled || this._formDisabled || this.readonly;
  }

  #emitChange(): void {
    this.dispatchEvent(new DvcChangeEvent({ data: this.value, valid: this.valid }));
  }

  #setCombo(name: ComboName, next: ComboState): void {
    this._combo = { ...this._combo, [name]: next };
  }

  #open(name: ComboName, active: number): void {
    this.#setCombo(name, { ...this._combo[name], open: true, active });
    this.#scrollActive = true;
  }

  /** Choose a unit (or none), close the list and show the unit's name. Fires `dvc-change` when the value changed. */
  #choose(name: ComboName, code: string): void {
    this.#setCombo(name, CLOSED);
    if (name === 'province') {
      if (code === this._value.provinceCode) return;
      this._value = { ...this._value, provinceCode: code, communeCode: '' };
      this.#setCombo('commune', CLOSED);
    } else {
      if (code === this._value.communeCode) return;
      this._value = { ...this._value, communeCode: code };
    }
    this.#emitChange();
  }

  #comboOf(event: Event): ComboName {
    return (event.currentTarget as HTMLElement).dataset.combo as ComboName;
  }

  #onComboInput(event: InputEvent): void {
    const name = this.#comboOf(event);
    const query = (event.currentTarget as HTMLInputElement).value;
    // The first match is active, so Enter chooses it (the WAI-ARIA "list autocomplete with automatic selection").
    const count = filterUnits(this.#units(name), query).length;
    this.#setCombo(name, { query, open: true, active: count > 0 ? 0 : -1 });
    this.#scrollActive = true;
  }

  #onComboClick(event: MouseEvent): void {
    if (this.#inert) return;
    const name = this.#comboOf(event);
    const combo = this._combo[name];
    if (combo.open) this.#setCombo(name, { ...combo, open: false });
    else this.#open(name, this.#selectedIndex(name));
  }

  /** Index of the chosen unit among the options shown, or -1. */
  #selectedIndex(name: ComboName): number {
    const chosen = this.#chosen(name);
    return chosen ? this.#options(name).findIndex((o) => o.code === chosen.code) : -1;
  }

  #onComboKeydown(event: KeyboardEvent): void {
    if (this.#inert) return;
    const name = this.#comboOf(event);
    const combo = this._combo[name];
    const options = this.#options(name);
    const key = event.key;
    if (event.altKey && (key === 'ArrowDown' || key === 'ArrowUp')) {
      event.preventDefault();
      if (key === 'ArrowDown' && !combo.open) this.#open(name, this.#selectedIndex(name));
      if (key === 'ArrowUp' && combo.open) this.#setCombo(name, { ...combo, open: false });
      return;
    }
    if (isListKey(key)) {
      if (!combo.open) {
        // Home and End move the text cursor while the list is closed.
        if (key !== 'ArrowDown' && key !== 'ArrowUp') return;
        event.preventDefault();
        const selected = this.#selectedIndex(name);
        this.#open(name, selected >= 0 ? selected : moveActive(key, -1, options.length));
        return;
      }
      event.preventDefault();
      this.#setCombo(name, { ...combo, active: moveActive(key, combo.active, options.length) });
      this.#scrollActive = true;
      return;
    }
    switch (key) {
      case 'Enter': {
        const option = combo.open ? options[combo.active] : undefined;
        if (option) {
          event.preventDefault();
          this.#choose(name, option.code);
        } else if (!combo.open) {
          // As in a native text field: Enter submits the form.
          this.form?.requestSubmit();
        }
        break;
      }
      case 'Escape':
        if (combo.open) {
          event.preventDefault();
          this.#setCombo(name, CLOSED);
        } else if ((event.currentTarget as HTMLInputElement).value !== '') {
          // Escape on a closed combobox clears it (WAI-ARIA combobox pattern).
          event.preventDefault();
          this.#choose(name, '');
        }
        break;
      case 'Tab': {
        // Leaving with a highlighted option accepts it, as the typed text points at it.
        const option = combo.open ? options[combo.active] : undefined;
        if (option) this.#choose(name, option.code);
        break;
      }
    }
  }

  #onComboBlur(event: FocusEvent): void {
    const name = this.#comboOf(event);
    const combo = this._combo[name];
    const query = combo.query;
    if (query !== null) {
      if (query.trim() === '') {
        this.#choose(name, '');
      } else {
        // Typed a unit's name exactly (without choosing it): take it. Otherwise show the chosen unit again.
        const folded = foldVietnamese(query);
        const exact = this.#units(name).filter((u) => foldVietnamese(u.name) === folded || foldVietnamese(u.shortName) === folded);
        if (exact.length === 1) this.#choose(name, exact[0]!.code);
        else this.#setCombo(name, CLOSED);
      }
    } else if (combo.open) {
      this.#setCombo(name, CLOSED);
    }
    this.#touch(name);
  }

  #touch(part: AddressPart): void {
    if (this._touched.has(part)) return;
    this._touched = new Set([...this._touched, part]);
  }

  #onListMousedown(event: MouseEvent): void {
    // Keep focus in the input while an option is clicked.
    event.preventDefault();
  }

  #onListClick(event: MouseEvent): void {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const list = event.currentTarget as HTMLElement;
    if (!option || this.#inert) return;
    this.#choose(list.dataset.combo as ComboName, option.dataset.code!);
  }

  #onStreetInput(event: InputEvent): void {
    if (this.#inert) return;
    this._value = { ...this._value, street: (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value };
    this.#emitChange();
  }

  #onStreetKeydown(event: KeyboardEvent): void {
    // As in a native text field: Enter submits the form.
    if (event.key === 'Enter' && !this.#inert) this.form?.requestSubmit();
  }

  #onStreetBlur(): void {
    this.#touch('street');
  }

  #onRetry(): void {
    this.#loadCommunes(true);
    // The button goes away while loading: keep focus where the citizen was heading.
    this.renderRoot.querySelector<HTMLElement>('#commune')?.focus();
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const m = this.#messages;
    const missing = this.#missing();
    const disabled = this.disabled || this._formDisabled;
    return html`<fieldset
      class=${this.errorMessage ? 'base field field--error' : 'base'}
      part="base"
      aria-describedby=${ifDefined(this.hint ? hintId(ADDRESS_ID) : undefined)}
      ?disabled=${disabled}
    >
      <legend class="legend" part="legend">${this.label || m.addressLegend}${renderRequiredMark(this.required)}</legend>
      ${renderHint(ADDRESS_ID, this.hint)}${renderError(ADDRESS_ID, this.errorMessage, m.errorPrefix)}
      ${this.#renderCombo('province', m.addressProvince, missing)} ${this.#renderCombo('commune', m.addressCommune, missing)}
      ${this.#renderStreet(missing)}
    </fieldset>`;
  }

  /** The `aria-describedby` of a part's input: its hint, its own error, and the error about the whole address. */
  #describedBy(part: AddressPart, hint: boolean, shown: boolean): string | undefined {
    const own = describedBy(part, hint, shown);
    const whole = this.errorMessage && part === this.#partToCorrect() ? errorId(ADDRESS_ID) : '';
    return [own, whole].filter(Boolean).join(' ') || undefined;
  }

  /** Whether a part's input shows as invalid: its own error, or the whole address's when it is the one to correct. */
  #invalid(part: AddressPart, shown: boolean): 'true' | undefined {
    return shown || (!!this.errorMessage && part === this.#partToCorrect()) ? 'true' : undefined;
  }

  /** The commune field's hint: what to do first, or the state of the list. Announced as it changes. */
  #renderCommuneHint(): TemplateResult {
    const m = this.#messages;
    let content: unknown = nothing;
    if (!this.#province()) content = m.addressChooseProvinceFirst;
    else if (this._loadStatus === 'loading') content = m.addressLoadingCommunes;
    else if (this._loadStatus === 'error')
      content = html`${m.addressLoadFailed}<button
          type="button"
          class="button"
          part="retry-button"
          @click=${this.#onRetry}
        >
          ${m.addressRetry}
        </button>`;
    return html`<div class="hint" id=${hintId('commune')} part="field-hint" role="status">${content}</div>`;
  }

  #renderCombo(name: ComboName, label: string, missing: readonly AddressPart[]): TemplateResult {
    const combo = this.#inert ? CLOSED : this._combo[name];
    const shown = this.#shows(name, missing);
    const noProvince = name === 'commune' && !this.#province();
    const options = combo.open ? this.#options(name) : [];
    const expanded = combo.open && options.length > 0;
    const activeId = expanded ? options[combo.active]?.id : undefined;
    const text = combo.query ?? this.#chosen(name)?.name ?? '';
    const hint = name === 'commune' ? this.#renderCommuneHint() : nothing;
    const hasHint = name === 'commune' && (noProvince || this._loadStatus === 'loading' || this._loadStatus === 'error');
    const m = this.#messages;
    const note =
      combo.open && !expanded
        ? name === 'commune' && this._loadStatus === 'loading'
          ? m.addressLoadingCommunes
          : name === 'commune' && this._loadStatus === 'error'
            ? m.addressLoadFailed
            : m.addressNoMatch
        : '';
    const wrapper = fieldWrapper(shown);
    return html`<div class=${wrapper.class} part=${wrapper.part}>
      ${renderLabel(name, label, this.required)} ${hint}${renderError(name, shown ? this.#errorText(name) : '', m.errorPrefix)}
      <div class="combo">
        <input
          id=${name}
          class="input"
          part="input combobox"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          data-combo=${name}
          aria-autocomplete="list"
          aria-controls="${name}-listbox"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-activedescendant=${ifDefined(activeId)}
          aria-invalid=${ifDefined(this.#invalid(name, shown))}
          aria-describedby=${ifDefined(this.#describedBy(name, hasHint, shown))}
          ?required=${this.required}
          ?readonly=${this.readonly}
          ?disabled=${noProvince}
          .value=${live(text)}
          @input=${this.#onComboInput}
          @keydown=${this.#onComboKeydown}
          @click=${this.#onComboClick}
          @blur=${this.#onComboBlur}
        />
        <div class="popup" part="popup" ?hidden=${!combo.open}>
          <ul
            id="${name}-listbox"
            class="listbox"
            part="listbox"
            role="listbox"
            aria-labelledby="${name}-label"
            data-combo=${name}
            ?hidden=${!expanded}
            @mousedown=${this.#onListMousedown}
            @click=${this.#onListClick}
          >
            ${options.map(
              (option, i) =>
                html`<li
                  id=${option.id}
                  class="option"
                  part="option"
                  role="option"
                  data-code=${option.code}
                  aria-selected=${i === combo.active ? 'true' : 'false'}
                >
                  ${option.label}
                </li>`,
            )}
          </ul>
          ${note ? html`<p class="popup-note">${note}</p>` : nothing}
        </div>
        <div class="visually-hidden" role="status">${expanded ? m.addressResults(options.length) : ''}</div>
      </div>
    </div>`;
  }

  #renderStreet(missing: readonly AddressPart[]): TemplateResult {
    const shown = this.#shows('street', missing);
    const wrapper = fieldWrapper(shown);
    const invalid = ifDefined(this.#invalid('street', shown));
    const describedBy = ifDefined(this.#describedBy('street', false, shown));
    // A street given on several lines keeps them in a textarea (a single-line input would drop the line breaks
    // at the first keystroke); decided by the prefill too, so deleting the line break does not swap the control.
    const multiline = /[\r\n]/.test(this.#defaultValue.street) || /[\r\n]/.test(this._value.street);
    const control = multiline
      ? html`<textarea
          id="street"
          class="input"
          part="input"
          rows="3"
          autocomplete="address-line1"
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          ?required=${this.required}
          ?readonly=${this.readonly}
          .value=${live(this._value.street)}
          @input=${this.#onStreetInput}
          @blur=${this.#onStreetBlur}
        ></textarea>`
      : html`<input
          id="street"
          class="input"
          part="input"
          type="text"
          autocomplete="address-line1"
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          ?required=${this.required}
          ?readonly=${this.readonly}
          .value=${live(this._value.street)}
          @input=${this.#onStreetInput}
          @keydown=${this.#onStreetKeydown}
          @blur=${this.#onStreetBlur}
        />`;
    return html`<div class=${wrapper.class} part=${wrapper.part}>
      ${renderLabel('street', this.#messages.addressStreet, this.required)}
      ${renderError('street', shown ? this.#errorText('street') : '', this.#messages.errorPrefix)}${control}
    </div>`;
  }
}
