import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { loadSecretBox, SecretBoxError, secretKeyFile } from './secret-box.js';

const dir = mkdtempSync(join(tmpdir(), 'scimdesk-box-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function openError(fn: () => unknown): SecretBoxError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SecretBoxError) return e;
    throw e;
  }
  throw new Error('expected a SecretBoxError');
}

describe('secret box', () => {
  const hexKey = randomBytes(32).toString('hex');

  it('seals and opens; every seal differs; the key may be hex or base64', () => {
    const box = loadSecretBox(loadConfig({ ENGINE_SECRET_KEY: hexKey }));
    const a = box.seal('token-é-✓');
    const b = box.seal('token-é-✓');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1:[\w-]{8}:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(box.open(a)).toBe('token-é-✓');
    expect(box.keySource).toBe('ENGINE_SECRET_KEY');
    const b64 = loadSecretBox(loadConfig({ ENGINE_SECRET_KEY: Buffer.from(hexKey, 'hex').toString('base64') }));
    expect(b64.keyId).toBe(box.keyId);
    expect(b64.open(a)).toBe('token-é-✓');
  });

  it('names a wrong key, damaged text and a malformed value', () => {
    const box = loadSecretBox(loadConfig({ ENGINE_SECRET_KEY: hexKey }));
    const other = loadSecretBox(loadConfig({ ENGINE_SECRET_KEY: randomBytes(32).toString('base64url') }));
    const sealed = box.seal('secret');
    const wrong = openError(() => other.open(sealed));
    expect(wrong.code).toBe('WRONG_KEY');
    expect(wrong.message).toContain(`sealed with another engine key (key id ${box.keyId})`);
    expect(wrong.message).toContain(`this server's key is ${other.keyId} from ENGINE_SECRET_KEY`);
    const parts = sealed.split(':');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(openError(() => box.open(parts.join(':'))).code).toBe('DAMAGED');
    expect(openError(() => box.open('plain-token')).code).toBe('MALFORMED');
  });

  it('refuses a key that is not 32 bytes at config time', () => {
    expect(() => loadConfig({ ENGINE_SECRET_KEY: 'abcd' })).toThrow(/ENGINE_SECRET_KEY: must be 32 bytes/);
    expect(() => loadConfig({ ENGINE_SECRET_KEY: randomBytes(16).toString('base64') })).toThrow(/ENGINE_SECRET_KEY/);
  });

  it('generates a key file beside the SQLite file with mode 600, and reuses it', () => {
    const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'db', 'scimdesk.db')}` });
    const file = secretKeyFile(config);
    expect(file).toBe(join(dir, 'db', 'engine-secret.key'));
    const first = loadSecretBox(config);
    expect(first.keySource).toBe(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const content = readFileSync(file, 'utf8');
    const second = loadSecretBox(config);
    expect(second.keyId).toBe(first.keyId);
    expect(second.open(first.seal('kept'))).toBe('kept');
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('uses ./data under the working directory for PostgreSQL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u@localhost/db' });
    expect(secretKeyFile(config, dir)).toBe(join(dir, 'data', 'engine-secret.key'));
    const box = loadSecretBox(config, { cwd: dir });
    expect(statSync(join(dir, 'data', 'engine-secret.key')).mode & 0o777).toBe(0o600);
    expect(box.open(box.seal('pg'))).toBe('pg');
  });

  it('says when the key file holds no key', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u@localhost/db' });
    const bad = mkdtempSync(join(dir, 'bad-'));
    loadSecretBox(config, { cwd: bad });
    const file = join(bad, 'data', 'engine-secret.key');
    rmSync(file);
    writeFileSync(file, 'not a key\n', { mode: 0o600 });
    const e = openError(() => loadSecretBox(config, { cwd: bad }));
    expect([e.code, e.message]).toEqual(['KEY_FILE', `${file} does not hold a 32-byte key (base64 or 64 hex digits)`]);
  });
});
