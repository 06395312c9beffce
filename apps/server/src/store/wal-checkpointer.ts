/**
 * Checkpoints the SQLite WAL on a worker thread, with its own connection, so the event loop never waits for one.
 *
 * A checkpoint copies the WAL's pages into the database file and waits for the disk. Run by the writing connection
 * (SQLite's auto-checkpoint), it stalled every filing queued behind it: in bench/server/load.mjs it cost ~0.25 ms of
 * the main thread per filing and most of the p99 latency. Here it runs in PASSIVE mode, beside the writers, and only
 * when the WAL has grown past `restartFrames` pages anyway (PASSIVE checkpoints cannot catch up under a steady load)
 * a RESTART checkpoint makes writers wait once so the WAL starts again from the beginning. Checkpoints only copy what
 * is already committed in the WAL: durability does not depend on them, and a killed worker loses nothing.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface WalCheckpointerOptions {
  /** The database file. */
  path: string;
  busyTimeoutMs: number;
  /** How often to checkpoint, in ms. */
  intervalMs: number;
  /** A WAL this many pages long is checkpointed with RESTART, so it does not grow without bound. */
  restartFrames: number;
}

export interface WalCheckpointer {
  /** Runs a last checkpoint, closes the worker's connection and ends the thread. */
  stop(): Promise<void>;
}

/**
 * The worker's code, as CommonJS text (a worker from a file would need the compiled `.js` beside this module, which
 * the tests, run from the TypeScript sources, do not have). `driver` is better-sqlite3's resolved path.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { timeout: workerData.busyTimeoutMs });
const checkpoint = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    if (result && result.log >= workerData.restartFrames) db.pragma('wal_checkpoint(RESTART)');
  } catch {
    // Busy (another process checkpoints, or a writer held on past the timeout): the next round tries again.
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/**
 * Starts the worker; undefined when better-sqlite3 cannot be found from here (this module bundled elsewhere), and
 * then the writer keeps checkpointing itself.
 */
export function startWalCheckpointer(options: WalCheckpointerOptions): WalCheckpointer | undefined {
  let driver: string;
  try {
    driver = createRequire(import.meta.url).resolve('better-sqlite3');
  } catch {
    return undefined;
  }
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...options, driver } });
  worker.unref(); // it never keeps the process alive on its own
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // A worker that cannot open the file leaves the writer's own auto-checkpoint (the safety net) to do the work.
  worker.on('error', (error) => process.emitWarning(`The WAL checkpointer stopped: ${error.message}`));
  return {
    async stop() {
      worker.ref(); // the process waits for the last checkpoint
      worker.postMessage('stop');
      await exited;
    },
  };
}
