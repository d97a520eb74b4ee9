import { checkPatchLimits, checkResourceLimits, ScimError, type ScimResource } from '@scimdesk/scim';
import { isId } from '../http/ids.js';
import { newAudit, type ScimContext } from './context.js';
import type { Services } from './services.js';

const BULK_REQUEST = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const BULK_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:BulkResponse';

interface BulkOperation {
  method?: unknown;
  bulkId?: unknown;
  version?: unknown;
  path?: unknown;
  data?: unknown;
}

interface BulkResult {
  method: string;
  bulkId?: string;
  version?: string;
  location?: string;
  status: string;
  response?: unknown;
}

/** Replaces every string `bulkId:<id>` in `data` with the id created earlier in the same request. */
function resolveBulkIds(data: unknown, created: Map<string, string>): unknown {
  if (typeof data === 'string' && data.startsWith('bulkId:')) {
    const id = created.get(data.slice('bulkId:'.length));
    if (!id) throw new ScimError(409, 'invalidValue', `Unresolved reference ${data}`);
    return id;
  }
  if (Array.isArray(data)) return data.map((d) => resolveBulkIds(d, created));
  if (data && typeof data === 'object')
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, resolveBulkIds(v, created)]));
  return data;
}

/**
 * RFC 7644 §3.7: operations run in order through the same services as single requests, each
 * recorded as its own provisioning event; `failOnErrors` stops after that many errors.
 */
export async function runBulk(services: Services, ctx: ScimContext & { tokenId: string }, body: unknown) {
  const req = body as { schemas?: unknown; Operations?: unknown; failOnErrors?: unknown } | null;
  if (!req || typeof req !== 'object' || !Array.isArray(req.Operations))
    throw new ScimError(400, 'invalidSyntax', 'A BulkRequest needs an Operations array');
  if (!Array.isArray(req.schemas) || !req.schemas.some((s) => String(s).toLowerCase() === BULK_REQUEST.toLowerCase()))
    throw new ScimError(400, 'invalidSyntax', `schemas must contain ${BULK_REQUEST}`);
  const ops = req.Operations as BulkOperation[];
  if (ops.length > services.config.SCIM_BULK_MAX_OPERATIONS)
    throw new ScimError(
      413,
      undefined,
      `A bulk request may hold at most ${services.config.SCIM_BULK_MAX_OPERATIONS} operations`,
    );
  const failOnErrors =
    typeof req.failOnErrors === 'number' && req.failOnErrors > 0 ? req.failOnErrors : Number.POSITIVE_INFINITY;
  ctx.audit.warnings.push(`bulk request with ${ops.length} operations`);

  const created = new Map<string, string>();
  const results: BulkResult[] = [];
  let errors = 0;
  for (const op of ops) {
    if (errors >= failOnErrors) break;
    const method = String(op.method ?? '').toUpperCase();
    const bulkId = typeof op.bulkId === 'string' ? op.bulkId : undefined;
    const audit = newAudit();
    const opCtx: ScimContext = {
      ...ctx,
      em: services.db.orm.em.fork(),
      audit,
      request: { method, path: `Bulk ${String(op.path ?? '')}`, startedAt: performance.now() },
    };
    const started = performance.now();
    let result: BulkResult;
    let error: ScimError | undefined;
    try {
      result = await runOne(services, opCtx, method, op, bulkId, created);
    } catch (err) {
      error = err instanceof ScimError ? err : new ScimError(500, undefined, 'Internal error');
      errors += 1;
      result = { method, bulkId, status: String(error.status), response: error.toBody() };
    }
    if (!audit.recorded)
      services.events.record({
        tenantId: ctx.tenant.id,
        tokenId: ctx.tokenId,
        actor: 'scim',
        method,
        path: `Bulk ${String(op.path ?? '')}`.slice(0, 2048),
        action: audit.action,
        resourceType: audit.resourceType ?? null,
        targetId: audit.targetId ?? null,
        targetName: audit.targetName ?? null,
        modified: error || !audit.modified.length ? null : audit.modified,
        status: Number(result.status),
        scimType: error?.scimType ?? null,
        error: error?.message ?? null,
        warnings: audit.warnings.length ? audit.warnings : null,
        durationMs: Math.round(performance.now() - started),
      });
    results.push(result);
  }
  return { schemas: [BULK_RESPONSE], Operations: results };
}

async function runOne(
  services: Services,
  ctx: ScimContext,
  method: string,
  op: BulkOperation,
  bulkId: string | undefined,
  created: Map<string, string>,
): Promise<BulkResult> {
  const path = typeof op.path === 'string' ? op.path : '';
  const m = /^\/(Users|Groups)(?:\/([^/?]+))?$/i.exec(path);
  if (!m)
    throw new ScimError(400, 'invalidPath', `Bulk path "${path}" must be /Users, /Groups or one of their resources`);
  const service = m[1].toLowerCase() === 'users' ? services.users : services.groups;
  const rawId = m[2] ? decodeURIComponent(m[2]) : undefined;
  const id = rawId?.startsWith('bulkId:') ? (resolveBulkIds(rawId, created) as string) : rawId;
  if (id !== undefined && !isId(id)) throw ScimError.notFound('No resource with this id (ids are UUIDs)');
  const version = typeof op.version === 'string' ? op.version : undefined;
  const limits = {
    maxOperations: services.config.SCIM_PATCH_MAX_OPERATIONS,
    maxValues: services.config.SCIM_MAX_MULTI_VALUES,
  };
  if (method === 'PATCH') checkPatchLimits(op.data, limits);
  else checkResourceLimits(op.data, limits);
  const data = resolveBulkIds(op.data, created);
  const done = (status: number, res?: ScimResource): BulkResult => {
    const meta = res?.meta as { location?: string; version?: string } | undefined;
    return { method, bulkId, status: String(status), location: meta?.location, version: meta?.version };
  };
  if (method === 'POST' && !id) {
    if (!bulkId) throw new ScimError(400, 'invalidValue', 'A bulk POST needs a bulkId');
    const res = await service.create(ctx, data);
    created.set(bulkId, String(res.id));
    return done(201, res);
  }
  if (!id) throw new ScimError(400, 'invalidPath', `${method} needs a resource path such as /Users/<id>`);
  if (method === 'PUT') return done(200, await service.replace(ctx, id, data, version));
  if (method === 'PATCH') return done(200, await service.patch(ctx, id, data, version));
  if (method === 'DELETE') {
    await service.delete(ctx, id, version);
    return { method, bulkId, status: '204', location: `${ctx.baseUrl}${path}` };
  }
  throw new ScimError(400, 'invalidSyntax', `Unsupported bulk method "${method}"`);
}
