import { createHash } from 'node:crypto';
import { compileMappingSet, compileScopingFilter, type DeclaredTypes, type MappingSet } from '@scimdesk/scim';
import { serverScopingOptions } from '../expression/context.js';
import type { App } from './app.entity.js';
import type { CompiledApp, StoredScope } from './app.types.js';

/** Functions whose work is not linear in their input (nested, their outputs multiply). */
const COSTLY =
  /\b(Replace|Join|Split|RandomString|SelectUniqueValue|AppRoleAssignmentsComplex|AssertiveAppRoleAssignmentsComplex)\s*\(/;

function needsGuard(set: MappingSet): boolean {
  return [...set.user.mappings, ...set.group.mappings].some((m) => m.kind === 'expression' && COSTLY.test(m.source));
}

const cache = new Map<string, { stamp: string; compiled: CompiledApp }>();

export function evaluationHash(mappings: string, scope: string): string {
  return createHash('sha256').update(mappings).update('\0').update(scope).digest('hex').slice(0, 32);
}

/** A stable text of a target's declared types, for the cache stamp. */
function declaredStamp(declared: DeclaredTypes | undefined): string {
  if (!declared) return '';
  const parts: string[] = [];
  for (const [uri, types] of declared) for (const [path, t] of types) parts.push(`${uri}:${path}=${t}`);
  return parts.sort().join('\n');
}

/**
 * Compiles an app's mappings and scoping filters, once per version of the app (and of the
 * target's declared types, `/Schemas`) in this process. `hash` covers mappings and scope only:
 * it decides whether a cycle must be initial, and a target's schema is not the admin's change.
 */
export function compileApp(app: Pick<App, 'id' | 'mappings' | 'scope'>, declared?: DeclaredTypes): CompiledApp {
  const hash = evaluationHash(app.mappings, app.scope);
  const stamp = declared ? `${hash}\0${declaredStamp(declared)}` : hash;
  const hit = cache.get(app.id);
  if (hit && hit.stamp === stamp) return hit.compiled;
  const mappingSet = JSON.parse(app.mappings) as MappingSet;
  const scope = JSON.parse(app.scope) as StoredScope;
  const compiled: CompiledApp = {
    mappings: compileMappingSet(mappingSet, declared),
    mappingSet,
    scope,
    userFilter: compileScopingFilter(scope.userFilter, serverScopingOptions),
    groupFilter: compileScopingFilter(scope.groupFilter, serverScopingOptions),
    assigned: new Set([...scope.users, ...scope.groups].map((a) => a.objectId)),
    names: new Map([...scope.users, ...scope.groups].map((a) => [a.objectId, a.name])),
    guarded: needsGuard(mappingSet),
    hash,
  };
  cache.set(app.id, { stamp, compiled });
  if (cache.size > 1000) cache.delete(cache.keys().next().value as string);
  return compiled;
}
