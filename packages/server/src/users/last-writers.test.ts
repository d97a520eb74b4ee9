import { describe, expect, it } from 'vitest';
import { decodeWriters, encodeWriters, type LastWriters, mergeWriters, stampOf } from './last-writers.js';

describe('last writers as stored', () => {
  const idp = stampOf({ writer: 'scim', tokenId: 't-1' }, new Date('2026-12-01T10:00:00Z'));
  const admin = stampOf({ writer: 'admin', actor: 'admin:jane' }, new Date('2026-12-02T10:00:00Z'));

  it('keeps each distinct stamp once and gives every attribute back its own', () => {
    const changed = (...attrs: string[]) => attrs.map((attribute) => ({ attribute, old: null, new: 'x' }));
    const created = mergeWriters(null, changed('userName', 'name.givenName', 'emails'), idp);
    const edited = mergeWriters(created, changed('name.givenName'), admin);
    const text = encodeWriters(edited) as string;
    expect(JSON.parse(text)['#stamps']).toEqual([idp, admin]);
    expect(text.split('"at"')).toHaveLength(3);
    expect(decodeWriters(text)).toEqual({ userName: idp, 'name.givenName': admin, emails: idp });
    // PostgreSQL's driver hands jsonb back parsed
    expect(decodeWriters(JSON.parse(text))).toEqual(decodeWriters(text));
  });

  it('reads the plain form written before, and null', () => {
    const plain: LastWriters = { userName: idp, title: admin };
    expect(decodeWriters(JSON.stringify(plain))).toEqual(plain);
    expect(decodeWriters(plain)).toEqual(plain);
    expect(decodeWriters(null)).toBeNull();
    expect(encodeWriters(null)).toBeNull();
    expect(decodeWriters(encodeWriters({}))).toEqual({});
  });
});
