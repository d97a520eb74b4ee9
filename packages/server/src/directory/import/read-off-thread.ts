import { Worker } from 'node:worker_threads';
import { type Diagnostic, Diagnostics } from './diagnostics.js';
import type { FileKind, SourceRow } from './read-file.js';

export interface ReadRequest {
  format: FileKind;
  kind: 'users' | 'groups';
  file: string;
  text: string;
}

export type ReadMessage =
  | { type: 'rows'; rows: SourceRow[] }
  | { type: 'done'; diagnostics: Diagnostic[]; dropped: number };

/** Rows per message: each one is a few ms to receive, and the event loop turns between them. */
export const CHUNK = 2000;

/**
 * Reads an uploaded import file in a worker thread: csv-parse's synchronous parser took 1.8 s for
 * 100k rows (10 MB), all of it on the event loop, which a request must never hold that long. The
 * worker runs the same reader as the CLI (read-file.ts) and sends the rows back in chunks.
 */
export function parseOffThread(req: ReadRequest): Promise<{ rows: SourceRow[]; diag: Diagnostics }> {
  // On Node 20 a worker does not get its parent's --import hooks: under tsx (TypeScript sources) register it first.
  const entry = new URL(`./read-file.worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;
  const boot = import.meta.url.endsWith('.ts')
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); })`
    : `import(${JSON.stringify(entry)})`;
  const worker = new Worker(boot, { eval: true, workerData: req });
  const rows: SourceRow[] = [];
  return new Promise((resolve, reject) => {
    worker.on('message', (m: ReadMessage) => {
      if (m.type === 'rows') {
        for (const r of m.rows) rows.push(r);
        return;
      }
      const diag = new Diagnostics();
      for (const d of m.diagnostics) diag.add(d.file, d.line, d.field, d.problem);
      diag.dropped += m.dropped;
      resolve({ rows, diag });
      void worker.terminate();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the import reader stopped with exit code ${code}`));
    });
  });
}
