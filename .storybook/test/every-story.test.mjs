/**
 * Every story and Docs page of the Storybook opens without an error, both in the dev server and in the static build:
 * the two ways designers see it. (Stories that rendered in web-test-runner still failed in `storybook dev` when a
 * module could not be loaded there, and only the static build ran in CI.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreviewPage, launchChromium } from './open-entry.mjs';
import { serveStaticBuild, startDevServer, staticIndex } from './storybook-servers.mjs';

const index = staticIndex();
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docsPages = entries.filter((entry) => entry.type === 'docs');

let browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['static build', serveStaticBuild],
  ['dev server', startDevServer],
])('Storybook %s', (_, start) => {
  let server;
  let preview;
  beforeAll(async () => {
    server = await start();
    preview = new PreviewPage(browser, server.url);
  });
  afterAll(async () => {
    await preview?.close();
    await server?.close();
  });

  it('lists the same stories and Docs pages as the static build', async () => {
    const served = await (await fetch(`${server.url}/index.json`)).json();
    expect(Object.keys(served.entries).sort()).toEqual(entries.map((entry) => entry.id).sort());
    expect(stories.length).toBeGreaterThan(0);
  });

  it.each(stories.map((story) => [`${story.title} / ${story.name}`, story]))('story %s', async (_name, story) => {
    expect(await preview.show(story)).toEqual([]);
  });

  it.each(docsPages.map((page) => [page.title, page]))('Docs page %s', async (_name, page) => {
    expect(await preview.show(page)).toEqual([]);
  });
});
