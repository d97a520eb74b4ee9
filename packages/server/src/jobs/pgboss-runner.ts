/**
 * Cycles as pg-boss jobs (PostgreSQL, any number of replicas). A job runs one slice of a cycle;
 * a slice that yields sends the next job. Queue policy `stately` with the app as singleton key:
 * at most one queued and one active job per app. A replica killed mid-slice stops writing; its
 * job expires (ENGINE_JOB_EXPIRE_SECONDS) and is retried by another replica, which claims the
 * cycle once its heartbeat is stale and resumes from the last committed batch. The minute tick
 * is a pg-boss schedule, so one replica queues due apps.
 */
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { openCycle } from '../cycles/cycle.service.js';
import { runSlice } from '../cycles/cycle.slice.js';
import { Follower } from '../cycles/follow.js';
import { LOCK_KEYS, withAdvisoryLock } from '../db/pg-lock.js';
import type { Services } from '../scim/services.js';
import { engineTick, orphanedCycles } from './maintenance.js';
import { type CycleRunner, runnerId } from './runner.js';

const CYCLE_QUEUE = 'scimdesk-cycle';
const TICK_QUEUE = 'scimdesk-tick';

interface CycleJob {
  cycleId: string;
}

class Busy extends Error {}

export class PgBossRunner implements CycleRunner {
  readonly kind = 'pg-boss' as const;
  private readonly id = runnerId();
  private readonly boss: PgBoss;
  private readonly abort = new AbortController();
  private sweep?: NodeJS.Timeout;
  private follower?: Follower;

  constructor(
    private readonly services: Services,
    private readonly log: Logger,
    private readonly opts: { schedule: boolean } = { schedule: true },
  ) {
    const c = services.config;
    this.boss = new PgBoss({
      connectionString: c.DATABASE_URL,
      schema: 'pgboss',
      max: 4,
      maintenanceIntervalSeconds: c.ENGINE_PGBOSS_MAINTENANCE_SECONDS,
      monitorStateIntervalSeconds: Math.max(c.ENGINE_PGBOSS_MAINTENANCE_SECONDS, 10),
      application_name: 'scimdesk-runner',
    });
    this.boss.on('error', (err) => log.error({ err }, 'pg-boss error'));
  }

  private jobOptions(appId: string): PgBoss.SendOptions {
    const c = this.services.config;
    return {
      singletonKey: appId,
      expireInSeconds: c.ENGINE_JOB_EXPIRE_SECONDS,
      retryLimit: 10_000,
      retryDelay: 1,
      retryBackoff: true,
      retryDelayMax: 30,
    } as PgBoss.SendOptions;
  }

  async start(): Promise<void> {
    // pg-boss's own install is guarded; its createQueue is not (two replicas creating the same
    // queue's partition at once deadlock, 40P01), so replicas take turns at setup.
    await withAdvisoryLock(this.services.config.DATABASE_URL, LOCK_KEYS.runnerSetup, async () => {
      await this.boss.start();
      for (const name of [CYCLE_QUEUE, TICK_QUEUE])
        if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, { name, policy: 'stately' });
    });
    await this.boss.work<CycleJob>(CYCLE_QUEUE, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
      await this.runJob(job.data.cycleId);
    });
    if (this.opts.schedule) {
      this.follower = new Follower(this.services, this.log);
      await this.boss.schedule(TICK_QUEUE, '* * * * *', {}, { singletonKey: 'tick' });
      await this.boss.work(TICK_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
        await engineTick(this.services);
        await this.resendOrphans();
      });
    }
    await this.resendOrphans();
    // Cycles whose job was lost (a replica killed before its send) are found again here.
    this.sweep = setInterval(
      () => void this.resendOrphans().catch((err) => this.log.error({ err }, 'sweep failed')),
      15_000,
    );
    this.sweep.unref();
  }

  private async runJob(cycleId: string): Promise<void> {
    const sliceMs = this.services.config.ENGINE_SLICE_SECONDS * 1000;
    const outcome = await runSlice(this.services, cycleId, { runnerId: this.id, sliceMs, signal: this.abort.signal });
    if (outcome === 'yielded') {
      const row = await this.services.sql.get<{ app_id: string }>('select app_id from cycle where id = ?', [cycleId]);
      if (row) await this.sendNext(cycleId, row.app_id);
    }
    // A wake for a newer cycle of the same app is dropped while this job is still queued (stately:
    // one queued job per app), e.g. stop then start within a polling interval: run that one now.
    if (outcome === 'gone') {
      const row = await this.services.sql.get<{ app_id: string }>('select app_id from cycle where id = ?', [cycleId]);
      const open = row ? await openCycle(this.services.sql, row.app_id) : null;
      if (row && open && open.id !== cycleId) await this.sendNext(open.id, row.app_id);
    }
    // Held by a runner whose heartbeat is still fresh (maybe one that was just killed): retry later.
    if (outcome === 'busy') throw new Busy(`cycle ${cycleId} is held by another runner`);
  }

  /** The job after a slice: stately allows one queued job per app while this one is active. */
  private async sendNext(cycleId: string, appId: string): Promise<void> {
    await this.boss.send(CYCLE_QUEUE, { cycleId }, this.jobOptions(appId));
  }

  private async resendOrphans(): Promise<void> {
    for (const c of await orphanedCycles(this.services)) await this.wake(c.id, c.appId);
  }

  async wake(cycleId: string, appId: string): Promise<void> {
    await this.sendNext(cycleId, appId);
  }

  async stop(): Promise<void> {
    this.abort.abort();
    clearInterval(this.sweep);
    this.follower?.close();
    await this.boss.stop({ graceful: true, wait: true, timeout: this.services.config.SHUTDOWN_GRACE_MS });
  }
}
