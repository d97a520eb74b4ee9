import { describe, expect, it } from 'vitest';
import { fillDays } from './fillDays';
import { logQueryFromState, logStateFromQuery, toEventFilter } from './logFilterState';
import { DEFAULT_STATE, queryFromState, stateFromQuery, toFilter, toSort } from './userListState';

describe('users list state', () => {
  it('keeps only non-default values in the address, and reads them back', () => {
    const state = {
      ...DEFAULT_STATE,
      search: 'ann',
      serviceAccount: 'yes' as const,
      sort: 'UPDATED' as const,
      dir: 'DESC' as const,
    };
    const query = queryFromState(state);
    expect(query).toEqual({ q: 'ann', sa: 'yes', sort: 'UPDATED', dir: 'DESC' });
    expect(stateFromQuery(query)).toEqual(state);
    expect(queryFromState(DEFAULT_STATE)).toEqual({});
  });

  it('ignores values it does not know', () => {
    expect(stateFromQuery({ sort: 'PASSWORD', dir: 'sideways', active: 'maybe' })).toEqual(DEFAULT_STATE);
  });

  it('maps to the GraphQL filter and sort', () => {
    const s = stateFromQuery({ q: ' ann ', active: 'no', '2fa': 'yes', type: 'power', auth: 'sso' });
    expect(toFilter(s)).toEqual({
      search: 'ann',
      active: false,
      twoFactorEnabled: true,
      userType: 'power',
      authType: 'sso',
    });
    expect(toSort(s)).toEqual({ field: 'USER_NAME', direction: 'ASC' });
  });
});

describe('log filter state', () => {
  it('matches a name exactly and an id by targetId', () => {
    expect(toEventFilter(logStateFromQuery({ target: 'alice' }))).toEqual({ targetSearch: 'alice' });
    expect(toEventFilter(logStateFromQuery({ target: '"alice"' }))).toEqual({ targetName: 'alice' });
    const id = '050b72b0-09e6-4c77-86c1-8699d09f6143';
    expect(toEventFilter(logStateFromQuery({ target: id }))).toEqual({ targetId: id });
  });

  it('takes a part of the actor, as of the target; quoted, the exact actor', () => {
    expect(toEventFilter(logStateFromQuery({ actor: 'e2e.owner' }))).toEqual({ actorSearch: 'e2e.owner' });
    expect(toEventFilter(logStateFromQuery({ actor: '"scim"' }))).toEqual({ actor: 'scim' });
  });

  it('turns days into a half-open UTC range and outcome into failed', () => {
    const f = toEventFilter(
      logStateFromQuery({ from: '2026-11-01', to: '2026-11-29', status: 'failed', action: 'update' }),
    );
    expect(f).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-30T00:00:00.000Z',
      failed: true,
      action: 'UPDATE',
    });
  });

  it('drops malformed values and round-trips the rest', () => {
    const s = logStateFromQuery({ from: 'yesterday', status: 'meh', actor: 'scim' });
    expect(s.from).toBe('');
    expect(s.status).toBe('');
    expect(logQueryFromState(s)).toEqual({ actor: 'scim' });
  });
});

describe('fillDays', () => {
  it('fills the days the server left out with zeros, oldest first', () => {
    const days = fillDays([{ day: '2026-11-28', total: 5, failed: 1 }], 3, new Date('2026-11-29T12:00:00Z'));
    expect(days).toEqual([
      { day: '2026-11-27', total: 0, failed: 0 },
      { day: '2026-11-28', total: 5, failed: 1 },
      { day: '2026-11-29', total: 0, failed: 0 },
    ]);
  });
});
