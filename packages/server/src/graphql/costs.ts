/**
 * What one field costs the query-cost rule (limits.ts) beyond the default 1: fields that run a
 * database aggregate or an evaluation, and introspection, whose answer is the whole schema. With
 * the default GRAPHQL_MAX_COST of 50,000, one request may run about 40 report-sized aggregates or
 * 45 full introspections; the dashboard's overview (one report, its events per day and health)
 * costs about 5,000.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  // reports/reports.resolver.ts: each is one or more aggregate queries over a tenant's users or events.
  'Query.report': 1000,
  'Query.health': 1000,
  'TenantReport.eventsPerDay': 1000,
  'TenantReport.failuresByType': 1000,
  'TenantReport.lastScimRequestAt': 200,
  // provisioning/provisioning-logs.resolver.ts: aggregates over an app's (or a cycle's) log entries.
  'Query.cycleReport': 1000,
  'Query.provisioningLogReport': 1000,
  'ProvisioningLogConnection.totalCount': 200,
  // mappings/mappings.resolver.ts: CPU-bound, and also bounded by one time budget per request.
  'Query.previewExpression': 100,
  'Query.previewMapping': 200,
  // directory/directory.resolver.ts: keyset pages (with a count when totalCount is asked) and per-row lookups.
  'Directory.users': 20,
  'Directory.groups': 20,
  'DirectoryGroup.members': 20,
  'DirectoryGroup.memberOf': 5,
  'DirectoryUser.groups': 5,
  'DirectoryUser.manager': 2,
  // apps/apps.resolver.ts, cycles/cycles.resolver.ts: the apps list (two slug lookups), an app's
  // cycle pages, its open and last cycle, and its report (two log aggregates per cycle, up to 50).
  'Query.apps': 10,
  'App.cycles': 5,
  'CycleConnection.totalCount': 50,
  'App.currentCycle': 2,
  'App.lastCycle': 2,
  'App.report': 1000,
  // apps/scope-preview.resolver.ts: the scope step over every object of the app's source directory.
  'Query.scopePreview': 1000,
  // Introspection: __schema answers with every type (about 50 kB); __type with one.
  'Query.__schema': 1000,
  'Query.__type': 50,
};

/** The cost of `field` on the object type `parent` (undefined when the type is unknown). */
export function fieldCost(parent: string | undefined, field: string): number {
  return (parent && FIELD_COSTS[`${parent}.${field}`]) || 1;
}
