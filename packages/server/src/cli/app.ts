/** `scimdesk app ...` and `scimdesk cycle run`: app files, state, and cycles from the command line. */
import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/core';
import { App } from '../apps/app.entity.js';
import type { AppDiagnostic } from '../apps/app.file.js';
import { applyApp, appTenantSlug, hasErrorDiagnostics, requireApp } from '../apps/app.service.js';
import { jsonPositions, positionOf } from '../apps/json-positions.js';
import { countHeld } from '../cycles/cycle.deletes.js';
import type { CycleRow } from '../cycles/cycle.row.js';
import { progressOf } from '../cycles/cycle.row.js';
import {
  lastCycles,
  openCycle,
  restartApp,
  setAppState,
  startCycle,
  stopApp,
  summaryOf,
  waitForCycle,
} from '../cycles/cycle.service.js';
import type { Runtime } from '../runtime.js';
import { CliError } from './args.js';

export type CliFlags = Record<string, string | true>;
type Flags = CliFlags;

export class CliExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

function formatDiagnostic(file: string, d: AppDiagnostic): string {
  const at = d.line ? `${file}:${d.line}:${d.column}` : file;
  const expr = d.expression?.line ? ` (expression ${d.expression.line}:${d.expression.column})` : '';
  return `${at}: ${d.severity}: ${d.path}: ${d.code}: ${d.message}${expr}`;
}

/** Reads an app file named by --file: its text and parsed JSON, or a CliError naming the file. */
export function readAppFile(file: string | true | undefined): { file: string; text: string; raw: unknown } {
  if (typeof file !== 'string') throw new CliError('--file is required');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`${file}: cannot read: ${(err as Error).message}`);
  }
  try {
    return { file, text, raw: JSON.parse(text) };
  } catch (err) {
    throw new CliError(`${file}: not valid JSON: ${(err as Error).message}`);
  }
}

/** Prints each diagnostic at its line and column in the file; with errors, exits 2. */
export function reportDiagnostics(file: string, text: string, list: readonly AppDiagnostic[], what: string): void {
  const positions = jsonPositions(text);
  for (const d of list) {
    const pos = positionOf(positions, d.path);
    console.error(formatDiagnostic(file, { ...d, ...(pos ?? {}) }));
  }
  if (hasErrorDiagnostics(list)) {
    console.error(`${file}: ${what} (${list.filter((d) => d.severity === 'error').length} error(s))`);
    throw new CliExit(2);
  }
}

export async function appApplyCli(rt: Runtime, em: EntityManager, flags: Flags): Promise<void> {
  const { file, text, raw } = readAppFile(flags.file);
  const result = await applyApp(rt.services, em, raw, { testConnection: flags['no-test'] !== true });
  reportDiagnostics(file, text, result.diagnostics, 'not applied');
  if (!result.app) throw new CliExit(2);
  const app = result.app;
  const target = app.targetTenantId ? `tenant ${await appTenantSlug(em, app)}` : app.targetUrl;
  console.log(
    `app ${app.name} ${result.created ? 'created' : 'updated'}: target ${target}, every ${app.intervalMinutes} min, state ${app.state}`,
  );
  if (result.reevaluate) console.log('mappings or scope changed: the next cycle evaluates every object again');
}

function appJson(app: App, tenant: string | null, source: { directory: string; tenant: string | null } | null) {
  return {
    id: app.id,
    name: app.name,
    directoryId: app.directoryId,
    source: source?.tenant ? { tenant: source.tenant } : { directory: source?.directory ?? null },
    target: app.targetTenantId
      ? { tenant }
      : {
          url: app.targetUrl,
          tokenEnv: app.targetTokenEnv ?? undefined,
          token: app.targetTokenSealed ? 'stored (encrypted)' : undefined,
        },
    mappings: app.mappingsPreset ?? 'custom',
    scope: JSON.parse(app.scope),
    schedule: {
      intervalMinutes: app.intervalMinutes,
      enabled: app.scheduleEnabled,
      followChanges: app.followChanges,
      nextRunAt: app.nextRunAt ?? null,
    },
    deletionThreshold: app.deletionThreshold,
    state: app.state,
    quarantine: app.quarantineReason
      ? {
          reason: app.quarantineReason,
          message: app.quarantineMessage,
          since: app.quarantinedAt ?? null,
          cycles: app.quarantineCycles ?? 0,
        }
      : null,
    webhook: app.webhookUrl ? { url: app.webhookUrl, secret: 'stored (encrypted)' } : null,
    watermark: app.watermark == null ? null : Number(app.watermark),
  };
}

export async function appShowCli(
  rt: Runtime,
  em: EntityManager,
  name: string | undefined,
  flags: Flags,
): Promise<void> {
  if (!name) throw new CliError('app show <name>');
  const app = await requireApp(em, name);
  const open = await openCycle(rt.services.sql, app.id);
  const last = (await lastCycles(rt.services.sql, app.id, 10)).find(
    (c) => c.status !== 'queued' && c.status !== 'running',
  );
  const source =
    (await rt.services.sql.get<{ directory: string; tenant: string | null }>(
      'select d.slug as directory, t.slug as tenant from directory d left join tenant t on t.id = d.tenant_id where d.id = ?',
      [app.directoryId],
    )) ?? null;
  const out = {
    app: appJson(app, await appTenantSlug(em, app), source),
    state: app.state,
    currentCycle: open ? progressOf(open) : null,
    lastCycle: last ? { ...summaryOf(last), finishedAt: last.finishedAt } : null,
    heldDeletes: await countHeld(rt.services.sql, app.id),
  };
  if (flags.json) {
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  console.log(
    `${app.name}: ${app.state}, every ${app.intervalMinutes} min${app.scheduleEnabled ? '' : ' (schedule off)'}${app.followChanges ? ', following changes' : ''}; source ${source?.tenant ? `tenant ${source.tenant}` : `directory ${source?.directory}`}`,
  );
  if (app.quarantineReason)
    console.log(
      `  quarantined (${app.quarantineReason}) since ${app.quarantinedAt?.toISOString()}: ${app.quarantineMessage}; the next cycle is slowed to ${app.nextRunAt?.toISOString()} (restart lifts it)`,
    );
  if (out.heldDeletes)
    console.log(
      `  deletes held: ${out.heldDeletes} disable(s) and delete(s) over the threshold (${app.deletionThreshold}); see app deletes ${app.name}`,
    );
  if (open) console.log(`  current cycle ${open.id} (${open.kind}): ${open.done}/${open.total} ${open.phase}`);
  if (last)
    console.log(`  last cycle ${last.id} (${last.kind}) ${last.status}: ${countsLine(last)} in ${last.runMs} ms`);
}

export async function appListCli(em: EntityManager): Promise<void> {
  const apps = await em.find(App, {}, { orderBy: { name: 'asc' } });
  for (const a of apps)
    console.log(
      `${a.name}  ${a.state}  every ${a.intervalMinutes} min  ${a.targetTenantId ? 'local tenant' : a.targetUrl}`,
    );
  if (!apps.length) console.log('no apps');
}

const countsLine = (c: CycleRow) =>
  Object.entries(c.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');

export async function followCycle(rt: Runtime, cycle: CycleRow, flags: Flags): Promise<void> {
  if (!flags.wait) {
    if (flags.json) console.log(JSON.stringify(summaryOf(cycle)));
    else console.log(`cycle ${cycle.id} (${cycle.kind}) ${cycle.status}`);
    return;
  }
  await rt.startRunner({ schedule: false });
  const tty = process.stderr.isTTY;
  let last = '';
  const done = await waitForCycle(rt.services.sql, cycle.id, (c) => {
    const line = `${c.phase} ${c.done}/${c.total}`;
    if (tty && line !== last) process.stderr.write(`\r${line}   `);
    last = line;
  });
  if (tty) process.stderr.write('\n');
  if (flags.quiet) {
    // The caller reports (app plan --apply --wait).
  } else if (flags.json) console.log(JSON.stringify(summaryOf(done)));
  else
    console.log(
      `cycle ${done.id} (${done.kind}) ${done.status}: ${countsLine(done)} in ${done.runMs} ms${done.error ? `: ${done.error}` : ''}`,
    );
  if (done.status !== 'succeeded') throw new CliExit(1);
}

export async function cycleRunCli(
  rt: Runtime,
  em: EntityManager,
  name: string | undefined,
  flags: Flags,
): Promise<void> {
  if (!name) throw new CliError('cycle run <app>');
  const app = await requireApp(em, name);
  if (app.state !== 'running')
    throw new CliError(`app ${app.name} is ${app.state}: resume it first (app resume ${app.name})`);
  const { cycle } = await startCycle(rt.services, app, 'manual');
  await followCycle(rt, cycle, flags);
}

export async function appRestartCli(
  rt: Runtime,
  em: EntityManager,
  name: string | undefined,
  flags: Flags,
): Promise<void> {
  if (!name) throw new CliError('app restart <app>');
  const app = await requireApp(em, name);
  const { cycle } = await restartApp(rt.services, app, flags.full === true);
  await followCycle(rt, cycle, flags);
}

export async function appStateCli(
  rt: Runtime,
  em: EntityManager,
  name: string | undefined,
  verb: string,
): Promise<void> {
  if (!name) throw new CliError(`app ${verb} <app>`);
  const app = await requireApp(em, name);
  const state = verb === 'pause' ? 'paused' : verb === 'stop' ? 'stopped' : 'running';
  if (state === 'stopped') await stopApp(rt.services, app);
  else await setAppState(rt.services, app, state);
  console.log(`app ${app.name} ${state}`);
}
