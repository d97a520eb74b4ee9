/**
 * The App row as the API's node, converted once at the edge. The target's token (sealed or
 * not) never leaves: the node says whether one is stored and which variable names it.
 */

import type { ScopingFilter } from '@scimdesk/scim';
import { inList, listParam, type SqlRunner } from '../db/sql.js';
import type { App } from './app.entity.js';
import type { AppDiagnostic } from './app.file.js';
import type { StoredScope } from './app.types.js';
import type { AppDiagnosticNode, AppNode, AppScopeMode, AppStateValue, ScopingFilterNode } from './apps.types.js';

async function slugs(q: SqlRunner, table: 'directory' | 'tenant', ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await q.all<{ id: string; slug: string }>(
    `select id, slug from ${table} where ${inList(q.kind, 'id')}`,
    [listParam(q.kind, unique)],
  );
  return new Map(rows.map((r) => [r.id, r.slug]));
}

const filterNode = (f: ScopingFilter | undefined): ScopingFilterNode => ({
  groups: (f?.groups ?? []).map((g) => ({
    title: g.title ?? null,
    clauses: g.clauses.map((c) => ({ attribute: c.attribute, operator: c.operator, value: c.value ?? null })),
  })),
});

/** Directory id -> slug of the tenant it mirrors (tenant sources only). */
async function sourceTenants(q: SqlRunner, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await q.all<{ id: string; slug: string }>(
    `select d.id, t.slug from directory d join tenant t on t.id = d.tenant_id where ${inList(q.kind, 'd.id')}`,
    [listParam(q.kind, unique)],
  );
  return new Map(rows.map((r) => [r.id, r.slug]));
}

function toAppNode(app: App, directory: string | null, tenant: string | null, sourceTenant: string | null): AppNode {
  const scope = JSON.parse(app.scope) as StoredScope;
  return {
    id: app.id,
    name: app.name,
    state: app.state as AppStateValue,
    target: {
      tenant,
      url: app.targetTenantId ? null : (app.targetUrl ?? null),
      tokenStored: !!app.targetTokenSealed,
      tokenEnv: app.targetTokenEnv ?? null,
    },
    directory,
    sourceTenant,
    mappings: JSON.parse(app.mappings) as Record<string, unknown>,
    mappingsPreset: app.mappingsPreset ?? null,
    scope: {
      mode: scope.mode as AppScopeMode,
      users: scope.users.map((u) => ({ objectId: u.objectId, name: u.name })),
      groups: scope.groups.map((g) => ({ objectId: g.objectId, name: g.name })),
      userFilter: filterNode(scope.userFilter),
      groupFilter: filterNode(scope.groupFilter),
    },
    schedule: {
      intervalMinutes: app.intervalMinutes,
      enabled: !!app.scheduleEnabled,
      followChanges: !!app.followChanges,
      nextRunAt: app.nextRunAt ?? null,
    },
    deletionThreshold: app.deletionThreshold,
    quarantine: app.quarantineReason
      ? {
          reason: app.quarantineReason,
          message: app.quarantineMessage ?? '',
          since: app.quarantinedAt ?? app.updatedAt,
          cycles: app.quarantineCycles ?? 0,
        }
      : null,
    webhookUrl: app.webhookUrl ?? null,
    watermark: app.watermark == null ? null : Number(app.watermark),
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
  };
}

/** Nodes for `apps`, with the directory and tenant slugs read in two queries. */
export async function toAppNodes(q: SqlRunner, apps: readonly App[]): Promise<AppNode[]> {
  const dirs = await slugs(
    q,
    'directory',
    apps.map((a) => a.directoryId),
  );
  const tenants = await slugs(
    q,
    'tenant',
    apps.flatMap((a) => (a.targetTenantId ? [a.targetTenantId] : [])),
  );
  const sources = await sourceTenants(
    q,
    apps.map((a) => a.directoryId),
  );
  return apps.map((a) =>
    toAppNode(
      a,
      dirs.get(a.directoryId) ?? null,
      a.targetTenantId ? (tenants.get(a.targetTenantId) ?? null) : null,
      sources.get(a.directoryId) ?? null,
    ),
  );
}

export async function appNodeOf(q: SqlRunner, app: App): Promise<AppNode> {
  return (await toAppNodes(q, [app]))[0];
}

export const toDiagnosticNode = (d: AppDiagnostic): AppDiagnosticNode => ({
  path: d.path,
  code: d.code,
  severity: d.severity,
  message: d.message,
  expression: d.expression
    ? { line: d.expression.line ?? null, column: d.expression.column ?? null, offset: d.expression.offset ?? null }
    : null,
});
