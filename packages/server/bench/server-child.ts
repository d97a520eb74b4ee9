/**
 * A benchmark target in its own process (spawned by bench/child.ts): either scimdesk as the CLI
 * would serve it (startRuntime + buildApp on BENCH_DATABASE_URL) or the bare fastify reference.
 * Tells the parent its port over IPC, and shuts down cleanly (flushing the event log) on 'stop'.
 */
import 'reflect-metadata';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { sqlObserver } from '../src/db/sql.js';
import { buildApp } from '../src/http/app.js';
import { type Runtime, startRuntime } from '../src/runtime.js';
import type { ChildMessage, ParentMessage, QueryStat } from './child.js';

/** ~1 KB, shaped like a SCIM user, so JSON serialization costs the same order as a real reply. */
export const REFERENCE_BODY = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
  id: '6f1c1c0e-3b7a-4c1e-9a57-2f0d8e7b4a11',
  userName: 'maria.garcia.123',
  externalId: '0c8a2f4e-9d1b-4e7a-a3c5-71b2e9f05d64',
  active: true,
  displayName: 'Maria Garcia',
  title: 'Senior Integration Engineer',
  userType: 'Employee',
  name: { givenName: 'Maria', familyName: 'Garcia', formatted: 'Maria Garcia' },
  emails: [{ value: 'maria.garcia.123@example.com', type: 'work', primary: true }],
  'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Engineering', employeeNumber: '100123' },
  meta: {
    resourceType: 'User',
    created: '2026-01-14T09:21:07.000Z',
    lastModified: '2026-03-02T16:45:51.000Z',
    location: 'http://127.0.0.1:8080/scim/v2/bench/Users/6f1c1c0e-3b7a-4c1e-9a57-2f0d8e7b4a11',
    version: 'W/"3"',
  },
};

/** The part of knex's tarn pool used to tell whether the database is still busy with requests. */
interface PoolGauge {
  numUsed(): number;
  numPendingAcquires(): number;
}

/**
 * True when no database connection is in use or awaited: the requests autocannon left in flight
 * at the end of a run (slow scenarios can leave seconds of work) are done.
 */
function dbIdle(rt: Runtime | undefined): boolean {
  if (!rt) return true;
  const knex = (rt.db.orm.em.getConnection() as AbstractSqlConnection).getKnex();
  const pool = (knex.client as { pool?: PoolGauge }).pool;
  return !pool || (pool.numUsed() === 0 && pool.numPendingAcquires() === 0);
}

async function startScim(): Promise<{ app: FastifyInstance; rt: Runtime }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('BENCH_DATABASE_URL is not set');
  const level = process.env.BENCH_LOG_LEVEL === 'info' ? 'info' : 'silent';
  // The rate limiter stays on (its counting is part of the hot path) with limits no run reaches.
  const config = loadConfig({
    DATABASE_URL: url,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: level,
    SCIM_RATE_LIMIT_PER_TOKEN: '1000000000',
    SCIM_RATE_LIMIT_PER_TENANT: '1000000000',
  });
  // Logging is real work when on (serializing every request line), but it goes nowhere.
  const log = pino({ level }, pino.destination({ dest: '/dev/null', sync: false }));
  const rt = await startRuntime(config, log);
  if (process.env.BENCH_EVENT_LOG === 'off') rt.services.events.record = () => {};
  const app = await buildApp(rt.services, rt.log);
  if (process.env.BENCH_QUERY_STATS === 'on') {
    countQueries(rt);
    app.addHook('onRequest', async () => {
      requests++;
    });
  }
  return { app, rt };
}

/**
 * Diagnostic: tallies every SQL statement, by shape (literals stripped), with its wall time: those
 * of the hot-path layer (db/sql.ts, transaction control included) and those MikroORM runs.
 */
const queryStats = new Map<string, QueryStat>();
let requests = 0;
function tally(sql: string, ms: number): void {
  const shape = sql
    .replace(/\s+/g, ' ')
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\b\d+(\.\d+)?\b/g, '?')
    .replace(/\((\?,\s*)+\?\)/g, '(?...)')
    .replace(/(,\s*\(\?\.\.\.\))+/g, ', ...')
    .slice(0, 160);
  const stat = queryStats.get(shape) ?? { sql: shape, count: 0, ms: 0 };
  stat.count++;
  stat.ms += ms;
  queryStats.set(shape, stat);
}
function countQueries(rt: Runtime): void {
  sqlObserver.onStatement = tally;
  const conn = rt.db.orm.em.getConnection();
  const execute = conn.execute.bind(conn);
  const counted = async (...args: Parameters<typeof execute>) => {
    const started = performance.now();
    try {
      return await execute(...args);
    } finally {
      tally(String(args[0]), performance.now() - started);
    }
  };
  conn.execute = counted as typeof conn.execute;
}

async function startReference(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/reference', async () => REFERENCE_BODY);
  return app;
}

async function main(): Promise<void> {
  const mode = process.env.BENCH_CHILD_MODE;
  let app: FastifyInstance;
  let rt: Runtime | undefined;
  if (mode === 'scim') ({ app, rt } = await startScim());
  else if (mode === 'reference') app = await startReference();
  else throw new Error(`BENCH_CHILD_MODE must be scim or reference, got "${mode}"`);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const st = rt?.services.sql.stats();
    if (st?.groups)
      console.error(`  (scimdesk server: group commit wrote ${st.grouped} transactions in ${st.groups} commits)`);
    await app.close();
    await rt?.close();
    process.exit(0);
  };
  process.on('message', (m: ParentMessage) => {
    if (m.type === 'stop') void stop();
    if (m.type === 'idle?') send({ type: 'idle', idle: dbIdle(rt) });
    if (m.type === 'stats') {
      send({ type: 'stats', stats: [...queryStats.values()], requests });
      queryStats.clear();
      requests = 0;
    }
  });
  // The parent went away without asking: do not linger.
  process.on('disconnect', () => void stop());
  send({ type: 'ready', port });
}

function send(m: ChildMessage): void {
  process.send?.(m);
}

main().catch((err: unknown) => {
  console.error(err);
  send({ type: 'failed', error: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
