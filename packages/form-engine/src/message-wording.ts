/**
 * Helpers the dictionaries (`messages-vi.ts`, `messages-en.ts`) word their messages with. A module of their own:
 * the core page loads `messages.ts` but no dictionary, and a bundler keeps a module shared with a lazy chunk
 * whole in the page.
 */
import type { MessageContext } from './messages.js';

/**
 * A number as the locale writes it (1.250,5 in Vietnamese, 1,250.5 in English). Not Intl.NumberFormat: making
 * the first one costs about 20 ms (locale data), which landed in the citizen's first keystroke.
 */
export const num = (c: MessageContext, value: unknown): string => {
  if (typeof value !== 'number') return String(value);
  const text = String(Math.abs(value));
  // 1e21, 1e-7: rare limits; the platform writes them.
  if (!/^\d+(\.\d+)?$/.test(text)) return value.toLocaleString(c.locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 20 });
  const [whole, fraction] = text.split('.') as [string, string?];
  const [group, decimal] = c.locale === 'vi' ? ['.', ','] : [',', '.'];
  return `${value < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, group)}${fraction ? decimal + fraction : ''}`;
};
export const isChoice = (kind: string) => kind === 'select' || kind === 'radio' || kind === 'alternatives' || kind === 'checkboxes';
