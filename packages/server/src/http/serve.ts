import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { type AppState, buildApp } from './app.js';

/**
 * Listens, and on SIGTERM/SIGINT stops accepting connections, lets in-flight requests finish
 * (fastify's close waits for them), flushes the event log and closes the database.
 */
export async function serve(rt: Runtime): Promise<FastifyInstance> {
  const state: AppState = { ready: true };
  const app = await buildApp(rt.services, rt.log, state);
  await app.listen({ port: rt.config.PORT, host: rt.config.HOST });
  if (rt.config.ENGINE_RUNNER === 'on') await rt.startRunner({ schedule: true });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    state.ready = false;
    rt.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      rt.log.error('graceful shutdown timed out');
      process.exit(1);
    }, rt.config.SHUTDOWN_GRACE_MS);
    timer.unref();
    await app.close();
    await rt.close(); // hands running cycles back to the other runners first
    rt.log.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return app;
}
