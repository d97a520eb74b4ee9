import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ChildMessage = { type: 'ready'; port: number } | { type: 'failed'; error: string };
export type ParentMessage = { type: 'stop' };

export interface ChildServer {
  pid: number;
  origin: string;
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
    child.on('message', (m: ChildMessage) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      if (m.type === 'failed') reject(new Error(`${mode} server failed: ${m.error}`));
      else resolve({ pid: child.pid ?? 0, origin: `http://127.0.0.1:${m.port}`, stop: () => stopChild(child) });
    });
  });
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
