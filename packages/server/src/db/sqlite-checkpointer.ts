import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the worker copies new WAL frames back into the database file. */
export const CHECKPOINT_INTERVAL_MS = 100;
/**
 * `wal_autocheckpoint` of the process's own connections, in pages (80 MiB; SQLite's default is
 * 1,000). When the WAL passes it, the committing connection still checkpoints, on the event loop:
 * that is what makes the WAL start over from its beginning (it only does when a write transaction
 * begins with every frame copied back, which a worker alone never sees under a steady stream of
 * commits: the WAL grew to 218 MB in 10 s). By then the worker has copied all but the last
 * ~100 ms of frames, so that checkpoint copies a few hundred pages instead of 20,000. (A RESTART
 * checkpoint in the worker instead held writers back 25-50 ms each time, mostly in fsync.)
 */
export const AUTOCHECKPOINT_PAGES = 20_000;

/**
 * The worker's code, plain JavaScript (no TypeScript loader in the thread, so it starts in a few
 * ms). Its own connection runs `wal_checkpoint(PASSIVE)` every CHECKPOINT_INTERVAL_MS: PASSIVE never
 * waits for readers or the writer, it copies what it can and the rest on the next pass.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 0');
db.pragma('synchronous = normal');
db.pragma('wal_autocheckpoint = 0');
let log = 0;
const pass = () => {
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    if (r.log !== log) parentPort.postMessage({ type: 'wal', pages: r.log });
    log = r.log;
  } catch (err) {
    const code = String(err.code || '');
    if (!code.startsWith('SQLITE_BUSY') && code !== 'SQLITE_LOCKED') parentPort.postMessage({ type: 'error', message: err.message });
  }
};
const timer = setInterval(pass, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  pass();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Frames in the WAL at the worker's last pass (all copied back but those committed since). */
  readonly walPages: number;
  stop(): Promise<void>;
}

/**
 * Checkpoints a SQLite database's WAL in a worker thread. SQLite's default is to checkpoint inside
 * the COMMIT that pushes the WAL past `wal_autocheckpoint`: on the event loop, and for as long as
 * copying the WAL and syncing the file take (95,000 pages took 680 ms here; at 20,000 pages the
 * server was held about 140 ms every second or two under a stream of POSTs, a third of the POSTs'
 * COMMIT time). Here the worker's connection copies the frames as they come, beside the server's
 * connections, and the COMMIT that passes AUTOCHECKPOINT_PAGES finds little left to do.
 */
export function startCheckpointer(path: string, onError: (message: string) => void = () => undefined): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { path, driver, intervalMs: CHECKPOINT_INTERVAL_MS },
  });
  worker.unref();
  let walPages = 0;
  worker.on('message', (m: { type: string; pages?: number; message?: string }) => {
    if (m.type === 'wal') walPages = m.pages ?? 0;
    else if (m.type === 'error') onError(m.message ?? 'checkpoint failed');
  });
  worker.on('error', (err) => onError(err.message));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    get walPages() {
      return walPages;
    },
    async stop() {
      worker.postMessage('stop');
      await exited;
    },
  };
}
