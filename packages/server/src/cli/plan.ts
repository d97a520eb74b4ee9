/**
 * `scimdesk app plan <app> [--restart] [--file proposed-app.json] [--json] [--all]`: what the next
 * cycle, a restart or a proposed app file would do, per object, sending nothing to the target.
 * `--apply PLAN [--wait]` runs it (a proposal is saved first); `--drop PLAN` drops it.
 */
import type { EntityManager } from '@mikro-orm/core';
import { requireApp } from '../apps/app.service.js';
import { readCycle } from '../cycles/cycle.row.js';
import { applyPlan, dropPlan, requirePlan } from '../plans/plan.apply.js';
import { computePlan, createPlan, PlanInputError } from '../plans/plan.compute.js';
import { type EntryFilter, type PlanEntryRow, type PlanRow, planEntries, readPlan } from '../plans/plan.row.js';
import type { Runtime } from '../runtime.js';
import { CliExit, type CliFlags, followCycle, readAppFile, reportDiagnostics } from './app.js';
import { CliError } from './args.js';

const PAGE = 1000;

async function allEntries(rt: Runtime, planId: string, filter: EntryFilter): Promise<PlanEntryRow[]> {
  const out: PlanEntryRow[] = [];
  for (let after: string | null = null; ; ) {
    const page = await planEntries(rt.services.sql, planId, filter, PAGE, after);
    out.push(...page);
    if (page.length < PAGE) return out;
    const last = page[page.length - 1];
    after = `${last.objectType}:${last.sourceId}`;
  }
}

const show = (v: unknown) => (v === null || v === undefined ? '(none)' : JSON.stringify(v));

function entryLine(e: PlanEntryRow): string {
  const head = `  ${e.action ?? 'Unplanned'} ${e.objectType} ${e.sourceName ?? e.sourceId}${e.targetId ? ` (target ${e.targetId})` : ''}`;
  if (e.action === 'Create') {
    const post = e.requests.find((r) => r.method === 'POST');
    return `${head}: POST ${post?.path ?? ''} ${JSON.stringify(post?.body ?? {})}`;
  }
  if (e.action === 'Update' || e.action === 'Disable')
    return `${head}: ${e.modified.map((m) => `${m.attribute} ${show(m.old)} -> ${show(m.new)}`).join('; ')}`;
  if (e.action === 'Skip' || e.action === 'Other') return `${head}: ${e.code ?? ''}${e.reason ? ` ${e.reason}` : ''}`;
  return head;
}

function summaryLines(plan: PlanRow, app: string): string[] {
  const t = plan.totals;
  const what = plan.kind === 'next' ? 'the next cycle' : plan.kind === 'restart' ? 'a restart' : 'the proposal';
  const lines = [`plan ${plan.id} of app ${app} (${what}): ${plan.status}, ${plan.done} object(s) read`];
  if (t)
    lines.push(
      `  create ${t.create}, update ${t.update}, disable ${t.disable}, delete ${t.delete}, skip ${t.skip}, fail ${t.fail}`,
    );
  if (t?.wouldHoldDeletes)
    lines.push('  the deletion threshold would hold its disables and deletes until an admin allows them (app deletes)');
  if (plan.outcome)
    lines.push(
      `  applied: ${plan.outcome.asPlanned} as planned, ${plan.outcome.replanned} re-planned, ${plan.outcome.failed} failed`,
    );
  if (plan.error) lines.push(`  ${plan.error}`);
  return lines;
}

const planJson = (plan: PlanRow, app: string) => {
  const { proposal: _p, appVersion: _v, ...rest } = plan;
  return { ...rest, app };
};

export async function appPlanCli(
  rt: Runtime,
  em: EntityManager,
  name: string | undefined,
  flags: CliFlags,
): Promise<void> {
  if (!name) throw new CliError('app plan <app> [--restart] [--file proposed-app.json] [--json]');
  const app = await requireApp(em, name);
  const { sql } = rt.services;
  if (flags.apply !== undefined || flags.drop !== undefined) {
    const id = flags.apply ?? flags.drop;
    if (typeof id !== 'string') throw new CliError(`--${flags.apply ? 'apply' : 'drop'} needs a plan id`);
    const plan = await requirePlan(sql, id);
    if (plan.appId !== app.id) throw new CliError(`plan ${id} is not a plan of app ${app.name}`);
    if (flags.drop !== undefined) {
      const dropped = await dropPlan(rt.services, id);
      console.log(flags.json ? JSON.stringify(planJson(dropped, app.name)) : `plan ${id} dropped`);
      return;
    }
    const { cycle } = await applyPlan(rt.services, em, id);
    if (!flags.wait) {
      console.log(
        flags.json
          ? JSON.stringify({ planId: id, cycleId: cycle.id })
          : `plan ${id}: cycle ${cycle.id} applies it (follow it with cycle run ${app.name} --wait)`,
      );
      return;
    }
    let failed = false;
    try {
      await followCycle(rt, cycle, { ...flags, json: true, quiet: true });
    } catch (err) {
      if (!(err instanceof CliExit)) throw err;
      failed = true;
    }
    const done = (await readPlan(sql, id)) as PlanRow;
    const replanned = await allEntries(rt, id, { outcome: 'replanned' });
    const c = await readCycle(sql, cycle.id);
    if (flags.json) console.log(JSON.stringify({ plan: planJson(done, app.name), cycle: c, replanned }));
    else {
      for (const l of summaryLines(done, app.name)) console.log(l);
      for (const e of replanned)
        console.log(
          `  re-planned (${e.replannedBecause} changed): ${e.objectType} ${e.sourceName ?? e.sourceId}: planned ${e.action ?? 'nothing'}, did ${e.appliedAction ?? 'nothing'}`,
        );
    }
    if (failed) throw new CliExit(1);
    return;
  }
  if (flags.restart && flags.file)
    throw new CliError('--restart and --file: a proposal is planned as a restart already');
  let proposal: unknown;
  let source: { file: string; text: string } | undefined;
  if (flags.file !== undefined) {
    const read = readAppFile(flags.file);
    proposal = read.raw;
    source = read;
  }
  let created: Awaited<ReturnType<typeof createPlan>>;
  try {
    created = await createPlan(rt.services, app, {
      kind: proposal !== undefined ? 'proposal' : flags.restart ? 'restart' : 'next',
      proposal,
      actor: 'cli',
    });
  } catch (err) {
    if (err instanceof PlanInputError && source)
      reportDiagnostics(source.file, source.text, err.diagnostics, 'not planned');
    throw err;
  }
  const tty = process.stderr.isTTY;
  const ticker = tty
    ? setInterval(async () => {
        const p = await readPlan(sql, created.id);
        if (p) process.stderr.write(`\rplanning ${p.done}/${p.total}   `);
      }, 500)
    : undefined;
  await computePlan(rt.services, em, app, created);
  clearInterval(ticker);
  if (tty) process.stderr.write('\n');
  const plan = (await readPlan(sql, created.id)) as PlanRow;
  const entries = await allEntries(rt, plan.id, { changesOnly: flags.all !== true });
  if (flags.json) console.log(JSON.stringify({ plan: planJson(plan, app.name), entries }));
  else {
    for (const l of summaryLines(plan, app.name)) console.log(l);
    for (const e of entries) console.log(entryLine(e));
    if (plan.status === 'ready')
      console.log(`apply it: scimdesk app plan ${app.name} --apply ${plan.id} --wait   (or --drop ${plan.id})`);
  }
  if (plan.status !== 'ready') throw new CliExit(1);
}
