/** `scimdesk app on-demand <app> (--user X | --group Y) [--json]`: provision one object now, step by step. */
import type { EntityManager } from '@mikro-orm/core';
import { requireApp } from '../apps/app.service.js';
import { OnDemandError, type OnDemandObject, provisionOnDemand } from '../cycles/on-demand.js';
import type { Runtime } from '../runtime.js';
import { CliExit } from './app.js';
import { CliError } from './args.js';

type Flags = Record<string, string | true>;

const brief = (v: unknown) => {
  const text = JSON.stringify(v) ?? '';
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
};

/** One object as an admin reads it: the outcome, then each step with the detail that matters. */
function describe(o: OnDemandObject): string {
  const target = o.targetId ? ` -> ${o.targetName ?? ''} (${o.targetId})` : '';
  const why = o.errorCode ? `: ${o.errorCode}${o.errorMessage ? ` ${o.errorMessage}` : ''}` : '';
  const lines = [
    `${o.role === 'object' ? '' : `${o.role} `}${o.objectType} ${o.sourceName}: ${o.action} ${o.status}${target}${why}`,
  ];
  for (const s of o.steps) {
    const d = s.details ?? {};
    const detail =
      s.step === 'scope'
        ? String(d.reason ?? '')
        : s.step === 'match'
          ? ((d.attempts as { filter: string; hits: number }[] | undefined) ?? [])
              .map((a) => `${a.filter} (${a.hits})`)
              .join('; ') || String(d.targetId ?? d.reason ?? '')
          : s.step === 'import'
            ? ''
            : String(d.message ?? d.reason ?? d.action ?? '');
    lines.push(`  ${s.step} ${s.status}${detail ? `: ${detail}` : ''}`);
  }
  for (const m of o.modified) lines.push(`  ${m.attribute}: ${brief(m.old)} -> ${brief(m.new)}`);
  if (o.request) lines.push(`  last request: ${o.request.method} ${o.request.path} -> ${o.response?.status ?? '-'}`);
  return lines.join('\n');
}

export async function appOnDemandCli(
  rt: Runtime,
  em: EntityManager,
  name: string | undefined,
  flags: Flags,
): Promise<void> {
  if (!name) throw new CliError('app on-demand <app> (--user UPN|objectId | --group displayName|objectId) [--json]');
  const user = typeof flags.user === 'string' ? flags.user : undefined;
  const group = typeof flags.group === 'string' ? flags.group : undefined;
  if (!!user === !!group) throw new CliError('app on-demand needs one of --user or --group');
  const app = await requireApp(em, name);
  try {
    const result = await provisionOnDemand(rt.services, em, app, { user, group }, (o) =>
      console.log(flags.json ? JSON.stringify(o) : describe(o)),
    );
    if (flags.json) console.log(JSON.stringify(result));
    else
      console.log(
        `on-demand ${result.objectType} done in ${result.durationMs} ms${result.members.length ? ` (${result.members.length} members)` : ''}`,
      );
    const all = [result.object, ...result.members, ...(result.membership ? [result.membership] : [])];
    if (all.some((o) => o.status === 'Failure')) throw new CliExit(1);
  } catch (e) {
    if (e instanceof OnDemandError) throw new CliError(e.message);
    throw e;
  }
}
