import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminAccount } from '../src/admins/admin.entity.js';
import { createAdmin } from '../src/admins/admin.service.js';
import { sqlObserver } from '../src/db/sql.js';
import { ScimToken } from '../src/tokens/token.entity.js';
import {
  type DbKind,
  postgresReachable,
  type ScimReply,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './harness.js';

/** SPEC S2: secret tokens are hashed, expire, can be revoked, and die with their owner's account. */

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

const patch = (...Operations: unknown[]) => ({ schemas: [PATCH], Operations });

function expect401(res: ScimReply): void {
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  expect(res.headers.get('content-type')).toContain('application/scim+json');
  expect(res.body).toMatchObject({ schemas: [ERROR], status: '401' });
  expect(typeof res.body.detail).toBe('string');
}

const pgReachable = await postgresReachable();

for (const kind of ['sqlite', 'postgresql'] as const satisfies DbKind[]) {
  describe.skipIf(kind === 'postgresql' && !pgReachable)(`SCIM secret tokens (SPEC S2) on ${kind}`, () => {
    let server: TestServer;
    let egn: TestTenant;
    let std: TestTenant;

    beforeAll(async () => {
      server = await startTestServer(kind);
      egn = await server.addTenant('tok-egnyte', { rules: 'egnyte', sso: true });
      std = await server.addTenant('tok-standard', { rules: 'standard' });
    });
    afterAll(async () => server?.close());

    const sql = (query: string, params: unknown[]) => server.rt.db.orm.em.getConnection().execute(query, params);
    const adminOf = async (t: TestTenant, userName: string) => {
      const em = server.rt.db.orm.em.fork();
      const admin = await em.findOne(AdminAccount, { tenantId: t.tenant.id, userNameLower: userName.toLowerCase() });
      expect(admin).toBeTruthy();
      return { em, admin: admin! };
    };
    /** A new token of `userName` (an admin of `t`) as a TestTenant to call SCIM with. */
    const tokenFor = async (t: TestTenant, userName: string, opts: { expiresInMs?: number } = {}) => {
      const { em, admin } = await adminOf(t, userName);
      const { token, secret } = await server.rt.services.tokens.create(em, t.tenant, admin, opts);
      return { as: { ...t, token: secret }, id: token.id, secret };
    };
    /**
     * One request with `as`, then until reuse is possible: PostgreSQL listens for notices from the
     * first verification on, and the notices of tokens just created (their inserts) arrive after
     * their commits; counting starts once none came for 300 ms.
     */
    const untilReusable = async (as: TestTenant) => {
      expect((await server.scim(as, 'GET', '/Users?count=1')).status).toBe(200);
      const sql = server.rt.services.sql;
      let last = sql.authVersion?.();
      for (let quiet = 0, waited = 0; quiet < 300 && waited < 5000; waited += 20) {
        await sleep(20);
        const now = sql.authVersion?.();
        quiet = now !== undefined && now === last ? quiet + 20 : 0;
        last = now;
      }
      expect(sql.authVersion?.()).toEqual(expect.any(Number));
    };
    const userIdOf = async (t: TestTenant, userName: string): Promise<string> => {
      const res = await server.scim(t, 'GET', `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
      expect(res.body.totalResults).toBe(1);
      return res.body.Resources[0].id;
    };

    it('a valid token answers 200', async () => {
      const { as } = await tokenFor(egn, egn.adminUserName);
      const res = await server.scim(as, 'GET', '/Users');
      expect(res.status).toBe(200);
      expect((await server.scim(as, 'GET', '/ServiceProviderConfig')).status).toBe(200);
    });

    it('a revoked token answers 401, and only that token', async () => {
      const { as, id } = await tokenFor(egn, egn.adminUserName);
      const other = await tokenFor(egn, egn.adminUserName);
      expect((await server.scim(as, 'GET', '/Users')).status).toBe(200);
      const revoked = await server.rt.services.tokens.revoke(server.rt.db.orm.em.fork(), id);
      expect(revoked?.revokedAt).toBeInstanceOf(Date);
      expect401(await server.scim(as, 'GET', '/Users'));
      expect401(await server.scim(as, 'POST', '/Users', { schemas: [USER], userName: 'after.revoke' }));
      expect((await server.scim(other.as, 'GET', '/Users')).status).toBe(200);
      expect((await server.scim(other.as, 'GET', '/Users?filter=userName eq "after.revoke"')).body.totalResults).toBe(
        0,
      );
      const rows = await sql('select revoked_at from scim_token where id = ?', [id]);
      expect(rows[0].revoked_at).not.toBeNull();
      expect(
        await server.rt.services.tokens.revoke(server.rt.db.orm.em.fork(), '00000000-0000-4000-8000-000000000000'),
      ).toBeNull();
    });

    it('an untied owner’s token is looked up once across SCIM writes, and again after a revoke elsewhere', async () => {
      const own = await server.addTenant('tok-lookup', { rules: 'standard' });
      const { as, id } = await tokenFor(own, own.adminUserName);
      await untilReusable((await tokenFor(own, own.adminUserName)).as);
      let lookups = 0;
      sqlObserver.onStatement = (text) => {
        if (text.includes('from scim_token t')) lookups++;
      };
      try {
        expect((await server.scim(as, 'GET', '/Users?count=1')).status).toBe(200);
        expect(lookups).toBe(1);
        for (let i = 0; i < 3; i++) {
          const res = await server.scim(as, 'POST', '/Users', { schemas: [USER], userName: `lookup.once.${i}` });
          expect(res.status).toBe(201);
        }
        expect((await server.scim(as, 'GET', '/Users?count=1')).status).toBe(200);
        expect(lookups).toBe(1);
        await server.rt.services.tokens.revoke(server.rt.db.orm.em.fork(), id);
        expect401(await server.scim(as, 'GET', '/Users?count=1'));
        expect(lookups).toBe(2);
      } finally {
        sqlObserver.onStatement = undefined;
      }
    });

    it.skipIf(kind !== 'postgresql')(
      'PostgreSQL: a revoke by another process reaches the reused row by its notice; a lost notice connection stops the reuse',
      async () => {
        const own = await server.addTenant('tok-notice', { rules: 'standard' });
        const first = await tokenFor(own, own.adminUserName);
        const second = await tokenFor(own, own.adminUserName);
        let lookups = 0;
        sqlObserver.onStatement = (text) => {
          if (text.includes('from scim_token t')) lookups++;
        };
        // Another process: a connection of its own, as the CLI or psql would have.
        const other = new pg.Client({ connectionString: server.rt.config.DATABASE_URL });
        await other.connect();
        const revokeElsewhere = (id: string) =>
          other.query('update scim_token set revoked_at = now() where id = $1', [id]);
        const until401 = async (as: TestTenant) => {
          for (let waited = 0; waited < 5000; waited += 20) {
            const res = await server.scim(as, 'GET', '/Users?count=1');
            if (res.status === 401) return res;
            expect(res.status).toBe(200);
            await sleep(20);
          }
          throw new Error('still 200 five seconds after the revoke');
        };
        try {
          const sql = server.rt.services.sql;
          await untilReusable((await tokenFor(own, own.adminUserName)).as);
          lookups = 0;
          for (let i = 0; i < 3; i++) expect((await server.scim(first.as, 'GET', '/Users?count=1')).status).toBe(200);
          expect(lookups).toBe(1);

          await revokeElsewhere(first.id);
          expect401(await until401(first.as));
          expect(lookups).toBe(2);

          // The notice connection dies: until it listens again nothing is reused, and what changed
          // meanwhile is read again after.
          expect((await server.scim(second.as, 'GET', '/Users?count=1')).status).toBe(200);
          const before = sql.authVersion?.();
          await other.query(
            "select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen scimdesk_auth' and datname = current_database() and pid <> pg_backend_pid()",
          );
          for (let i = 0; i < 250 && sql.authVersion?.() === before; i++) await sleep(20);
          expect(sql.authVersion?.()).not.toBe(before);
          await revokeElsewhere(second.id);
          expect401(await server.scim(second.as, 'GET', '/Users?count=1'));
        } finally {
          sqlObserver.onStatement = undefined;
          await other.end();
        }
      },
    );

    it('an expired token answers 401; one that expires later works', async () => {
      const short = await tokenFor(egn, egn.adminUserName, { expiresInMs: 1 });
      await sleep(20);
      expect401(await server.scim(short.as, 'GET', '/Users'));
      const long = await tokenFor(egn, egn.adminUserName, { expiresInMs: 3_600_000 });
      expect((await server.scim(long.as, 'GET', '/Users')).status).toBe(200);
      const rows = await sql('select expires_at from scim_token where id = ?', [long.id]);
      expect(rows[0].expires_at).not.toBeNull();
    });

    it('malformed, unknown, tampered and foreign tokens answer 401 with a SCIM error body', async () => {
      const { as, id, secret } = await tokenFor(egn, egn.adminUserName);
      const tampered = `${secret.slice(0, -4)}${secret.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
      const cases = [
        'not-a-token',
        `scd_${id}_short`,
        `scd_00000000-0000-4000-8000-000000000000_${secret.split('_').slice(2).join('_')}`,
        tampered,
        `${secret}x`,
        std.token,
      ];
      // used once first, so its row (and the secret that matched it) is reused for the others
      expect((await server.scim(as, 'GET', '/Users')).status).toBe(200);
      for (const token of cases) expect401(await server.scim({ ...as, token }, 'GET', '/Users'));
      expect((await server.scim(as, 'GET', '/Users')).status).toBe(200);
      const none = await fetch(`${egn.url}/Users`);
      expect(none.status).toBe(401);
      expect(await none.json()).toMatchObject({ schemas: [ERROR], status: '401' });
      const basic = await fetch(`${egn.url}/Users`, { headers: { authorization: `Basic ${btoa('a:b')}` } });
      expect(basic.status).toBe(401);
    });

    it('an egnyte admin is tied to its user: deactivation stops its tokens, reactivation restores them, DELETE ends them', async () => {
      const em = server.rt.db.orm.em.fork();
      const { admin: svcAdmin } = await createAdmin(server.rt.services, em, egn.tenant, {
        userName: 'svc.provisioning',
        password: 'pw-for-tests-only',
      });
      expect(svcAdmin.userId).toEqual(expect.any(String));
      const svc = await tokenFor(egn, 'svc.provisioning');
      const owner = await tokenFor(egn, egn.adminUserName);
      const ownerUserId = await userIdOf(egn, egn.adminUserName);
      const { admin: ownerAdmin } = await adminOf(egn, egn.adminUserName);
      expect(ownerAdmin.userId).toBe(ownerUserId);

      const off = await server.scim(
        svc.as,
        'PATCH',
        `/Users/${ownerUserId}`,
        patch({ op: 'Replace', path: 'active', value: 'False' }),
      );
      expect(off.status).toBe(204);
      expect401(await server.scim(owner.as, 'GET', '/Users'));
      expect401(await server.scim(egn, 'GET', '/Users'));
      expect((await server.scim(svc.as, 'GET', `/Users/${ownerUserId}`)).body.active).toBe(false);

      const on = await server.scim(
        svc.as,
        'PATCH',
        `/Users/${ownerUserId}`,
        patch({ op: 'replace', path: 'active', value: true }),
      );
      expect(on.status).toBe(204);
      expect((await server.scim(owner.as, 'GET', '/Users')).status).toBe(200);
      expect((await server.scim(egn, 'GET', '/Users')).status).toBe(200);

      expect((await server.scim(svc.as, 'DELETE', `/Users/${ownerUserId}`)).status).toBe(204);
      expect401(await server.scim(owner.as, 'GET', '/Users'));
      expect401(await server.scim(egn, 'GET', '/Users'));
      // A new user with the same userName is a different account: the tie stays broken.
      const again = await server.scim(svc.as, 'POST', '/Users', {
        schemas: [USER],
        userName: egn.adminUserName,
        active: true,
      });
      expect(again.status).toBe(201);
      expect401(await server.scim(owner.as, 'GET', '/Users'));
      expect401(await server.scim(egn, 'GET', '/Users'));
      // A token made after the DELETE is dead too.
      const fresh = await tokenFor(egn, egn.adminUserName);
      expect401(await server.scim(fresh.as, 'GET', '/Users'));
      expect((await server.scim(svc.as, 'GET', '/Users')).status).toBe(200);
    });

    it('a request that deactivates its own token owner succeeds; the next one is 401', async () => {
      const em = server.rt.db.orm.em.fork();
      await createAdmin(server.rt.services, em, egn.tenant, {
        userName: 'self.disabler',
        password: 'pw-for-tests-only',
      });
      const self = await tokenFor(egn, 'self.disabler');
      const id = await userIdOf(self.as, 'self.disabler');
      const res = await server.scim(
        self.as,
        'PATCH',
        `/Users/${id}`,
        patch({ op: 'replace', path: 'active', value: false }),
      );
      expect(res.status).toBe(204);
      expect401(await server.scim(self.as, 'GET', `/Users/${id}`));
    });

    it('in a standard tenant an admin without a same-named user is untied: its token works and no user is created', async () => {
      const { admin } = await adminOf(std, std.adminUserName);
      expect(admin.userId ?? null).toBeNull();
      const list = await server.scim(std, 'GET', '/Users');
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ totalResults: 0, Resources: [] });
      const byName = await server.scim(
        std,
        'GET',
        `/Users?filter=${encodeURIComponent(`userName eq "${std.adminUserName}"`)}`,
      );
      expect(byName.body.totalResults).toBe(0);
      const rows = await sql('select count(*) as n from scim_user where tenant_id = ?', [std.tenant.id]);
      expect(Number(rows[0].n)).toBe(0);
    });

    it('the stored row holds only a 64-hex SHA-256 of the secret, never the secret', async () => {
      const { id, secret } = await tokenFor(egn, 'svc.provisioning');
      const secretPart = secret.slice(`scd_${id}_`.length);
      expect(secret).toMatch(/^scd_[0-9a-f-]{36}_[A-Za-z0-9_-]{20,}$/);
      const rows = await sql('select * from scim_token where id = ?', [id]);
      expect(rows).toHaveLength(1);
      const row = rows[0];
      expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.secret_hash).toBe(createHash('sha256').update(secretPart).digest('hex'));
      for (const value of Object.values(row)) {
        expect(String(value)).not.toContain(secretPart);
        expect(String(value)).not.toContain(secret);
      }
      const all = await sql('select * from scim_token', []);
      expect(JSON.stringify(all)).not.toContain(secretPart);
    });

    it('last_used_at is set after use and records who made the token', async () => {
      const { as, id } = await tokenFor(egn, 'svc.provisioning');
      const { admin } = await adminOf(egn, 'svc.provisioning');
      let rows = await sql('select last_used_at, owner_id, created_at from scim_token where id = ?', [id]);
      expect(rows[0].last_used_at).toBeNull();
      expect(rows[0].owner_id).toBe(admin.id);
      expect(rows[0].created_at).not.toBeNull();
      const started = Date.now();
      expect((await server.scim(as, 'GET', '/Users')).status).toBe(200);
      rows = await sql('select last_used_at from scim_token where id = ?', [id]);
      expect(rows[0].last_used_at).not.toBeNull();
      const em = server.rt.db.orm.em.fork();
      const token = await em.findOneOrFail(ScimToken, { id });
      expect(token.lastUsedAt).toBeInstanceOf(Date);
      expect(token.lastUsedAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
      expect(token.lastUsedAt!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);

      // A refused request does not count as a use.
      const unused = await tokenFor(egn, 'svc.provisioning', { expiresInMs: 1 });
      await sleep(20);
      expect401(await server.scim(unused.as, 'GET', '/Users'));
      rows = await sql('select last_used_at from scim_token where id = ?', [unused.id]);
      expect(rows[0].last_used_at).toBeNull();
    });

    it('refused requests are not provisioning events: they are counted per day and reason', async () => {
      await server.rt.services.events.flush();
      await server.rt.services.limits.limiter.sync();
      const rows = await sql('select status from provisioning_event where tenant_id = ? and status = 401', [
        egn.tenant.id,
      ]);
      expect(rows).toEqual([]);
      const refused = await sql('select reason, requests from refused_request where tenant_id = ?', [egn.tenant.id]);
      const total = refused.reduce((n: number, r: { requests: number | string }) => n + Number(r.requests), 0);
      expect(total).toBeGreaterThan(5);
      expect(refused.map((r: { reason: string }) => r.reason)).toContain('revoked');
    });
  });
}
