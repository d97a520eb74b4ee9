/**
 * Checks an app file's meaning before anything is saved: every mapping diagnostic (with its
 * position in the expression), every scoping-filter diagnostic, the directory, the assignments
 * (by UPN, objectId or group displayName), the target tenant, and the token variable.
 */
import {
  caseFold,
  compileMappingSet,
  compileScopingFilter,
  type MappingSet,
  mappingPresets,
  type ScopingFilter,
  usernameKey,
} from '@scimdesk/scim';
import { secretFromEnv } from '../config.js';
import { inList, listParam, type Sql, type SqlRunner } from '../db/sql.js';
import { createTenantSource, tenantSourceOf } from '../directory/tenant-source.js';
import { serverScopingOptions } from '../expression/context.js';
import type { AppDiagnostic, AppFile } from './app.file.js';
import type { AssignedObject, StoredScope } from './app.types.js';

export interface ResolvedApp {
  directoryId: string;
  targetTenantId: string | null;
  mappingSet: MappingSet;
  mappingsPreset: string | null;
  scope: StoredScope;
}

const err = (path: string, code: string, message: string): AppDiagnostic => ({
  path,
  code,
  severity: 'error',
  message,
});

function mappingDiagnostics(set: MappingSet, out: AppDiagnostic[], prefix: string): void {
  for (const d of compileMappingSet(set).diagnostics) {
    const where =
      d.mapping === undefined
        ? `${prefix}.${d.objectType ?? 'user'}`
        : `${prefix}.${d.objectType}.mappings[${d.mapping}].${d.field}`;
    out.push({
      path: where,
      code: d.code,
      severity: d.severity,
      message: d.message,
      ...(d.offset !== undefined ? { expression: { line: d.line, column: d.column, offset: d.offset } } : {}),
    });
  }
}

function filterDiagnostics(filter: ScopingFilter, path: string, out: AppDiagnostic[]): void {
  for (const d of compileScopingFilter(filter, serverScopingOptions).diagnostics) {
    out.push({
      path: `${path}.groups[${d.group}].clauses[${d.clause}].${d.field}`,
      code: d.code,
      severity: d.severity,
      message: d.message,
    });
  }
}

export async function resolveAssignments(
  q: SqlRunner,
  directoryId: string,
  names: { users: string[]; groups: string[] },
  out: AppDiagnostic[],
): Promise<{ users: AssignedObject[]; groups: AssignedObject[] }> {
  const users: AssignedObject[] = [];
  const groups: AssignedObject[] = [];
  if (names.users.length) {
    const keys = names.users.flatMap((n) => [caseFold(n), usernameKey(n)]);
    const rows = await q.all<{ object_id: string; upn_key: string }>(
      `select object_id, upn_key from directory_user where directory_id = ? and (${inList(q.kind, 'upn_key')} or ${inList(q.kind, 'object_id')})`,
      [directoryId, listParam(q.kind, keys), listParam(q.kind, names.users)],
    );
    names.users.forEach((n, i) => {
      const hit = rows.find((r) => r.object_id === n || r.upn_key === caseFold(n) || r.upn_key === usernameKey(n));
      if (hit) users.push({ objectId: hit.object_id, name: n });
      else out.push(err(`scope.assignments.users[${i}]`, 'APP_UNKNOWN_USER', `No user "${n}" in the directory.`));
    });
  }
  if (names.groups.length) {
    const rows = await q.all<{ object_id: string; name_key: string }>(
      `select object_id, name_key from directory_group where directory_id = ? and deleted_at is null and (${inList(q.kind, 'name_key')} or ${inList(q.kind, 'object_id')})`,
      [directoryId, listParam(q.kind, names.groups.map(caseFold)), listParam(q.kind, names.groups)],
    );
    names.groups.forEach((n, i) => {
      const byId = rows.find((r) => r.object_id === n);
      const byName = rows.filter((r) => r.name_key === caseFold(n));
      const path = `scope.assignments.groups[${i}]`;
      if (byId) groups.push({ objectId: byId.object_id, name: n });
      else if (byName.length === 1) groups.push({ objectId: byName[0].object_id, name: n });
      else if (byName.length > 1)
        out.push(err(path, 'APP_AMBIGUOUS_GROUP', `${byName.length} groups are named "${n}": assign it by objectId.`));
      else out.push(err(path, 'APP_UNKNOWN_GROUP', `No group "${n}" in the directory.`));
    });
  }
  return { users, groups };
}

/**
 * The app's source directory: a directory by slug, or a tenant's mirror (made and filled the
 * first time an app names the tenant, when `q` can open a transaction).
 */
async function sourceDirectory(
  q: SqlRunner,
  source: AppFile['source'],
  out: AppDiagnostic[],
): Promise<{ id: string } | undefined> {
  if ('directory' in source) {
    const dir = await q.get<{ id: string }>('select id from directory where slug = ?', [source.directory]);
    if (!dir) out.push(err('source.directory', 'APP_UNKNOWN_DIRECTORY', `No directory "${source.directory}".`));
    return dir;
  }
  const t = await q.get<{ id: string; slug: string }>('select id, slug from tenant where slug = ?', [source.tenant]);
  if (!t) {
    out.push(err('source.tenant', 'APP_UNKNOWN_TENANT', `No tenant "${source.tenant}".`));
    return undefined;
  }
  const id = 'transaction' in q ? (await createTenantSource(q as Sql, t)).directoryId : await tenantSourceOf(q, t.id);
  if (!id) out.push(err('source.tenant', 'APP_UNKNOWN_TENANT', `Tenant "${source.tenant}" is not a source yet.`));
  return id ? { id } : undefined;
}

export async function validateApp(
  q: SqlRunner,
  file: AppFile,
): Promise<{ diagnostics: AppDiagnostic[]; resolved?: ResolvedApp }> {
  const out: AppDiagnostic[] = [];
  let mappingSet: MappingSet | undefined;
  let mappingsPreset: string | null = null;
  const mappings = file.mappings ?? ('tenant' in file.source ? 'scim' : 'seed');
  if (typeof mappings === 'string') {
    mappingSet = mappingPresets[mappings];
    mappingsPreset = mappings;
    if (!mappingSet)
      out.push(
        err(
          'mappings',
          'APP_UNKNOWN_PRESET',
          `No mapping preset "${mappings}" (presets: ${Object.keys(mappingPresets).join(', ')}).`,
        ),
      );
  } else mappingSet = mappings;
  if (mappingSet) mappingDiagnostics(mappingSet, out, 'mappings');
  filterDiagnostics(file.scope.userFilter, 'scope.userFilter', out);
  filterDiagnostics(file.scope.groupFilter, 'scope.groupFilter', out);

  const dir = await sourceDirectory(q, file.source, out);
  let targetTenantId: string | null = null;
  if ('tenant' in file.target) {
    const t = await q.get<{ id: string }>('select id from tenant where slug = ?', [file.target.tenant]);
    if (!t) out.push(err('target.tenant', 'APP_UNKNOWN_TENANT', `No tenant "${file.target.tenant}".`));
    targetTenantId = t?.id ?? null;
  } else if ('tokenEnv' in file.target && !secretFromEnv(file.target.tokenEnv)) {
    out.push(err('target.tokenEnv', 'APP_TOKEN_ENV', `The environment variable ${file.target.tokenEnv} is not set.`));
  }
  const assignments = dir
    ? await resolveAssignments(q, dir.id, file.scope.assignments, out)
    : { users: [], groups: [] };
  if (file.scope.mode === 'assigned' && !file.scope.assignments.users.length && !file.scope.assignments.groups.length)
    out.push({
      path: 'scope.assignments',
      code: 'APP_NOTHING_ASSIGNED',
      severity: 'warning',
      message: 'The scope is "assigned" and nothing is assigned: cycles will provision nobody.',
    });
  if (out.some((d) => d.severity === 'error') || !dir || !mappingSet) return { diagnostics: out };
  return {
    diagnostics: out,
    resolved: {
      directoryId: dir.id,
      targetTenantId,
      mappingSet,
      mappingsPreset,
      scope: {
        mode: file.scope.mode,
        ...assignments,
        userFilter: file.scope.userFilter,
        groupFilter: file.scope.groupFilter,
      },
    },
  };
}
