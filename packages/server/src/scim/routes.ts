import type { EntityManager } from '@mikro-orm/core';
import {
  checkPatchLimits,
  checkResourceLimits,
  cursorListResponse,
  findResourceType,
  findSchema,
  groupResourceType,
  listResponse,
  projectResource,
  resourceTypeRepresentation,
  resourceTypesListResponse,
  ScimError,
  type ScimResource,
  schemaRepresentation,
  schemasListResponse,
  serviceProviderConfig,
  userResourceType,
} from '@scimdesk/scim';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isId } from '../http/ids.js';
import type { PublicOrigin } from '../http/origin.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import { isTenantSlug } from '../tenants/tenant.service.js';
import { runBulk } from './bulk.js';
import { type Audit, newAudit, type ScimContext } from './context.js';
import { type ListParams, readListParams } from './query.js';
import type { Services } from './services.js';
import { encodeCursor, type ListCursor } from './sql/list-query.js';

export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

declare module 'fastify' {
  interface FastifyRequest {
    scim?: ScimContext & { tokenId: string };
    scimError?: ScimError;
    audit?: Audit;
    /** The tenant of the URL once the request is authenticated (refusals are counted, not logged: limits/). */
    scimTenant?: Tenant;
  }
}

type Params = { tenant: string; id?: string };
type Req = FastifyRequest<{ Params: Params; Querystring: Record<string, unknown> }>;

const DISCOVERY = /\/(ServiceProviderConfig|ResourceTypes|Schemas)(\/[^/]*)?\/?$/i;
const methodNotAllowed = () => new ScimError(405, undefined, 'This endpoint is read-only');
/** Routes whose `:id` is a stored resource's id (looked up in SQL), not a schema or resource type name. */
const RESOURCE_ID = /\/(Users|Groups)\/:id$/;

/** The SCIM 2.0 service provider at `/scim/v2/:tenant/...` (SPEC S3). */
export async function scimRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const { users, groups, config } = services;
  const maxCount = config.SCIM_MAX_PAGE_SIZE;

  // Authentication runs before the body is read, so refused requests cost no parsing.
  app.addHook('onRequest', async (req: Req, reply) => {
    req.audit = newAudit();
    // Rate limits (limits/scim-limits.ts): refused requests are counted per address and in the
    // tenant's report, and are not the tenant's events (scimTenant is set only once authenticated).
    const limits = services.limits.scim;
    limits.beforeAuth(req, reply);
    // A slug or id that cannot exist (NUL, too long, not a UUID) is 404 before any SQL (PostgreSQL refuses NUL).
    const tenant = isTenantSlug(req.params.tenant) ? await services.tenants.get(req.params.tenant) : null;
    if (!tenant) {
      limits.refused(req, null, 'unknown-tenant');
      throw ScimError.notFound(`Unknown tenant "${req.params.tenant}"`);
    }
    const auth = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    const verdict = m ? await services.tokens.verify(tenant, m[1]) : ({ ok: false, reason: 'malformed' } as const);
    if (!verdict.ok) limits.refused(req, tenant.id, auth ? verdict.reason : 'missing');
    else {
      req.scimTenant = tenant;
      limits.authenticated(reply, tenant.id, verdict.token.id);
    }
    if (!verdict.ok) {
      req.log.info({ tenant: tenant.slug, reason: verdict.reason }, 'SCIM request refused');
      reply.header('WWW-Authenticate', 'Bearer realm="scimdesk"');
      throw new ScimError(
        401,
        undefined,
        'Authentication failed: the bearer token is missing, invalid, expired or revoked',
      );
    }
    let em: EntityManager | undefined;
    const orm = services.db.orm;
    req.scim = {
      // Forked only when a feature needs MikroORM; the SCIM services use services.sql.
      get em() {
        em ??= orm.em.fork();
        return em;
      },
      tenant,
      baseUrl: baseUrlOf(req, services.origin),
      writer: 'scim',
      audit: req.audit,
      tokenId: verdict.token.id,
      request: { method: req.method, path: req.url, startedAt: performance.now() },
    };
    // Discovery endpoints are read-only: answer 405 before the body is parsed (an empty body must not become a 400).
    if (req.method !== 'GET' && DISCOVERY.test(req.url.split('?')[0])) throw methodNotAllowed();
    const id = req.params.id;
    if (id !== undefined && RESOURCE_ID.test(req.routeOptions.url ?? '') && !isId(id))
      throw ScimError.notFound('No resource with this id (ids are UUIDs)');
  });

  app.addHook('onResponse', async (req: Req, reply) => {
    const tenant = req.scimTenant;
    if (!tenant) return;
    const audit = req.audit ?? newAudit();
    if (audit.recorded) return; // a write's event committed with the write
    const err = req.scimError;
    services.events.record({
      tenantId: tenant.id,
      tokenId: req.scim?.tokenId ?? null,
      actor: 'scim',
      method: req.method,
      path: req.url.slice(0, 2048),
      action: audit.action,
      resourceType: audit.resourceType ?? null,
      targetId: audit.targetId ?? null,
      targetName: audit.targetName ?? null,
      modified: err ? null : audit.modified.length ? audit.modified : null,
      status: reply.statusCode,
      scimType: err?.scimType ?? null,
      error: err ? err.message.slice(0, 2000) : null,
      warnings: audit.warnings.length ? audit.warnings : null,
      durationMs: Math.round(reply.elapsedTime),
    });
  });

  const ctx = (req: Req) => req.scim!;
  const send = (reply: FastifyReply, status: number, body: unknown) =>
    reply.code(status).type(SCIM_CONTENT_TYPE).send(body);
  const sendResource = (reply: FastifyReply, req: Req, status: number, res: ScimResource) => {
    const rt = (res.meta as { resourceType: string }).resourceType === 'Group' ? groupResourceType : userResourceType;
    const p = readListParams(
      { attributes: req.query.attributes, excludedAttributes: req.query.excludedAttributes },
      maxCount,
    );
    const meta = res.meta as { version: string; location: string };
    reply.header('ETag', meta.version);
    if (status === 201) reply.header('Location', meta.location);
    return send(reply, status, projectResource(res, rt, p));
  };
  const ifMatch = (req: Req) => req.headers['if-match'];
  // What one request may carry (400 tooMany): checked before the body is parsed into a resource or a PATCH.
  const limits = { maxOperations: config.SCIM_PATCH_MAX_OPERATIONS, maxValues: config.SCIM_MAX_MULTI_VALUES };
  const resourceBody = (req: Req) => {
    checkResourceLimits(req.body, limits);
    return req.body;
  };
  const patchBody = (req: Req) => {
    checkPatchLimits(req.body, limits);
    return req.body;
  };

  // Discovery (read-only: writes answer 405).
  app.get('/ServiceProviderConfig', async (req: Req, reply) =>
    send(
      reply,
      200,
      serviceProviderConfig({
        baseUrl: ctx(req).baseUrl,
        bulk: { maxOperations: config.SCIM_BULK_MAX_OPERATIONS, maxPayloadSize: config.SCIM_BULK_MAX_PAYLOAD_BYTES },
        filterMax: maxCount,
        pagination: {
          cursor: true,
          index: true,
          defaultPaginationMethod: 'index',
          defaultPageSize: maxCount,
          maxPageSize: maxCount,
        },
      }),
    ),
  );
  app.get('/ResourceTypes', async (req: Req, reply) => send(reply, 200, resourceTypesListResponse(ctx(req).baseUrl)));
  app.get('/ResourceTypes/:id', async (req: Req, reply) => {
    const rt = findResourceType(req.params.id!);
    if (!rt) throw ScimError.notFound(`Resource type ${req.params.id} not found`);
    return send(reply, 200, resourceTypeRepresentation(rt, ctx(req).baseUrl));
  });
  app.get('/Schemas', async (req: Req, reply) => send(reply, 200, schemasListResponse(ctx(req).baseUrl)));
  app.get('/Schemas/:id', async (req: Req, reply) => {
    const schema = findSchema(req.params.id!);
    if (!schema) throw ScimError.notFound(`Schema ${req.params.id} not found`);
    return send(reply, 200, schemaRepresentation(schema, ctx(req).baseUrl));
  });
  for (const path of ['/ServiceProviderConfig', '/ResourceTypes', '/ResourceTypes/:id', '/Schemas', '/Schemas/:id'])
    app.route({
      method: ['POST', 'PUT', 'PATCH', 'DELETE'],
      url: path,
      handler: async () => {
        throw methodNotAllowed();
      },
    });
  app.all('/Me', async () => {
    throw new ScimError(501, undefined, '/Me is not supported: SCIM tokens belong to admins, not to users');
  });

  // Users
  const listUsers = async (req: Req, reply: FastifyReply, q: Record<string, unknown>) => {
    const p = readListParams(q, maxCount);
    const withGroups = !p.excludedAttributes.some((a) => a.toLowerCase() === 'groups');
    const { resources, total, next } = await users.list(ctx(req), p.query, withGroups);
    const out = resources.map((r) => projectResource(r, userResourceType, p));
    return send(reply, 200, pageOf(p, out, total, next));
  };
  app.get('/Users', async (req: Req, reply) => listUsers(req, reply, req.query));
  app.post('/Users/.search', async (req: Req, reply) => listUsers(req, reply, searchBody(req.body)));
  app.get('/Users/:id', async (req: Req, reply) => {
    const res = await users.get(ctx(req), req.params.id!);
    if (req.headers['if-none-match'] === (res.meta as { version: string }).version) return reply.code(304).send();
    return sendResource(reply, req, 200, res);
  });
  app.post('/Users', async (req: Req, reply) =>
    sendResource(reply, req, 201, await users.create(ctx(req), resourceBody(req))),
  );
  app.put('/Users/:id', async (req: Req, reply) =>
    sendResource(reply, req, 200, await users.replace(ctx(req), req.params.id!, resourceBody(req), ifMatch(req))),
  );
  app.patch('/Users/:id', async (req: Req, reply) => {
    const res = await users.patch(patchCtx(req), req.params.id!, patchBody(req), ifMatch(req), {
      withGroups: wantsBody(req),
    });
    return patchReply(req, reply, res);
  });
  app.delete('/Users/:id', async (req: Req, reply) => {
    await users.delete(ctx(req), req.params.id!, ifMatch(req));
    return reply.code(204).send();
  });

  // Groups
  const listGroups = async (req: Req, reply: FastifyReply, q: Record<string, unknown>) => {
    const p = readListParams(q, maxCount);
    const withMembers = wantsMembers(p.attributes, p.excludedAttributes);
    const { resources, total, next } = await groups.list(ctx(req), p.query, withMembers);
    const out = resources.map((r) => projectResource(r, groupResourceType, p));
    return send(reply, 200, pageOf(p, out, total, next));
  };
  app.get('/Groups', async (req: Req, reply) => listGroups(req, reply, req.query));
  app.post('/Groups/.search', async (req: Req, reply) => listGroups(req, reply, searchBody(req.body)));
  app.get('/Groups/:id', async (req: Req, reply) => {
    const p = readListParams(
      { attributes: req.query.attributes, excludedAttributes: req.query.excludedAttributes },
      maxCount,
    );
    const res = await groups.get(ctx(req), req.params.id!, wantsMembers(p.attributes, p.excludedAttributes));
    if (req.headers['if-none-match'] === (res.meta as { version: string }).version) return reply.code(304).send();
    return sendResource(reply, req, 200, res);
  });
  app.post('/Groups', async (req: Req, reply) =>
    sendResource(reply, req, 201, await groups.create(ctx(req), resourceBody(req))),
  );
  app.put('/Groups/:id', async (req: Req, reply) =>
    sendResource(reply, req, 200, await groups.replace(ctx(req), req.params.id!, resourceBody(req), ifMatch(req))),
  );
  app.patch('/Groups/:id', async (req: Req, reply) => {
    const res = await groups.patch(patchCtx(req), req.params.id!, patchBody(req), ifMatch(req));
    return patchReply(req, reply, res);
  });
  app.delete('/Groups/:id', async (req: Req, reply) => {
    await groups.delete(ctx(req), req.params.id!, ifMatch(req));
    return reply.code(204).send();
  });

  app.post('/Bulk', async (req: Req, reply) => send(reply, 200, await runBulk(services, ctx(req), req.body)));
  app.post('/.search', async () => {
    // RFC 7644 §3.4.3 / §3.12: a search across resource types that is not implemented is 501.
    throw new ScimError(501, undefined, 'Search at the root is not implemented; use /Users/.search or /Groups/.search');
  });

  /**
   * PATCH answers 204 (RFC 7644 §3.5.2 allows it; Entra and Microsoft's test collection expect it)
   * unless the client asks for attributes, in which case 200 with the projected resource.
   */
  function wantsBody(req: Req): boolean {
    return req.query.attributes !== undefined || req.query.excludedAttributes !== undefined;
  }

  /** The context of a PATCH, whose event records the status the reply will have (204, or 200 with a body). */
  function patchCtx(req: Req): ScimContext {
    const c = ctx(req);
    if (c.request) c.request.okStatus = wantsBody(req) ? 200 : 204;
    return c;
  }

  function patchReply(req: Req, reply: FastifyReply, res: ScimResource) {
    if (!wantsBody(req)) {
      reply.header('ETag', (res.meta as { version: string }).version);
      return reply.code(204).send();
    }
    return sendResource(reply, req, 200, res);
  }
}

/** An index page (RFC 7644) or, when a cursor was sent, a cursor page (RFC 9865). */
function pageOf(p: ListParams, out: ScimResource[], total: number, next: ListCursor | undefined) {
  return p.cursor
    ? cursorListResponse(out, total, next ? encodeCursor(next) : undefined)
    : listResponse(out, total, p.startIndex);
}

function wantsMembers(attributes: string[], excluded: string[]): boolean {
  const lower = (l: string[]) => l.map((a) => a.toLowerCase());
  if (lower(excluded).some((a) => a === 'members' || a.startsWith('members.'))) return false;
  if (attributes.length && !lower(attributes).some((a) => a === 'members' || a.startsWith('members.'))) return false;
  return true;
}

function searchBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object') throw new ScimError(400, 'invalidSyntax', 'A SearchRequest body is required');
  return body as Record<string, unknown>;
}

/** PUBLIC_URL or the configured listener; the Host header only from a TRUST_PROXY peer (http/origin.ts). */
export function baseUrlOf(req: FastifyRequest<{ Params: Params }>, origin: PublicOrigin): string {
  return `${origin.of(req)}/scim/v2/${req.params.tenant}`;
}
