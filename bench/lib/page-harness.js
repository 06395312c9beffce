// Injected into every benchmark page (before the entry's bundle) by run.mjs (and profile.mjs).
// Copied unchanged in behaviour from the team's peer-benchmark harness, so figures compare.
// It owns all timing, so every entry is measured by exactly the same code.
(() => {
  const IDLE_QUIET_MS = 20; // main thread must look free for this long to count as idle
  const BUSY_TICK_MS = 1;   // a message-channel round trip slower than this means other work ran

  const channel = new MessageChannel();
  let wake = null;
  channel.port1.onmessage = () => { const w = wake; wake = null; w && w(); };
  const tick = () => new Promise((resolve) => { wake = resolve; channel.port2.postMessage(0); });

  /** Resolves with the time (performance.now) at which the last foreign work ended. */
  async function untilIdle(maxMs = 10000) {
    let lastBusyEnd = performance.now();
    const deadline = lastBusyEnd + maxMs;
    for (;;) {
      const t = performance.now();
      await tick();
      const now = performance.now();
      if (now - t > BUSY_TICK_MS) lastBusyEnd = now;
      else if (now - lastBusyEnd >= IDLE_QUIET_MS || now > deadline) return lastBusyEnd;
    }
  }

  const forceLayout = () => document.body.offsetHeight; // style recalc + layout, synchronously

  function countNodes(root) {
    let nodes = 0;
    let controls = 0;
    const walk = (r) => {
      for (const el of r.querySelectorAll('*')) {
        nodes++;
        const t = el.tagName;
        if (t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA') controls++;
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    return { nodes, controls };
  }

  async function render() {
    const app = document.getElementById('app');
    const { schema, data } = window.__benchInput;
    await untilIdle(); // start from a quiet main thread (page load, GC leftovers)
    const t0 = performance.now();
    await window.benchRender(app, schema, data);
    const t1 = performance.now();
    forceLayout();
    const t2 = performance.now();
    const idleAt = await untilIdle();
    return { scriptMs: t1 - t0, renderMs: t2 - t0, idleMs: Math.max(idleAt, t2) - t0, ...countNodes(app) };
  }

  async function typeSeries(fieldIndex, text) {
    const read = () => (typeof window.benchRead === 'function' ? window.benchRead(fieldIndex) : null);
    const out = { times: [], before: read(), reads: {}, valueMismatch: 0, changedAfterDone: 0 };
    await untilIdle();
    for (let k = 1; k <= text.length; k++) {
      const value = text.slice(0, k);
      const t0 = performance.now();
      await window.benchType(fieldIndex, value);
      forceLayout();
      const t1 = performance.now();
      out.times.push(t1 - t0);
      const atDone = read();
      await untilIdle(); // untimed: let any deferred work finish before the next keystroke
      const later = read();
      if (atDone) {
        if (atDone.value !== value) out.valueMismatch++;
        if (later && (later.value !== atDone.value || later.invalid !== atDone.invalid)) out.changedAfterDone++;
      }
      if (k === 2 || k === text.length) out.reads[k] = later;
    }
    out.fallbacks = window.benchTypeFallbacks || 0;
    return out;
  }

  window.__harness = { render, typeSeries, untilIdle, countNodes };
})();
