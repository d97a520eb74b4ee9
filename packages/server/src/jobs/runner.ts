import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Who runs cycles. On PostgreSQL, pg-boss (jobs/pgboss-runner.ts): every replica is a worker, a
 * killed one's job expires and another resumes the cycle. On SQLite (one machine), an
 * in-process runner (jobs/embedded-runner.ts) with the same interface and the same resume
 * guarantee (the cycle row's cursor and claim). Both queue due apps on their schedule.
 */
export interface CycleRunner {
  readonly kind: 'embedded' | 'pg-boss';
  start(): Promise<void>;
  /** A cycle was queued or resumed: run it soon. */
  wake(cycleId: string, appId: string): Promise<void>;
  /** Hands running cycles back (their claim is released; another runner continues). */
  stop(): Promise<void>;
}

export const runnerId = (): string => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
