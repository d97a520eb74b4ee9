import { Worker } from 'node:worker_threads';
import type { Runtime } from '../src/runtime.js';
import type { Tenant } from '../src/tenants/tenant.entity.js';
import { ScimUserRow } from '../src/users/user.entity.js';
import { rowFor, type UserFactory } from './users.js';

export interface LoadResult {
  rows: number;
  ms: number;
  /** ids and userNames of 1000 loaded users spread evenly over the load order. */
  sampleIds: string[];
  sampleUserNames: string[];
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

/** What a row builder needs to make users `first..last` of `count`. */
export interface BatchSpec {
  first: number;
  last: number;
  count: number;
  /** createdAt of user 0 (epoch ms); createdAt is spread over a year in load order, as a real directory's. */
  start: number;
}

export function buildBatch(tenant: Tenant, factory: UserFactory, spec: BatchSpec): ScimUserRow[] {
  const rows: ScimUserRow[] = [];
  for (let n = spec.first; n <= spec.last; n++)
    rows.push(rowFor(tenant, factory.body(n), new Date(spec.start + Math.floor((n / spec.count) * YEAR_MS))));
  return rows;
}

/** Data for bench/row-worker.ts. */
export interface RowWorkerData {
  tenant: Pick<Tenant, 'id' | 'slug' | 'name' | 'rules' | 'ssoEnabled' | 'createdAt'>;
  count: number;
  batch: number;
  start: number;
}

/**
 * Builds the rows in a worker thread (bench/row-worker.ts), two batches ahead, so that SCIM
 * normalization (a third of the work) runs on the other core while this thread inserts.
 */
class WorkerRows {
  private readonly worker: Worker;
  private readonly waiting: ((rows: ScimUserRow[] | null) => void)[] = [];
  private failure: Error | undefined;

  constructor(data: RowWorkerData) {
    // On Node 20 a worker does not get the --import hooks of its parent: register tsx first.
    const tsx = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./row-worker.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); })`;
    this.worker = new Worker(boot, { eval: true, workerData: data });
    this.worker.on('message', (rows: ScimUserRow[] | null) => this.waiting.shift()?.(rows));
    this.worker.on('error', (err) => {
      this.failure = err;
      for (const w of this.waiting.splice(0)) w(null);
    });
  }

  /** Asks for the next batch; batches arrive in order. Resolves null at the end. */
  request(): Promise<ScimUserRow[] | null> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.waiting.push((rows) => (this.failure ? reject(this.failure) : resolve(rows)));
      this.worker.postMessage('next');
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Inserts users 1..count with multi-row INSERTs of `batch` rows through em.insertMany (the ORM's
 * own value conversion, as em.insert in UserService.create), `perTx` batches per transaction.
 */
export async function loadUsers(
  rt: Runtime,
  tenant: Tenant,
  count: number,
  onProgress: (done: number) => void,
  batch = 1000,
  perTx = 20,
): Promise<LoadResult> {
  const sampleEvery = Math.max(1, Math.floor(count / 1000));
  const sampleIds: string[] = [];
  const sampleUserNames: string[] = [];
  const { id, slug, name, rules, ssoEnabled, createdAt } = tenant;
  const rows = new WorkerRows({
    tenant: { id, slug, name, rules, ssoEnabled, createdAt },
    count,
    batch,
    start: Date.now() - YEAR_MS,
  });
  const t0 = performance.now();
  let done = 0;
  try {
    // Prefetched batches: a worker failure rejects them all, and only the awaited one may report it.
    const prefetch = () => {
      const p = rows.request();
      p.catch(() => {});
      return p;
    };
    const ahead = [prefetch(), prefetch()];
    for (let end = false; !end; ) {
      await rt.db.orm.em.fork().transactional(async (em) => {
        for (let b = 0; b < perTx; b++) {
          const plain = await ahead.shift();
          ahead.push(prefetch());
          if (!plain) {
            end = true;
            return;
          }
          // Structured cloning dropped the class: give the rows their entity back.
          const entities = plain.map((r) => Object.assign(new ScimUserRow(), r));
          for (const r of entities) {
            if (++done % sampleEvery === 0 && sampleIds.length < 1000) {
              sampleIds.push(r.id);
              sampleUserNames.push(r.userName);
            }
          }
          await em.insertMany(ScimUserRow, entities);
        }
      });
      onProgress(done);
    }
  } finally {
    await rows.close();
  }
  return { rows: count, ms: performance.now() - t0, sampleIds, sampleUserNames };
}

/** For a reused database: how many users the tenant has and 1000 of them (random ids order them randomly). */
export async function sampleUsers(rt: Runtime, tenant: Tenant): Promise<LoadResult> {
  const conn = rt.db.orm.em.getConnection();
  const counted: { n: number | string }[] = await conn.execute(
    'select count(*) as n from scim_user where tenant_id = ?',
    [tenant.id],
  );
  const rows: { id: string; user_name: string }[] = await conn.execute(
    'select id, user_name from scim_user where tenant_id = ? order by id limit 1000',
    [tenant.id],
  );
  return {
    rows: Number(counted[0].n),
    ms: 0,
    sampleIds: rows.map((r) => r.id),
    sampleUserNames: rows.map((r) => r.user_name),
  };
}
