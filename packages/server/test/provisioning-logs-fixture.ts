import { randomUUID } from 'node:crypto';
import { App } from '../src/apps/app.entity.js';
import { Cycle } from '../src/cycles/cycle.entity.js';
import type { LogEntry } from '../src/provisioning/log.types.js';
import { insertLogs } from '../src/provisioning/log.writer.js';
import type { TestServer } from './harness.js';

/** An app row made the way the apps feature will make one (MikroORM), aimed at a local tenant or a URL. */
export async function addApp(server: TestServer, name: string, target: { tenantId?: string; url?: string }) {
  const em = server.rt.db.orm.em.fork();
  const app = em.create(App, {
    id: randomUUID(),
    name,
    directoryId: randomUUID(),
    targetTenantId: target.tenantId ?? null,
    targetUrl: target.url ?? null,
    mappings: '{}',
    scope: '{}',
    intervalMinutes: 40,
    scheduleEnabled: true,
    followChanges: false,
    deletionThreshold: 500,
    state: 'running',
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await em.flush();
  return app;
}

export async function addCycle(server: TestServer, appId: string) {
  const em = server.rt.db.orm.em.fork();
  const cycle = em.create(Cycle, {
    id: randomUUID(),
    appId,
    kind: 'initial',
    trigger: 'manual',
    status: 'succeeded',
    phase: 'done',
    total: 0,
    done: 0,
    counts: '{}',
    queuedAt: new Date(),
    runMs: 0,
  });
  await em.flush();
  return cycle;
}

export const entry = (appId: string, over: Partial<LogEntry> = {}): LogEntry => ({
  appId,
  cycleId: null,
  objectType: 'user',
  action: 'Create',
  status: 'Success',
  sourceId: randomUUID(),
  modified: [],
  steps: [],
  retryCount: 0,
  durationMs: 12,
  ...over,
});

/** Writes entries the way the engine does: inside a transaction. */
export const writeLogs = (server: TestServer, entries: LogEntry[]) =>
  server.rt.services.sql.transaction((tx) => insertLogs(tx, entries));
