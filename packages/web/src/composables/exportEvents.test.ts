import { describe, expect, it } from 'vitest';
import { eventsExportUrl, exportQuery } from './exportEvents';

describe('exportQuery', () => {
  it('keeps the format first and leaves out empty values', () => {
    expect(exportQuery('csv', { a: 'x', b: '', c: null, d: undefined, e: 0, f: false })).toBe(
      '?format=csv&a=x&e=0&f=false',
    );
  });
});

describe('eventsExportUrl', () => {
  it('is the tenant events export with the GraphQL filter under its own field names', () => {
    const url = eventsExportUrl(
      'acme usw',
      {
        action: 'CREATE',
        failed: true,
        targetSearch: 'zoë & co',
        actor: 'admin:ann',
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-02T00:00:00.000Z',
        quietReads: true,
      },
      'json',
    );
    const [path, query] = url.split('?');
    expect(path).toBe('/api/tenants/acme%20usw/events/export');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      format: 'json',
      action: 'CREATE',
      failed: 'true',
      targetSearch: 'zoë & co',
      actor: 'admin:ann',
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-02T00:00:00.000Z',
      quietReads: 'true',
    });
  });

  it('is the whole log without a filter', () => {
    expect(eventsExportUrl('acme', {}, 'csv')).toBe('/api/tenants/acme/events/export?format=csv');
  });
});
