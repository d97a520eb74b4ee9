import type { Client } from '@urql/core';
import { describe, expect, it } from 'vitest';
import type { EventFieldsFragment } from '../graphql/generated';
import { CSV_COLUMNS, csvField, eventsToCsv, eventsToJson, fetchAllEvents } from './exportEvents';

export const event = (over: Partial<EventFieldsFragment> = {}): EventFieldsFragment => ({
  id: 'e1',
  createdAt: '2026-11-29T10:00:00.000Z',
  action: 'UPDATE',
  actor: 'scim',
  method: 'PATCH',
  path: '/scim/v2/acme/Users/u1',
  status: 204,
  scimType: null,
  error: null,
  resourceType: 'User',
  targetId: 'u1',
  targetName: 'alice',
  tokenId: 't1',
  durationMs: 3,
  warnings: [],
  modified: [{ attribute: 'title', old: null, new: 'Engineer' }],
  ...over,
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(204)).toBe('204');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
  });
});

describe('eventsToCsv', () => {
  it('writes a header and one row per event, modified properties as old -> new', () => {
    const csv = eventsToCsv([event(), event({ id: 'e2', status: 400, scimType: 'mutability', error: 'no, not that' })]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('title: — -> Engineer');
    expect(lines[2]).toContain('400,mutability');
    expect(lines[2]).toContain('"no, not that"');
  });
});

describe('eventsToJson', () => {
  it('is the events without GraphQL type names', () => {
    const parsed = JSON.parse(eventsToJson([{ ...event(), __typename: 'ProvisioningEvent' } as EventFieldsFragment]));
    expect(parsed).toEqual([event()]);
  });
});

describe('fetchAllEvents', () => {
  /** A client whose `query` answers pages of `size` events out of `total`. */
  function fakeClient(total: number) {
    const calls: (string | null)[] = [];
    const client = {
      query: (_doc: unknown, vars: { after: string | null; first: number }) => ({
        toPromise: async () => {
          calls.push(vars.after);
          const start = vars.after ? Number(vars.after) : 0;
          const end = Math.min(total, start + vars.first);
          const edges = Array.from({ length: end - start }, (_, i) => ({ node: event({ id: `e${start + i}` }) }));
          return { data: { events: { edges, pageInfo: { hasNextPage: end < total, endCursor: String(end) } } } };
        },
      }),
    };
    return { client: client as unknown as Client, calls };
  }

  it('follows the cursor until the last page', async () => {
    const { client, calls } = fakeClient(450);
    const { events, truncated } = await fetchAllEvents(client, 'acme', {});
    expect(events).toHaveLength(450);
    expect(truncated).toBe(false);
    expect(calls).toEqual([null, '200', '400']);
  });

  it('stops at the cap and says so', async () => {
    const { client } = fakeClient(1000);
    const { events, truncated } = await fetchAllEvents(client, 'acme', {}, 400);
    expect(events).toHaveLength(400);
    expect(truncated).toBe(true);
  });
});
