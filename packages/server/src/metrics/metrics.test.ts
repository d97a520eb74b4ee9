import type { MikroORM } from '@mikro-orm/core';
import type { MetricValue } from 'prom-client';
import { describe, expect, it } from 'vitest';
import type { EventRecorderStats } from '../events/event.recorder.js';
import { Metrics } from './metrics.js';

function build(stats: EventRecorderStats = { queued: 0, oldestQueuedMs: null, written: 0, failed: 0 }) {
  // No database: the pool collector finds no pool and reports nothing.
  const orm = { em: { getConnection: () => ({}) } } as unknown as MikroORM;
  return new Metrics({ events: { stats: () => stats }, orm, database: 'sqlite' });
}

async function values(m: Metrics, name: string) {
  const metric = m.registry.getSingleMetric(name);
  if (!metric) throw new Error(`no metric ${name}`);
  // Histograms name each value (_bucket, _sum, _count); the Metric union's get() type does not say so.
  return (await metric.get()).values as (MetricValue<string> & { metricName?: string })[];
}

describe('Metrics', () => {
  it('the engine API counts cycles, objects and target latency with the given labels', async () => {
    const m = build();
    m.engine.cycleFinished('egnyte-prod', 'success', 12);
    m.engine.cycleFinished('egnyte-prod', 'failed', 3);
    m.engine.objectProcessed('egnyte-prod', 'create', 'applied');
    m.engine.objectProcessed('egnyte-prod', 'create', 'applied');
    m.engine.objectProcessed('egnyte-prod', 'update', 'failed');
    m.engine.targetRequest('egnyte-prod', 0.2);
    const objects = await values(m, 'scimdesk_engine_objects_total');
    expect(objects).toContainEqual({ labels: { app: 'egnyte-prod', action: 'create', status: 'applied' }, value: 2 });
    expect(objects).toContainEqual({ labels: { app: 'egnyte-prod', action: 'update', status: 'failed' }, value: 1 });
    const cycles = await values(m, 'scimdesk_engine_cycles_total');
    expect(cycles.map((v) => [v.labels.result, v.value])).toEqual([
      ['success', 1],
      ['failed', 1],
    ]);
    const target = await values(m, 'scimdesk_engine_target_request_duration_seconds');
    expect(target.find((v) => v.metricName?.endsWith('_count'))?.value).toBe(1);
    expect(target.find((v) => v.labels.le === 0.25)?.value).toBe(1);
    expect(target.find((v) => v.labels.le === 0.1)?.value).toBe(0);
  });

  it('http.observe adds one per request and keeps one series per label set', async () => {
    const m = build();
    for (let i = 0; i < 1000; i++) m.http.observe('/scim/v2/:tenant/Users', 'GET', 200, 'acme', 1.5);
    m.http.observe('/scim/v2/:tenant/Users', 'GET', 200, 'other', 30);
    const requests = await values(m, 'scimdesk_http_requests_total');
    expect(requests).toEqual([
      { labels: { route: '/scim/v2/:tenant/Users', method: 'GET', status: '200', tenant: 'acme' }, value: 1000 },
      { labels: { route: '/scim/v2/:tenant/Users', method: 'GET', status: '200', tenant: 'other' }, value: 1 },
    ]);
    const seconds = await values(m, 'scimdesk_http_request_duration_seconds');
    expect(seconds.find((v) => v.metricName?.endsWith('_count'))?.value).toBe(1001);
    expect(seconds.find((v) => v.labels.le === 0.0025)?.value).toBe(1000);
  });

  it('reads the event log at scrape time and turns its totals into counters', async () => {
    const stats: EventRecorderStats = { queued: 7, oldestQueuedMs: 1500, written: 10, failed: 2 };
    const m = build(stats);
    const text = await m.registry.metrics();
    expect(text).toContain('scimdesk_event_log_queued 7');
    expect(text).toContain('scimdesk_event_log_lag_seconds 1.5');
    expect(text).toContain('scimdesk_event_log_written_total 10');
    expect(text).toContain('scimdesk_event_log_failed_total 2');
    Object.assign(stats, { queued: 0, oldestQueuedMs: null, written: 25 });
    const later = await m.registry.metrics();
    expect(later).toContain('scimdesk_event_log_queued 0');
    expect(later).toContain('scimdesk_event_log_lag_seconds 0');
    expect(later).toContain('scimdesk_event_log_written_total 25');
    expect(later).not.toContain('scimdesk_db_pool_connections{');
  });

  it('uses its own registry, so two instances do not collide', async () => {
    const a = build();
    const b = build();
    a.http.observe('/x', 'GET', 200, '', 1);
    expect(await a.registry.metrics()).toContain('scimdesk_http_requests_total{route="/x"');
    expect(await b.registry.metrics()).not.toContain('scimdesk_http_requests_total{route="/x"');
  });
});
