/**
 * The demo's provisioning: one app per demo domain, from the source directory `acme` into the
 * domain's tenant, with the seed's mappings and the scope the article describes (the region's
 * group assigned; a scoping filter that keeps the primary admin out), and its initial cycle run
 * before the server starts, so the demo tenants' users arrive by provisioning and the logs show it.
 */
import type { EntityManager } from '@mikro-orm/core';
import { App } from '../apps/app.entity.js';
import { applyApp } from '../apps/app.service.js';
import { readCycle } from '../cycles/cycle.row.js';
import { lastCycles, startCycle, summaryOf } from '../cycles/cycle.service.js';
import { runSlice } from '../cycles/cycle.slice.js';
import type { CycleCounts } from '../cycles/cycle.types.js';
import type { Services } from '../scim/services.js';
import { DEMO_DIRECTORY } from './directory.js';

const countsText = (c: CycleCounts) =>
  `${c.created} created, ${c.updated} updated, ${c.disabled} disabled, ${c.skipped} skipped, ${c.failed} failed`;

export const DEMO_APPS = [
  { name: 'acmeusw', tenant: 'acmeusw', region: 'US West' },
  { name: 'acmeuse', tenant: 'acmeuse', region: 'US East' },
  { name: 'acmeemea', tenant: 'acmeemea', region: 'EMEA' },
];
const PRIMARY_ADMIN = 'it.ops@acme.example';

export function demoAppFile(a: (typeof DEMO_APPS)[number]) {
  return {
    name: a.name,
    source: { directory: DEMO_DIRECTORY },
    target: { tenant: a.tenant },
    mappings: 'seed',
    scope: {
      mode: 'assigned',
      assignments: { users: [], groups: [a.region] },
      userFilter: {
        groups: [{ clauses: [{ attribute: 'userPrincipalName', operator: 'NOT EQUALS', value: PRIMARY_ADMIN }] }],
      },
    },
    schedule: { intervalMinutes: 40, enabled: true },
    deletionThreshold: 500,
  };
}

/** Creates the missing demo apps and runs each one's initial cycle here; returns lines to print. */
export async function seedDemoApps(services: Services, em: EntityManager): Promise<string[]> {
  const lines: string[] = [];
  for (const a of DEMO_APPS) {
    const existing = await em.findOne(App, { name: a.name });
    if (existing) {
      const last = (await lastCycles(services.sql, existing.id, 1))[0];
      const cycle = last ? `${last.kind} ${last.status} (${countsText(last.counts)})` : 'none yet';
      lines.push(`App ${a.name}: ${existing.state}; last cycle ${cycle}`);
      continue;
    }
    const r = await applyApp(services, em, demoAppFile(a));
    if (!r.app)
      throw new Error(`demo app ${a.name}: ${r.diagnostics.map((d) => `${d.path}: ${d.message}`).join('; ')}`);
    const { cycle } = await startCycle(services, r.app, 'demo');
    while ((await runSlice(services, cycle.id, { runnerId: 'demo-seed', sliceMs: 600_000 })) === 'yielded');
    const done = await readCycle(services.sql, cycle.id);
    if (done) {
      const s = summaryOf(done);
      lines.push(
        `App ${a.name} (${a.region} -> tenant ${a.tenant}): initial cycle ${s.status}, ${s.counts.created} created, ${s.counts.skipped} skipped, ${s.counts.failed} failed in ${s.durationMs} ms`,
      );
    }
  }
  return lines;
}
