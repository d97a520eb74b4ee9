import { ScimError } from '@scimdesk/scim';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TenantError } from '../tenants/tenant.service.js';
import { ApiError, errorFormatter } from './errors.js';

const logged: unknown[] = [];
const format = errorFormatter({ error: (obj: unknown) => logged.push(obj) } as never);
/** As graphql-js hands a resolver's failure to formatError: located, with the original inside. */
const located = (original: Error) => new GraphQLError(original.message, { path: ['x'], originalError: original });
const out = (original: Error) =>
  format({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, located(original));

describe('the GraphQL error mapper', () => {
  it('masks unknown failures: no message, stack or SQL reaches the client, and logs them', () => {
    const res = out(new Error('SQLITE_ERROR: no such column u.secret_hash at /app/src/x.ts:1'));
    expect(res).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      locations: undefined,
      path: undefined,
    });
    expect(logged).toHaveLength(1);
  });

  it('keeps API errors and maps SCIM, tenant and unique-violation failures to fixed codes', () => {
    expect(out(new ApiError('FORBIDDEN', 'no')).extensions).toEqual({ code: 'FORBIDDEN' });
    expect(out(new ScimError(400, 'mutability', 'm')).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      scimType: 'mutability',
    });
    expect(out(new ScimError(404, undefined, 'gone')).extensions?.code).toBe('NOT_FOUND');
    expect(out(new ScimError(409, 'uniqueness', 'dup')).extensions?.code).toBe('CONFLICT');
    expect(out(new ScimError(412, undefined, 'moved')).extensions?.code).toBe('CONFLICT');
    expect(out(new TenantError('INVALID_SLUG', 'bad')).extensions?.code).toBe('BAD_USER_INPUT');
    const unique = Object.assign(new Error('UNIQUE constraint failed: scim_user.x'), {
      name: 'UniqueConstraintViolationException',
    });
    expect(out(unique)).toMatchObject({
      message: 'The change conflicts with an existing record',
      extensions: { code: 'CONFLICT' },
    });
  });
});
