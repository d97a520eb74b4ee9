import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { startTestServer, type TestServer, type TestTenant } from './harness.js';
import { user } from './scim-suite.js';

interface Raw {
  status: number;
  location: string | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are read field by field
  body: any;
}

/** node:http, because fetch does not let a test choose the Host header. */
function raw(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...headers, 'content-type': 'application/scim+json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          location: res.headers.location,
          body: text ? JSON.parse(text) : undefined,
        }),
      );
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** Issue 12 item 8: the Host header must not steer meta.location unless a trusted proxy sent it. */
describe('meta.location and Location without PUBLIC_URL', () => {
  const spoof = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };

  describe('no TRUST_PROXY: Host and X-Forwarded-* are ignored', () => {
    let server: TestServer;
    let t: TestTenant;
    beforeAll(async () => {
      server = await startTestServer('sqlite');
      t = await server.addTenant('origin');
    });
    afterAll(async () => server?.close());
    const auth = () => ({ authorization: `Bearer ${t.token}` });

    it('a POST with Host: evil.example answers the configured address in Location and meta.location', async () => {
      const created = await raw(`${t.url}/Users`, 'POST', { ...auth(), ...spoof }, user('host.spoof'));
      expect(created.status).toBe(201);
      expect(created.location).toBe(`${t.url}/Users/${created.body.id}`);
      expect(created.body.meta.location).toBe(`${t.url}/Users/${created.body.id}`);
      const group = await raw(`${t.url}/Groups`, 'POST', { ...auth(), ...spoof }, { displayName: 'spoofed' });
      expect(group.location).toBe(`${t.url}/Groups/${group.body.id}`);
    });

    it('ServiceProviderConfig, ListResponse resources and a GET carry no foreign host', async () => {
      const spc = await raw(`${t.url}/ServiceProviderConfig`, 'GET', { ...auth(), ...spoof });
      expect(spc.status).toBe(200);
      expect(spc.body.meta.location).toBe(`${t.url}/ServiceProviderConfig`);
      const list = await raw(`${t.url}/Users`, 'GET', { ...auth(), ...spoof });
      expect(list.body.totalResults).toBe(1);
      expect(list.body.Resources[0].meta.location).toBe(`${t.url}/Users/${list.body.Resources[0].id}`);
      const groups = await raw(`${t.url}/Groups`, 'GET', { ...auth(), ...spoof });
      expect(groups.body.Resources[0].meta.location).toMatch(new RegExp(`^${t.url}/Groups/`));
      const types = await raw(`${t.url}/ResourceTypes`, 'GET', { ...auth(), ...spoof });
      const schemas = await raw(`${t.url}/Schemas`, 'GET', { ...auth(), ...spoof });
      for (const r of [spc, list, groups, types, schemas]) expect(JSON.stringify(r.body)).not.toContain('evil.example');
    });
  });

  describe('TRUST_PROXY=loopback: the proxy on 127.0.0.1 names the public host', () => {
    let server: TestServer;
    let t: TestTenant;
    beforeAll(async () => {
      server = await startTestServer('sqlite', { TRUST_PROXY: 'loopback' });
      t = await server.addTenant('proxied');
    });
    afterAll(async () => server?.close());

    it('uses X-Forwarded-Host and X-Forwarded-Proto from the trusted peer', async () => {
      const headers = {
        authorization: `Bearer ${t.token}`,
        'x-forwarded-host': 'scim.example.com',
        'x-forwarded-proto': 'https',
      };
      const created = await raw(`${t.url}/Users`, 'POST', headers, user('via.proxy'));
      expect(created.status).toBe(201);
      expect(created.location).toBe(`https://scim.example.com/scim/v2/proxied/Users/${created.body.id}`);
      expect(created.body.meta.location).toBe(created.location);
      const spc = await raw(`${t.url}/ServiceProviderConfig`, 'GET', headers);
      expect(spc.body.meta.location).toBe('https://scim.example.com/scim/v2/proxied/ServiceProviderConfig');
    });
  });

  describe('TRUST_PROXY naming another network: this peer is not a proxy', () => {
    let server: TestServer;
    let t: TestTenant;
    beforeAll(async () => {
      server = await startTestServer('sqlite', { TRUST_PROXY: '10.0.0.0/8, 192.168.1.7' });
      t = await server.addTenant('direct');
    });
    afterAll(async () => server?.close());

    it('ignores Host and X-Forwarded-* from an untrusted peer', async () => {
      const created = await raw(`${t.url}/Users`, 'POST', { authorization: `Bearer ${t.token}`, ...spoof }, user('d'));
      expect(created.status).toBe(201);
      expect(created.location).toBe(`${t.url}/Users/${created.body.id}`);
    });
  });

  it('TRUST_PROXY accepts true, false and address lists, and refuses hop counts and garbage', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBeUndefined();
    expect(loadConfig({}).TRUST_PROXY).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: 'loopback,10.0.0.0/8' }).TRUST_PROXY).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => loadConfig({ TRUST_PROXY: '1' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.internal' })).toThrow(ConfigError);
  });
});
