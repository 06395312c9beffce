// CPU profile of one entry (default: dvc) while it renders a scenario and (for flat forms) takes
// keystrokes, through the Chrome DevTools protocol (Profiler domain) via playwright-core.
// The entry is bundled *unminified* (names kept, into a temporary folder) so functions are readable.
// Prints the functions with the most self time and the most total (inclusive) time, for the
// render and for the typing series separately; the profiles are written to
// results/runs/profile-<entry>-<scenario>-{render,typing}.cpuprofile (open in Chrome DevTools).
//
//   node profile.mjs [--entry dvc] [--scenario flat-500|flat-2000|nested] [--keys 20] [--top 25]
import { build } from 'esbuild';
import { writeFileSync, mkdirSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flat, nested } from './lib/schema.mjs';
import { serve, launch, acquireLock } from './lib/env.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'dvc-bench-profile-')); // private: concurrent runs do not clash
const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : d);
const entry = opt('entry', 'dvc');
const scenario = opt('scenario', 'flat-500');
const keys = Number(opt('keys', 20));
const top = Number(opt('top', 25));
const interval = Number(opt('interval', 100)); // µs

await build({
  entryPoints: { [entry]: join(here, 'entries', `${entry}.js`) },
  outdir: out,
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  minify: false,
  keepNames: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
writeFileSync(join(out, `${entry}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><div id="app"></div><script type="module" src="./${entry}.js"></script></body></html>`);

const input = scenario === 'nested' ? nested(5) : flat(Number(scenario.split('-')[1]));
await acquireLock();
const { server, base } = await serve(out);
const browser = await launch();
const TEXT = 'abcdefghijklmnopqrstuvwxyz'.repeat(2).slice(0, keys);

/** Self and total time per function (name + location) of a CDP profile. */
function aggregate(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const d = (dt[i + 1] ?? dt[i] ?? 0) / 1000; // ms attributed to this sample
    self.set(profile.samples[i], (self.get(profile.samples[i]) || 0) + d);
  }
  const key = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.replace(/^.*\//, '') : '';
    return `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
  };
  const selfBy = new Map();
  const totalBy = new Map();
  let all = 0;
  for (const [id, ms] of self) {
    all += ms;
    const n = byId.get(id);
    selfBy.set(key(n), (selfBy.get(key(n)) || 0) + ms);
    // inclusive: add to every distinct function on the stack once
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) || 0) + ms);
    }
  }
  const sort = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { all, self: sort(selfBy), total: sort(totalBy) };
}

function print(title, agg) {
  console.log(`\n### ${title}: ${agg.all.toFixed(1)} ms sampled`);
  console.log('\nself ms   | function');
  for (const [k, v] of agg.self) console.log(`${v.toFixed(1).padStart(8)}  | ${k}`);
  console.log('\ntotal ms  | function');
  for (const [k, v] of agg.total) console.log(`${v.toFixed(1).padStart(8)}  | ${k}`);
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript({ path: join(here, 'lib', 'page-harness.js') });
  await page.goto(`${base}/${entry}.html`);
  await page.waitForFunction(() => typeof window.benchRender === 'function');
  await page.evaluate((inp) => { window.__benchInput = inp; }, input);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval });
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Profiler.start');
  const r = await page.evaluate(() => window.__harness.render());
  const { profile: renderProfile } = await cdp.send('Profiler.stop');
  mkdirSync(join(here, 'results', 'runs'), { recursive: true });
  writeFileSync(join(here, 'results', 'runs', `profile-${entry}-${scenario}-render.cpuprofile`), JSON.stringify(renderProfile));
  console.log(`${entry} ${scenario}: render ${r.renderMs.toFixed(1)} ms (script ${r.scriptMs.toFixed(1)}, idle ${r.idleMs.toFixed(1)}), ${r.controls} controls, ${r.nodes} nodes`);
  print(`render ${scenario}`, aggregate(renderProfile));
  if (input.typeIndex >= 0) {
    await cdp.send('Profiler.start');
    const t = await page.evaluate(({ i, t }) => window.__harness.typeSeries(i, t), { i: input.typeIndex, t: TEXT });
    const { profile: typeProfile } = await cdp.send('Profiler.stop');
    writeFileSync(join(here, 'results', 'runs', `profile-${entry}-${scenario}-typing.cpuprofile`), JSON.stringify(typeProfile));
    const s = [...t.times].sort((a, b) => a - b);
    console.log(`\ntyping ${keys} keys: median ${s[s.length >> 1].toFixed(2)} ms, max ${s[s.length - 1].toFixed(2)} ms, per key: ${t.times.map((x) => x.toFixed(1)).join(' ')}`);
    print(`typing ${keys} keys (includes the untimed idle waits between keys)`, aggregate(typeProfile));
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
