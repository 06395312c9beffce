/**
 * A small fixed-window counter per key (client address, user name), in this process's memory. Enough for the demo
 * and for one instance; several instances behind a load balancer each count their own share (docs/deploy.md).
 */
export interface RateLimiter {
  /** Counts a try; returns 0 when it is allowed, else the seconds until the window ends. */
  hit(key: string, nowMs: number): number;
  /** The seconds until the key may try again without counting a try (0 when it may). */
  wait(key: string, nowMs: number): number;
  /** Forgets a key (after a successful login). */
  reset(key: string): void;
}

export function createRateLimiter(options: { max: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const maxKeys = options.maxKeys ?? 10_000;
  return {
    hit(key, nowMs) {
      let window = windows.get(key);
      if (!window || nowMs - window.start >= options.windowMs) {
        // Bounded memory: drop the oldest windows when too many clients are counted at once.
        if (!window && windows.size >= maxKeys) {
          for (const [oldKey, old] of windows) {
            if (nowMs - old.start >= options.windowMs || windows.size >= maxKeys) windows.delete(oldKey);
            if (windows.size < maxKeys / 2) break;
          }
        }
        window = { start: nowMs, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count <= options.max) return 0;
      return Math.max(1, Math.ceil((window.start + options.windowMs - nowMs) / 1000));
    },
    wait(key, nowMs) {
      const window = windows.get(key);
      if (!window || nowMs - window.start >= options.windowMs || window.count < options.max) return 0;
      return Math.max(1, Math.ceil((window.start + options.windowMs - nowMs) / 1000));
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
