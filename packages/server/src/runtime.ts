import 'reflect-metadata';
import pino, { type Logger } from 'pino';
import { type Config, loadConfig } from './config.js';
import { flushWebhooks } from './cycles/webhook.js';
import { type Database, migrate, openDatabase, openSql } from './db/orm.js';
import { EventRecorder } from './events/event.recorder.js';
import { startRunner } from './jobs/start.js';
import { buildServices, type Services } from './scim/services.js';
import { tellAuthChanges } from './tokens/auth-changes.js';

export interface Runtime {
  config: Config;
  log: Logger;
  db: Database;
  services: Services;
  /** Starts running provisioning cycles in this process (serve; a CLI that waits for a cycle). */
  startRunner(opts?: { schedule: boolean }): Promise<void>;
  close(): Promise<void>;
}

/** Opens the database, applies migrations and wires the services. */
export async function startRuntime(config: Config = loadConfig(), log?: Logger): Promise<Runtime> {
  const logger = log ?? pino({ level: config.LOG_LEVEL });
  const db = await openDatabase(config.DATABASE_URL);
  const applied = await migrate(db);
  if (applied.length) logger.info({ applied }, 'applied migrations');
  const sql = await openSql(config.DATABASE_URL, (err) =>
    logger.warn(
      { err },
      'a database connection failed in the background (an idle PostgreSQL connection is replaced on the next query; a SQLite checkpoint is retried)',
    ),
  );
  tellAuthChanges(db.orm, sql);
  const events = new EventRecorder(sql, logger);
  const services = buildServices(config, db, sql, events, logger);
  return {
    config,
    log: logger,
    db,
    services,
    async startRunner(opts = { schedule: true }) {
      if (!services.runner) await startRunner(services, logger, opts);
    },
    async close() {
      await services.runner?.stop();
      await flushWebhooks();
      await events.close();
      await services.limits.close();
      await sql.close();
      await db.close();
    },
  };
}
