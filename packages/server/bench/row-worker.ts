/** Builds user rows for bench/users.ts loadUsers() in a worker thread: one batch per 'next' message. */
import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { Tenant } from '../src/tenants/tenant.entity.js';
import { buildBatch, type RowWorkerData } from './loader.js';
import { UserFactory } from './users.js';

const data = workerData as RowWorkerData;
const tenant = Object.assign(new Tenant(), data.tenant);
const factory = new UserFactory();
let next = 1;

parentPort?.on('message', () => {
  if (next > data.count) return parentPort?.postMessage(null);
  const last = Math.min(data.count, next + data.batch - 1);
  const rows = buildBatch(tenant, factory, { first: next, last, count: data.count, start: data.start });
  next = last + 1;
  parentPort?.postMessage(rows);
});
