/**
 * Shared plumbing of the `*.stories.browser.test.ts` files: the stories of a CSF module, a fresh host
 * per test, rendering a story with its args and waiting for the element, and axe-core's verdict.
 */
import { html, nothing, render } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import 'axe-core/axe.js'; // UMD build: defines window.axe

type Axe = typeof import('axe-core');
const axe = (window as unknown as { axe: Axe }).axe;

/** The named stories of a CSF module (every export but `default` that is a story object). */
export function storiesOf<Args>(module: Record<string, unknown>): [string, StoryObj<Args>][] {
  return Object.entries(module).filter(
    (entry): entry is [string, StoryObj<Args>] => entry[0] !== 'default' && typeof entry[1] === 'object' && entry[1] !== null,
  );
}

/** A `<main>` host in a Vietnamese page, made before and removed after each test. */
export function useStoryHost(): () => HTMLElement {
  let host: HTMLElement;
  beforeEach(() => {
    document.documentElement.lang = 'vi';
    host = document.createElement('main');
    document.body.append(host);
  });
  afterEach(() => {
    render(nothing, host);
    host.remove();
  });
  return () => host;
}

/** The story's args merged over its meta's. */
export function argsOf<Args>(meta: Meta<Args>, story: StoryObj<Args>): Args {
  return { ...meta.args, ...story.args } as Args;
}

/**
 * Renders a story into the host and waits for the element `tag` (when the story has one): its first
 * update, then one more turn for work stories do after it (choosing files, reporting validity).
 */
export async function renderStory<Args, E extends HTMLElement & { updateComplete: Promise<boolean> }>(
  meta: Meta<Args>,
  story: StoryObj<Args>,
  host: HTMLElement,
  tag: string,
): Promise<E | null> {
  const renderFn = (story.render ?? meta.render!) as (args: Args) => unknown;
  render(html`${renderFn(argsOf(meta, story))}`, host);
  const element = host.querySelector<E>(tag);
  if (element) {
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
  }
  return element;
}

/** axe-core's violations in the host, one line each (`rule: targets`). */
export async function axeViolations(host: HTMLElement): Promise<string[]> {
  const results = await axe.run(host);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The text an element shows in its shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

/** The native controls in an element's shadow root. */
export function controls(element: Element): Element[] {
  return [...(element.shadowRoot?.querySelectorAll('input, select, textarea') ?? [])];
}

/** Fails with axe-core's full report (rule, impact, help, and each node's failure) when the host has violations. */
export async function expectNoAxeViolations(host: HTMLElement, expect: (actual: unknown, message?: string) => { to: { deep: { equal(value: unknown): void } } }): Promise<void> {
  const result = await axe.run(host, { resultTypes: ['violations'] });
  const report = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(report, report.join('\n')).to.deep.equal([]);
}
