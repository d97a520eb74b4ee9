/** `scimdesk app deletes <app> [--allow | --reject] [--only ID,ID] [--wait] [--json]`: deletes the threshold held. */
import type { EntityManager } from '@mikro-orm/core';
import { requireApp } from '../apps/app.service.js';
import { countHeld, type HeldObject, heldAmong, listHeld } from '../cycles/cycle.deletes.js';
import { decideHeld } from '../cycles/cycle.service.js';
import type { Runtime } from '../runtime.js';
import { type CliFlags, followCycle } from './app.js';
import { CliError } from './args.js';

const PAGE = 1000;

async function allHeld(rt: Runtime, appId: string, directoryId: string): Promise<HeldObject[]> {
  const out: HeldObject[] = [];
  for (let after = ''; ; ) {
    const page = await listHeld(rt.services.sql, appId, directoryId, PAGE, after);
    out.push(...page);
    if (page.length < PAGE) return out;
    const last = page[page.length - 1];
    after = `${last.objectType}:${last.sourceId}`;
  }
}

export async function appDeletesCli(
  rt: Runtime,
  em: EntityManager,
  name: string | undefined,
  flags: CliFlags,
): Promise<void> {
  if (!name) throw new CliError('app deletes <app> [--allow | --reject] [--only ID,ID]');
  if (flags.allow && flags.reject) throw new CliError('--allow and --reject: choose one');
  const app = await requireApp(em, name);
  const verdict = flags.allow ? 'allow' : flags.reject ? 'reject' : null;
  if (flags.only !== undefined && !verdict) throw new CliError('--only goes with --allow or --reject');
  if (!verdict) {
    const held = await allHeld(rt, app.id, app.directoryId);
    if (flags.json) {
      console.log(
        JSON.stringify({ app: app.name, held: held.filter((h) => !h.allowed).length, objects: held }, null, 2),
      );
      return;
    }
    const waiting = held.filter((h) => !h.allowed).length;
    console.log(
      waiting
        ? `${app.name}: ${waiting} disable(s) and delete(s) held by the deletion threshold (${app.deletionThreshold}); allow with --allow or reject with --reject`
        : `${app.name}: no deletes held`,
    );
    for (const h of held)
      console.log(
        `  ${h.objectType} ${h.sourceId} ${h.sourceName ?? '(gone from the source)'}: ${h.action} target ${h.targetId ?? '-'}${h.allowed ? ' (allowed, waiting for a cycle)' : ''}`,
      );
    return;
  }
  let ids: string[] | undefined;
  if (flags.only !== undefined) {
    if (typeof flags.only !== 'string' || !flags.only.trim())
      throw new CliError('--only needs source ids: --only ID,ID');
    ids = [...new Set(flags.only.split(',').map((s) => s.trim()))].filter(Boolean);
    const held = await heldAmong(rt.services.sql, app.id, ids);
    const unknown = ids.filter((id) => !held.has(id));
    if (unknown.length) throw new CliError(`--only: not held in app ${app.name}: ${unknown.join(', ')}`);
  }
  const out = await decideHeld(rt.services, app, verdict, ids);
  const left = await countHeld(rt.services.sql, app.id);
  if (out.cycle && flags.wait) {
    if (!flags.json) console.log(`allowed ${out.changed}; cycle ${out.cycle.id} sends them`);
    await followCycle(rt, out.cycle, flags);
    return;
  }
  if (flags.json) {
    console.log(
      JSON.stringify({
        [verdict === 'allow' ? 'allowed' : 'rejected']: out.changed,
        held: left,
        cycleId: out.cycle?.id ?? null,
      }),
    );
    return;
  }
  console.log(
    verdict === 'allow'
      ? `allowed ${out.changed}${out.cycle ? `; cycle ${out.cycle.id} sends them` : `; app ${app.name} is ${app.state}: they are sent when it runs`}; ${left} still held`
      : `rejected ${out.changed}: the target keeps them; ${left} still held`,
  );
}
