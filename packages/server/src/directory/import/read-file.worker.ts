/**
 * Worker thread entry of `parseOffThread` (read-off-thread.ts): reads one import file with the
 * CLI's reader (read-file.ts) and posts its rows back in chunks, then its diagnostics.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Diagnostics } from './diagnostics.js';
import { userColumnProblem } from './import.js';
import { readCsv, readJson } from './read-file.js';
import { CHUNK, type ReadMessage, type ReadRequest } from './read-off-thread.js';

const req = workerData as ReadRequest;
const diag = new Diagnostics();
const rows =
  req.format === 'csv'
    ? readCsv(req.file, req.text, diag, req.kind === 'users' ? userColumnProblem : undefined)
    : readJson(req.file, req.text, diag);
const post = (m: ReadMessage) => parentPort?.postMessage(m);
for (let i = 0; i < rows.length; i += CHUNK) post({ type: 'rows', rows: rows.slice(i, i + CHUNK) });
post({ type: 'done', diagnostics: diag.list, dropped: diag.dropped });
