/** File names as the stores keep them. */

/** A file name the stores keep as it is: 1 to 255 characters, no control characters, no unpaired surrogate. */
export function storableFileName(name: string): boolean {
  return name.length >= 1 && name.length <= 255 && !/[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name);
}
