import type { Logger } from 'pino';
import type { Services } from '../scim/services.js';
import { EmbeddedRunner } from './embedded-runner.js';
import type { CycleRunner } from './runner.js';

/** pg-boss on PostgreSQL, the in-process runner on SQLite; `schedule: false` runs cycles but queues none by schedule. */
export async function startRunner(services: Services, log: Logger, opts: { schedule: boolean }): Promise<CycleRunner> {
  let runner: CycleRunner;
  if (services.db.kind === 'postgresql') {
    const { PgBossRunner } = await import('./pgboss-runner.js');
    runner = new PgBossRunner(services, log, opts);
  } else runner = new EmbeddedRunner(services, log, opts);
  services.runner = runner;
  await runner.start();
  return runner;
}
