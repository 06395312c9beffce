/** The value of `<dvc-address-picker>`: codes of the 2025 units, and the street line as typed. */
export type AddressValue = {
  /** 2-digit province code, e.g. `42`; empty when none is chosen. */
  provinceCode: string;
  /** 5-digit commune code, e.g. `18073`; empty when none is chosen. */
  communeCode: string;
  /** House number, street, village or residential group, as typed. */
  street: string;
};

export const ADDRESS_PARTS = ['province', 'commune', 'street'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

export const EMPTY_ADDRESS: Readonly<AddressValue> = Object.freeze({ provinceCode: '', communeCode: '', street: '' });

/** A value from outside (a property, a restored form state) as an `AddressValue`: missing or wrong fields become empty. */
export function toAddressValue(input: unknown): AddressValue {
  const source = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  return { provinceCode: text(source.provinceCode), communeCode: text(source.communeCode), street: text(source.street) };
}

export function isEmptyAddress(value: AddressValue): boolean {
  return value.provinceCode === '' && value.communeCode === '' && value.street.trim() === '';
}

/**
 * The parts of an address that are missing, in reading order. `hasProvince` and `hasCommune` say whether the
 * codes name real units. When required, all three parts are needed. When optional, an empty address is fine,
 * but an address begun (a street or a province) needs its province and commune; the street stays optional.
 */
export function missingParts(
  parts: { hasProvince: boolean; hasCommune: boolean; street: string },
  required: boolean,
): AddressPart[] {
  const hasStreet = parts.street.trim() !== '';
  const begun = parts.hasProvince || parts.hasCommune || hasStreet;
  if (!required && !begun) return [];
  const missing: AddressPart[] = [];
  if (!parts.hasProvince) missing.push('province');
  if (!parts.hasCommune) missing.push('commune');
  if (required && !hasStreet) missing.push('street');
  return missing;
}

/**
 * An address field's value after the picker changed: only the parts the citizen changed are written (a blank one
 * is removed), so every other key of the value stays as it was (a prefill's extra keys, a code given as a number,
 * an own "__proto__"). `undefined` when nothing is left.
 */
export function editedAddress(previous: unknown, picked: AddressValue): Record<string, unknown> | undefined {
  const result: Record<string, unknown> = typeof previous === 'object' && previous !== null && !Array.isArray(previous) ? { ...previous } : {};
  for (const key of ['provinceCode', 'communeCode', 'street'] as const) {
    const was = Object.hasOwn(result, key) ? result[key] : undefined;
    // Unchanged from what the picker showed (toAddressValue: a number as text, anything else as empty).
    if (picked[key] === (typeof was === 'number' ? String(was) : typeof was === 'string' ? was : '')) continue;
    if (picked[key].trim() === '') delete result[key];
    else result[key] = picked[key];
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
