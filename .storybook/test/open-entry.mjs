// Shows Storybook entries (stories and Docs pages) in a preview page and reports every way it can fail: Storybook's
// error display, a render phase that errored, an uncaught exception, a console error, a failed or refused request
// (a module that did not load), or no rendered signal in time.
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The browser asks for /favicon.ico by itself; Storybook ships an SVG icon, so that one 404 is not the story's. */
const isFavicon = (url) => new URL(url).pathname === '/favicon.ico';

/**
 * Resolves in the page once the entry has rendered (`{ done: true }`) or shows an error (`{ error }`); null meanwhile.
 * A story is done when its render reached `completed`/`finished`; a Docs page when the preview emitted `docsRendered`.
 */
function renderedSignal(entryId) {
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent?.trim();
    const stack = document.querySelector('#error-stack')?.textContent?.trim();
    return { error: `Storybook shows an error: ${message || '(no message)'}${stack ? `\n${stack.slice(0, 600)}` : ''}` };
  }
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  if (render?.type === 'docs') {
    return window.__STORYBOOK_ADDONS_CHANNEL__?.last('docsRendered')?.[0] === entryId ? { done: true } : null;
  }
  if (render?.id !== entryId) return null;
  if (render.phase === 'completed' || render.phase === 'finished') return { done: true };
  if (render.phase === 'errored' || render.phase === 'aborted') return { error: `the story's render ${render.phase}` };
  return null;
}

/**
 * One preview page that shows entry after entry, the way Storybook's manager switches stories (`setCurrentStory`),
 * so the dev server transforms each module once. The first entry, and every entry after one that failed, gets a
 * fresh page load, so a broken story cannot leave its state to the next.
 */
export class PreviewPage {
  #browser;
  #baseUrl;
  #page = null;
  #problems = [];

  constructor(browser, baseUrl) {
    this.#browser = browser;
    this.#baseUrl = baseUrl;
  }

  /** Problems seen while showing the entry: empty when it rendered cleanly. */
  async show(entry, { timeoutMs = 30_000 } = {}) {
    this.#problems = [];
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    if (this.#page) {
      await this.#page.evaluate(
        ([storyId, mode]) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: mode }),
        [entry.id, viewMode],
      );
    } else {
      this.#page = await this.#newPage();
      await this.#page.goto(`${this.#baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`);
    }
    const outcome = await this.#waitForRender(entry.id, timeoutMs);
    if (outcome.error) this.#problems.unshift(outcome.error);
    // Work a story starts after its render (a schema fetched by URL, a language loaded) still has a moment to fail.
    else await this.#page.waitForTimeout(100);
    const problems = this.#problems;
    if (problems.length) await this.close();
    return problems;
  }

  /**
   * Storybook's render outcome. The dev server may reload the page once (Vite, having optimized a dependency it met
   * late): the wait then starts again in the reloaded page.
   */
  async #waitForRender(entryId, timeoutMs) {
    for (let attempt = 1; ; attempt++) {
      try {
        const handle = await this.#page.waitForFunction(renderedSignal, entryId, { timeout: timeoutMs, polling: 100 });
        return await handle.jsonValue();
      } catch (error) {
        const reloaded = /context was destroyed|navigat/i.test(error.message);
        if (reloaded && attempt < 3) continue;
        return { error: `not rendered within ${timeoutMs / 1000} s (${error.message.split('\n')[0]})` };
      }
    }
  }

  async close() {
    const page = this.#page;
    this.#page = null;
    if (page) {
      page.removeAllListeners();
      await page.close();
    }
  }

  async #newPage() {
    const page = await this.#browser.newPage();
    const problems = () => this.#problems;
    page.on('pageerror', (error) => problems().push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !isFavicon(message.location().url || this.#baseUrl)) {
        problems().push(`console error: ${message.text()}`);
      }
    });
    page.on('requestfailed', (request) => problems().push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on('response', (response) => {
      if (response.status() >= 400 && !isFavicon(response.url())) problems().push(`HTTP ${response.status()}: ${response.url()}`);
    });
    return page;
  }
}
