import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@dvc-kit/form-engine';

/** The supported locale a `lang` value names, or null (e.g. `fr`, or empty). */
export function toLocale(lang: string | null | undefined): Locale | null {
  const tag = (lang ?? '').trim().toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'vi' || tag.startsWith('vi-')) return 'vi';
  return null;
}

/**
 * The element's locale: its own `lang`, else the nearest ancestor's (crossing shadow roots), else `<html lang>`,
 * else `vi`. An unsupported language falls back to `vi`.
 */
export function resolveLocale(element: Element): Locale {
  // The element's own property first: a reflected attribute is only written during its update.
  const own = (element as HTMLElement).lang;
  if (own) return toLocale(own) ?? 'vi';
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return toLocale(lang) ?? 'vi';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'vi';
}

const connected = new Set<LocaleController>();
let observer: MutationObserver | null = null;

/**
 * Keeps `locale` in step with the element's language. Watches `<html lang>` (one observer shared by all
 * elements), so a page that switches language updates every form.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = 'vi';
  private readonly host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(() => connected.forEach((c) => c.refresh()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    }
    this.locale = resolveLocale(this.host);
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  }

  /** Re-read the language; asks the host to update when it changed. */
  refresh(): void {
    const next = resolveLocale(this.host);
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }
}
