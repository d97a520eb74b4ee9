import type { CookieSerializeOptions } from '@fastify/cookie';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../graphql/context.js';
import { ApiError, badInput, unauthenticated } from '../graphql/errors.js';
import { toTenantNode } from '../tenants/tenants.mapper.js';
import { AuthMethod, MeNode, SignInResult } from './auth.types.js';
import { loadMemberships } from './memberships.js';
import { CSRF_COOKIE, type Principal, SESSION_COOKIE } from './principal.js';
import { csrfTokenOf } from './session.service.js';

function cookieOptions(ctx: GqlContext, maxAgeSec: number, httpOnly: boolean): CookieSerializeOptions {
  const secure = ctx.services.config.PUBLIC_URL?.startsWith('https:') ?? false;
  return { path: '/', httpOnly, sameSite: 'lax', secure, maxAge: maxAgeSec };
}

function meOf(ctx: GqlContext, p: Principal): MeNode {
  const base = ctx.origin;
  return {
    userName: p.userName,
    platformOwner: p.platformOwner,
    authMethod: p.kind === 'session' ? AuthMethod.SESSION : AuthMethod.API_TOKEN,
    sessionExpiresAt: p.sessionExpiresAt ?? null,
    memberships: p.memberships.map((m) => ({
      tenant: toTenantNode(m, base),
      role: toTenantNode(m, base).role,
      adminId: m.adminId,
    })),
  };
}

@Resolver()
export class AuthResolver {
  @Query(() => MeNode, { nullable: true, description: 'The caller, or null when not signed in.' })
  async me(@Ctx() ctx: GqlContext): Promise<MeNode | null> {
    const p = await ctx.principal();
    return p ? meOf(ctx, p) : null;
  }

  @Mutation(() => SignInResult, {
    description:
      'Signs in to every tenant where an admin account has this userName (any letter case) and password; sets the session cookie.',
  })
  async signIn(
    @Ctx() ctx: GqlContext,
    @Arg('userName', () => String) userName: string,
    @Arg('password', () => String) password: string,
  ): Promise<SignInResult> {
    if (!userName.trim() || !password) throw badInput('userName and password are required');
    const throttle = ctx.services.signInThrottle;
    // Reserved before the slow password check, so concurrent guesses cannot all get past the limit.
    const attempt = await throttle.reserve(userName, ctx.req.ip);
    if (!attempt.ok) {
      const retryAfterSeconds = Math.ceil(attempt.retryAfterMs / 1000);
      throw new ApiError('TOO_MANY_REQUESTS', `Too many failed sign-ins: try again in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      });
    }
    const created = await ctx.services.sessions.signIn(ctx.em, userName, password);
    const m = created ? await loadMemberships(ctx.em, created.session.adminIds, true) : undefined;
    // A wrong password keeps its reserved attempt: it is the failure.
    if (!created || !m?.list.length) throw unauthenticated('Wrong userName or password');
    await throttle.succeeded(userName, ctx.req.ip);
    const ttl = Math.floor((created.session.expiresAt.getTime() - Date.now()) / 1000);
    const csrfToken = csrfTokenOf(created.secret);
    ctx.reply.setCookie(SESSION_COOKIE, created.secret, cookieOptions(ctx, ttl, true));
    ctx.reply.setCookie(CSRF_COOKIE, csrfToken, cookieOptions(ctx, ttl, false));
    const principal: Principal = {
      kind: 'session',
      userName: created.session.userName,
      platformOwner: m.platformOwner,
      memberships: m.list,
      sessionExpiresAt: created.session.expiresAt,
    };
    return { me: meOf(ctx, principal), csrfToken };
  }

  @Mutation(() => Boolean, { description: 'Ends the session (true when there was one) and clears its cookies.' })
  async signOut(@Ctx() ctx: GqlContext): Promise<boolean> {
    const p = await ctx.principal();
    ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    ctx.reply.clearCookie(CSRF_COOKIE, { path: '/' });
    if (p?.kind !== 'session' || !p.sessionSecret) return false;
    await ctx.services.sessions.signOut(ctx.em, p.sessionSecret);
    return true;
  }
}
