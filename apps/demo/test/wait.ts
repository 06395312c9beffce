import { waitUntil as waitUntilOnce } from '@open-wc/testing';

/**
 * `waitUntil` of @open-wc/testing with room for a busy CI machine: the pages load their data and lazy chunks over
 * HTTP, which can take more than its default second when every test runner shares two cores. A condition that holds
 * returns at once; only a real failure waits the whole time.
 */
export function waitUntil(
  condition: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOnce(condition, message, { timeout: 10_000, ...options });
}
