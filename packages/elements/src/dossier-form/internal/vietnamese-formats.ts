/** The names of `VN_FORMAT_NAMES` in `@dvc-kit/vn`, written out so that checking a schema loads nothing. */
export const VIETNAMESE_FORMAT_NAMES = ['cccd', 'vn-tax-code', 'vn-phone', 'vn-postal-code'] as const;

/** Whether a schema names one of the Vietnamese formats anywhere (a schema that is not JSON names none). */
export function usesVietnameseFormat(schema: unknown): boolean {
  let text: string | undefined;
  try {
    text = JSON.stringify(schema);
  } catch {
    return false; // not JSON: the engine says what is wrong with it
  }
  const json = text;
  return typeof json === 'string' && VIETNAMESE_FORMAT_NAMES.some((name) => json.includes(`"format":"${name}"`));
}
