import type { ProvisioningEvent } from './event.entity.js';
import type { EventActionKind, EventNode } from './events.types.js';

export function toEventNode(e: ProvisioningEvent): EventNode {
  return {
    id: e.id,
    createdAt: e.createdAt,
    actor: e.actor,
    tokenId: e.tokenId ?? null,
    method: e.method,
    path: e.path,
    action: e.action as EventActionKind,
    resourceType: e.resourceType ?? null,
    targetId: e.targetId ?? null,
    targetName: e.targetName ?? null,
    modified: (e.modified ?? []).map((m) => ({ attribute: m.attribute, old: m.old, new: m.new })),
    status: e.status,
    scimType: e.scimType ?? null,
    error: e.error ?? null,
    warnings: e.warnings ?? [],
    durationMs: e.durationMs,
  };
}
