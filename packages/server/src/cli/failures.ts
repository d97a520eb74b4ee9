/** `scimdesk app failures <app> [--retry] [--only ID,ID] [--wait] [--json]`: the escrow, and retry now. */
import type { EntityManager } from '@mikro-orm/core';
import { requireApp } from '../apps/app.service.js';
import { type FailedObject, failedAmong, listFailures } from '../cycles/cycle.failures.js';
import { retryFailures } from '../cycles/cycle.service.js';
import type { Runtime } from '../runtime.js';
import { type CliFlags, followCycle } from './app.js';
import { CliError } from './args.js';

const PAGE = 1000;

async function allFailures(rt: Runtime, appId: string, directoryId: string): Promise<FailedObject[]> {
  const out: FailedObject[] = [];
  for (let after = ''; ; ) {
    const page = await listFailures(rt.services.sql, appId, directoryId, PAGE, after);
    out.push(...page);
    if (page.length < PAGE) return out;
    const last = page[page.length - 1];
    after = `${last.objectType}:${last.sourceId}`;
  }
}

export async function appFailuresCli(
  rt: Runtime,
  em: EntityManager,
  name: string | undefined,
  flags: CliFlags,
): Promise<void> {
  if (!name) throw new CliError('app failures <app> [--retry] [--only ID,ID] [--wait] [--json]');
  const app = await requireApp(em, name);
  if (flags.only !== undefined && !flags.retry) throw new CliError('--only goes with --retry');
  if (!flags.retry) {
    const list = await allFailures(rt, app.id, app.directoryId);
    if (flags.json) {
      console.log(JSON.stringify({ app: app.name, failures: list.length, objects: list }, null, 2));
      return;
    }
    console.log(
      list.length ? `${app.name}: ${list.length} object(s) failed, kept to retry` : `${app.name}: no failures`,
    );
    for (const f of list)
      console.log(
        `  ${f.objectType} ${f.sourceId} ${f.sourceName ?? '(gone from the source)'}: ${f.failures} failure(s), retry ${f.retryAt && f.retryAt > new Date() ? `at ${f.retryAt.toISOString()}` : 'in the next cycle'}: ${f.lastError ?? ''}`,
      );
    return;
  }
  let ids: string[] | undefined;
  if (flags.only !== undefined) {
    if (typeof flags.only !== 'string' || !flags.only.trim())
      throw new CliError('--only needs source ids: --only ID,ID');
    ids = [...new Set(flags.only.split(',').map((s) => s.trim()))].filter(Boolean);
    const failed = await failedAmong(rt.services.sql, app.id, ids);
    const unknown = ids.filter((id) => !failed.has(id));
    if (unknown.length) throw new CliError(`--only: no failure of app ${app.name} for ${unknown.join(', ')}`);
  }
  const out = await retryFailures(rt.services, app, ids);
  if (out.cycle && flags.wait) {
    if (!flags.json) console.log(`retrying ${out.changed}; cycle ${out.cycle.id}`);
    await followCycle(rt, out.cycle, flags);
    return;
  }
  if (flags.json) console.log(JSON.stringify({ retried: out.changed, cycleId: out.cycle?.id ?? null }));
  else
    console.log(
      out.cycle
        ? `retrying ${out.changed} object(s): cycle ${out.cycle.id}`
        : `${out.changed} object(s) due now; app ${app.name} is ${app.state}: they are retried when it runs`,
    );
}
