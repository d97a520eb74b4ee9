import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type Config, databaseKind, decodeSecretKey, sqlitePath } from '../config.js';

/**
 * Seals external targets' tokens at rest: AES-256-GCM with a random 96-bit IV per value. Sealed text
 * is `v1:<key id>:<iv>:<tag>:<ciphertext>` (base64url); the key id (8 characters of the key's
 * SHA-256) tells a wrong key from damaged text, and `v1:<key id>` is authenticated as associated data.
 */
export interface SecretBox {
  /** Which key: a fingerprint, safe to show and log. */
  readonly keyId: string;
  /** Where the key came from: `ENGINE_SECRET_KEY` or the key file's path. */
  readonly keySource: string;
  seal(plain: string): string;
  /** Throws SecretBoxError (WRONG_KEY, DAMAGED, MALFORMED). */
  open(sealed: string): string;
}

export type SecretBoxErrorCode = 'WRONG_KEY' | 'DAMAGED' | 'MALFORMED' | 'KEY_FILE';

export class SecretBoxError extends Error {
  override name = 'SecretBoxError';
  constructor(
    readonly code: SecretBoxErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const KEY_FILE_NAME = 'engine-secret.key';
const VERSION = 'v1';

const keyIdOf = (key: Buffer) => createHash('sha256').update(key).digest('base64url').slice(0, 8);

export function createSecretBox(key: Buffer, keySource: string): SecretBox {
  if (key.length !== 32) throw new SecretBoxError('KEY_FILE', `${keySource}: the key must be 32 bytes`);
  const keyId = keyIdOf(key);
  const header = `${VERSION}:${keyId}`;
  return {
    keyId,
    keySource,
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(header));
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [header, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join(':');
    },
    open(sealed) {
      const parts = sealed.split(':');
      if (parts.length !== 5 || parts[0] !== VERSION)
        throw new SecretBoxError('MALFORMED', `Not a sealed secret of this version (expected ${VERSION}:...)`);
      const [, id, iv, tag, ct] = parts;
      if (id !== keyId)
        throw new SecretBoxError(
          'WRONG_KEY',
          `This secret was sealed with another engine key (key id ${id}); this server's key is ${keyId} from ` +
            `${keySource}. Set ENGINE_SECRET_KEY to the key it was sealed with, or enter the token again.`,
        );
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(header));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretBoxError(
          'DAMAGED',
          `The sealed secret does not authenticate under key ${keyId}: it was altered or truncated; enter the token again.`,
        );
      }
    },
  };
}

/**
 * Where a generated key lives when ENGINE_SECRET_KEY is unset: beside the SQLite file, else (PostgreSQL,
 * in-memory SQLite) `./data` under `cwd`, the folder the default DATABASE_URL uses.
 */
export function secretKeyFile(config: Pick<Config, 'DATABASE_URL'>, cwd = process.cwd()): string {
  if (databaseKind(config.DATABASE_URL) === 'sqlite') {
    const path = sqlitePath(config.DATABASE_URL);
    if (path !== ':memory:' && !path.startsWith('file::memory:'))
      return join(resolve(cwd, dirname(path)), KEY_FILE_NAME);
  }
  return join(resolve(cwd, 'data'), KEY_FILE_NAME);
}

/**
 * The box for this server: ENGINE_SECRET_KEY when set; else the key file, generated once (32 random
 * bytes, base64, mode 600; `wx` so two processes starting together keep the same one).
 */
export function loadSecretBox(
  config: Pick<Config, 'DATABASE_URL' | 'ENGINE_SECRET_KEY'>,
  opts: { cwd?: string } = {},
): SecretBox {
  if (config.ENGINE_SECRET_KEY) {
    const key = decodeSecretKey(config.ENGINE_SECRET_KEY);
    if (!key) throw new SecretBoxError('KEY_FILE', 'ENGINE_SECRET_KEY must be 32 bytes as base64 or 64 hex digits');
    return createSecretBox(key, 'ENGINE_SECRET_KEY');
  }
  const file = secretKeyFile(config, opts.cwd);
  return createSecretBox(readOrCreateKey(file), file);
}

function readOrCreateKey(file: string): Buffer {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // Written whole to a private temp file, then linked into place: link fails if the key exists, so a
  // second process starting at the same moment never reads a half-written key, and both keep one key.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST')
      throw new SecretBoxError('KEY_FILE', `Cannot create ${file}: ${(e as Error).message}`);
  } finally {
    rmSync(tmp, { force: true });
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SecretBoxError('KEY_FILE', `Cannot read ${file}: ${(e as Error).message}`);
  }
  const key = decodeSecretKey(text);
  if (!key) throw new SecretBoxError('KEY_FILE', `${file} does not hold a 32-byte key (base64 or 64 hex digits)`);
  return key;
}
