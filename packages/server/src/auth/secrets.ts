import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const sha256hex = (s: string) => createHash('sha256').update(s).digest('hex');
export const randomSecret = () => randomBytes(32).toString('base64url');

export function sameHash(aHex: string, bHex: string): boolean {
  const a = Buffer.from(aHex, 'hex');
  const b = Buffer.from(bHex, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
