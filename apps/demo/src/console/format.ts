/** Money and sizes as the console writes them: `1.234.000 ₫` (`@dvc-kit/vn`), file sizes in the page's locale. DOM-free. */
import { formatVND } from '@dvc-kit/vn/money';
import type { ConsoleLang } from './text.js';

/** `1.234.000 ₫`; the number as it came when it is not one formatVND takes (never hidden). */
export function formatMoney(amount: number): string {
  try {
    return formatVND(amount);
  } catch {
    return String(amount);
  }
}

/** `12,5 kB` / `12.5 kB`, `3 MB`, `512 byte`. */
export function formatSize(bytes: number, lang: ConsoleLang): string {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const format = (value: number, unit: string) => new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
  if (!Number.isFinite(bytes) || bytes < 0) return String(bytes);
  if (bytes < 1024) return format(bytes, 'byte');
  return bytes < 1024 * 1024 ? format(bytes / 1024, 'kilobyte') : format(bytes / 1024 / 1024, 'megabyte');
}
