import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface QueryStat {
  /** The statement with its literals replaced by `?`. */
  sql: string;
  count: number;
  /** Summed wall time, pool waits included. */
  ms: number;
}

export interface QueryStats {
  stats: QueryStat[];
  requests: number;
}

export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'failed'; error: string }
  | { type: 'stats'; stats: QueryStat[]; requests: number }
  | { type: 'idle'; idle: boolean };
export type ParentMessage = { type: 'stop' } | { type: 'stats' } | { type: 'idle?' };

export interface ChildServer {
  pid: number;
  origin: string;
  /** The statements run and requests received since the last call (needs BENCH_QUERY_STATS=on). */
  queryStats(): Promise<QueryStats>;
  /** Resolves once the server's database pool has been idle for three checks in a row. */
  waitIdle(): Promise<void>;
  stop(): Promise<void>;
}

const benchDir = dirname(fileURLToPath(import.meta.url));

/**
 * Starts bench/server-child.ts in its own Node process (`node --import tsx`), so the server has an
 * event loop (and a core) of its own and the load generator in this process does not steal from it.
 */
export function startChildServer(
  mode: 'scim' | 'reference',
  env: Record<string, string>,
  cpuProfDir?: string,
): Promise<ChildServer> {
  // One directory per target: node writes one profile per thread (tsx's loader thread included).
  const nodeArgs = cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', join(cpuProfDir, mode)] : [];
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(benchDir, 'server-child.ts')], {
    cwd: join(benchDir, '..'),
    env: { ...process.env, ...env, BENCH_CHILD_MODE: mode },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${mode} server did not start within 120 s`));
    }, 120_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${mode} server exited with ${code} before it was ready`));
    };
    child.once('exit', onExit);
    child.once('message', (m: ChildMessage) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      if (m.type !== 'ready') return reject(new Error(`${mode} server failed: ${JSON.stringify(m)}`));
      resolve({
        pid: child.pid ?? 0,
        origin: `http://127.0.0.1:${m.port}`,
        queryStats: async () => {
          const m = await ask(child, { type: 'stats' }, 'stats');
          return { stats: m.stats, requests: m.requests };
        },
        waitIdle: () => waitIdle(child),
        stop: () => stopChild(child),
      });
    });
  });
}

/** Sends a message and resolves with the child's next message of the reply type. */
function ask<T extends ChildMessage['type']>(
  child: ChildProcess,
  msg: ParentMessage,
  reply: T,
): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve) => {
    const onMessage = (m: ChildMessage) => {
      if (m.type !== reply) return;
      child.off('message', onMessage);
      resolve(m as Extract<ChildMessage, { type: T }>);
    };
    child.on('message', onMessage);
    child.send(msg);
  });
}

async function waitIdle(child: ChildProcess): Promise<void> {
  for (let quiet = 0; quiet < 3; ) {
    await new Promise((r) => setTimeout(r, 25));
    quiet = (await ask(child, { type: 'idle?' }, 'idle')).idle ? quiet + 1 : 0;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    const m: ParentMessage = { type: 'stop' };
    child.send(m);
  });
}
