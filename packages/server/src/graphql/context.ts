import type { EntityManager } from '@mikro-orm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Principal, resolvePrincipal } from '../auth/principal.js';
import type { Services } from '../scim/services.js';
import { type Loaders, newLoaders } from './loaders.js';

/** One GraphQL request: its own EntityManager fork, its caller (resolved once, lazily) and batch loaders. */
export interface GqlContext {
  services: Services;
  em: EntityManager;
  req: FastifyRequest;
  reply: FastifyReply;
  principal(): Promise<Principal | null>;
  loaders: Loaders;
  /** Where SCIM URLs point, as in SCIM's own meta.location (`PUBLIC_URL`, else the listener; see http/origin.ts). */
  origin: string;
}

export function buildContext(services: Services, req: FastifyRequest, reply: FastifyReply): GqlContext {
  const em = services.db.orm.em.fork();
  let principal: Promise<Principal | null> | undefined;
  return {
    services,
    em,
    req,
    reply,
    principal: () => {
      principal ??= resolvePrincipal(services, em, req);
      return principal;
    },
    loaders: newLoaders(services, em),
    origin: services.origin.of(req),
  };
}
