import type { ReactiveControllerHost } from 'lit';
import type { Locale } from '@dvc-kit/form-engine/core';
import { hasLocale } from '../messages/index.js';
import { AsyncStateController } from '../shared/async-state.js';

/** When the wait for a language's text ends, while its download is under way (shared by the forms of a page). */
const languageWaitEnds = new Map<Locale, number>();

/**
 * The download of a language's text, which a first form waits for (so it never shows in Vietnamese first) but
 * not for ever. Ready once the text is there; failed (with the language) once given up: the download failed (not
 * tried again by this form) or took longer than the wait (the form shows in Vietnamese until the text arrives).
 */
export class LanguageWait {
  readonly #host: ReactiveControllerHost;
  readonly #download: AsyncStateController<Locale, Locale>;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    this.#download = new AsyncStateController(host);
  }

  /** The wait under way (null when none): `updateComplete` waits for it. */
  get pending(): Promise<void> | null {
    return this.#download.pending;
  }

  /** Whether the wanted language's text is still to come (not once given up: then the form is Vietnamese). */
  waitingFor(wanted: Locale): boolean {
    const { state } = this.#download;
    return !hasLocale(wanted) && !(state.status === 'failed' && state.failure === wanted);
  }

  /** A language chosen again is tried again (and waited for, what is left of the wait). */
  forgetGivenUp(): void {
    if (this.#download.status === 'failed') this.#download.set({ status: 'idle' });
  }

  /**
   * Loads a language's text once (one download at a time); the form keeps speaking Vietnamese until it is there,
   * or if it fails. A late text still turns the form when it arrives.
   */
  start(locale: Locale, load: (locale: Locale) => Promise<void>, waitMs: number): void {
    if (this.pending) return;
    // One wait per download: a form created while another waits, or after its wait ran out, waits only what is left.
    const now = Date.now();
    let waitEnds = languageWaitEnds.get(locale);
    if (waitEnds === undefined) languageWaitEnds.set(locale, (waitEnds = now + waitMs));
    const host = this.#host;
    this.#download.step(
      () =>
        new Promise<boolean>((done) => {
          const timer = setTimeout(() => done(false), waitEnds - now);
          const loaded = () => {
            languageWaitEnds.delete(locale);
            clearTimeout(timer);
            host.requestUpdate();
            done(hasLocale(locale));
          };
          // Called in a promise: a page's loader that throws (or returns no promise) counts as a failed download.
          Promise.resolve()
            .then(() => load(locale))
            .then(loaded, loaded);
        }),
      // Not there after loading (a failed download) or late: stay in Vietnamese, and do not try again and again.
      (loaded) => this.#download.set(loaded ? { status: 'ready', value: locale } : { status: 'failed', failure: locale }),
      () => this.#download.set({ status: 'failed', failure: locale }),
    );
  }
}
