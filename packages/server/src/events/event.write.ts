import { runQueued, type SqlRunner } from '../db/sql.js';
import type { ScimContext } from '../scim/context.js';
import type { EventAction } from './event.entity.js';
import { eventValues, INSERT_EVENT_SQL, type NewEvent } from './event.row.js';

const DEFAULT_OK: Record<string, number> = { POST: 201, DELETE: 204 };

/** The provisioning event of a request from its audit record (SPEC S7). */
export function eventOf(
  ctx: ScimContext,
  status: number,
  error?: { scimType?: string | null; message: string },
): NewEvent {
  const r = ctx.request;
  const audit = ctx.audit;
  return {
    tenantId: ctx.tenant.id,
    tokenId: ctx.tokenId ?? null,
    actor: ctx.actor ?? 'scim',
    method: r?.method ?? 'OTHER',
    path: r?.path ?? '',
    action: audit.action as EventAction,
    resourceType: audit.resourceType ?? null,
    targetId: audit.targetId ?? null,
    targetName: audit.targetName ?? null,
    modified: !error && audit.modified.length ? audit.modified : null,
    status,
    scimType: error?.scimType ?? null,
    error: error?.message ?? null,
    warnings: audit.warnings.length ? audit.warnings : null,
    durationMs: r ? performance.now() - r.startedAt : 0,
  };
}

/**
 * Writes the event of a successful write inside the write's own transaction, so an acknowledged
 * change always has its event (and a rolled-back one has none). Without a request (a direct
 * service call), the caller records it instead.
 */
export async function commitEvent(tx: SqlRunner, ctx: ScimContext): Promise<void> {
  if (!ctx.request) return;
  const status = ctx.request.okStatus ?? DEFAULT_OK[ctx.request.method.toUpperCase()] ?? 200;
  await runQueued(tx, INSERT_EVENT_SQL, eventValues(eventOf(ctx, status)));
  ctx.audit.recorded = true;
}
