import { describe, expect, it } from 'vitest';
import {
  appLogQueryFromState,
  appLogStateFromQuery,
  EMPTY_APP_LOG_STATE,
  provisioningLogsExportUrl,
  storedName,
  toProvisioningLogFilter,
} from './provisioningLogState';

const CYCLE = '0192f1a2-3b4c-7d5e-8f90-123456789abc';

describe('app log filters in the address', () => {
  it('reads every filter, in any letter case, and writes it back in lower case', () => {
    const state = appLogStateFromQuery({
      identity: 'Adele',
      cycle: CYCLE,
      action: 'staged_delete',
      status: 'FAILURE',
      type: 'group',
      range: '7d',
    });
    expect(state).toEqual({
      identity: 'Adele',
      cycle: CYCLE,
      action: 'STAGED_DELETE',
      status: 'FAILURE',
      type: 'GROUP',
      range: '7d',
      from: '',
      to: '',
    });
    expect(appLogQueryFromState(state)).toEqual({
      identity: 'Adele',
      cycle: CYCLE,
      action: 'staged_delete',
      status: 'failure',
      type: 'group',
      range: '7d',
    });
  });

  it('reads unknown or malformed values as "any"', () => {
    expect(
      appLogStateFromQuery({ action: 'promote', status: 'great', type: 'robot', cycle: "x' or 1=1", range: '1y' }),
    ).toEqual(EMPTY_APP_LOG_STATE);
    expect(appLogStateFromQuery({ from: '2026-13', to: 'yesterday' })).toEqual(EMPTY_APP_LOG_STATE);
    expect(appLogStateFromQuery({ identity: 'x'.repeat(300) }).identity).toHaveLength(256);
  });

  it('custom days are from/to alone; a preset drops them', () => {
    const custom = appLogStateFromQuery({ from: '2026-11-01', to: '2026-11-02' });
    expect(custom.range).toBe('custom');
    expect(appLogQueryFromState(custom)).toEqual({ from: '2026-11-01', to: '2026-11-02' });
    expect(appLogQueryFromState({ ...custom, from: '', to: '' })).toEqual({ range: 'custom' });
    expect(appLogQueryFromState({ ...custom, range: '24h' })).toEqual({ range: '24h' });
    expect(appLogQueryFromState({ ...EMPTY_APP_LOG_STATE, identity: '  ' })).toEqual({});
  });
});

describe('toProvisioningLogFilter', () => {
  const now = Date.parse('2026-12-03T12:00:00.000Z');

  it('is the GraphQL filter of the state', () => {
    const f = toProvisioningLogFilter(
      { ...EMPTY_APP_LOG_STATE, identity: ' adele ', cycle: CYCLE, action: 'UPDATE', status: 'FAILURE', type: 'USER' },
      now,
    );
    expect(f).toEqual({
      identity: 'adele',
      cycleId: CYCLE,
      actions: ['UPDATE'],
      statuses: ['FAILURE'],
      objectType: 'USER',
    });
    expect(toProvisioningLogFilter(EMPTY_APP_LOG_STATE, now)).toEqual({});
  });

  it('counts a preset back from now; custom days are whole UTC days, the last one included', () => {
    expect(toProvisioningLogFilter({ ...EMPTY_APP_LOG_STATE, range: '24h' }, now)).toEqual({
      from: '2026-12-02T12:00:00.000Z',
    });
    expect(toProvisioningLogFilter({ ...EMPTY_APP_LOG_STATE, range: '30d' }, now)).toEqual({
      from: '2026-11-03T12:00:00.000Z',
    });
    expect(
      toProvisioningLogFilter({ ...EMPTY_APP_LOG_STATE, range: 'custom', from: '2026-11-01', to: '2026-11-02' }, now),
    ).toEqual({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-03T00:00:00.000Z' });
  });
});

describe('provisioningLogsExportUrl', () => {
  it('is the app export with the filter spelled as the server takes it', () => {
    expect(storedName('STAGED_DELETE')).toBe('StagedDelete');
    expect(storedName('FAILURE')).toBe('Failure');
    const url = provisioningLogsExportUrl(
      'hr to usw',
      {
        identity: 'müller',
        cycleId: CYCLE,
        actions: ['CREATE', 'STAGED_DELETE'],
        statuses: ['FAILURE'],
        objectType: 'GROUP',
        from: '2026-11-01T00:00:00.000Z',
      },
      'csv',
    );
    const [path, query] = url.split('?');
    expect(path).toBe('/api/apps/hr%20to%20usw/provisioning-logs/export');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      format: 'csv',
      cycle: CYCLE,
      type: 'group',
      action: 'Create,StagedDelete',
      status: 'Failure',
      identity: 'müller',
      from: '2026-11-01T00:00:00.000Z',
    });
    expect(provisioningLogsExportUrl('hr', {}, 'json')).toBe('/api/apps/hr/provisioning-logs/export?format=json');
  });
});
