import type { MikroORM } from '@mikro-orm/core';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { EngineMetrics } from './engine.metrics.js';
import { dbPoolMetrics, type EventLogSource, eventLogMetrics } from './sources.metrics.js';

/** Seconds buckets for our own HTTP answers (SCIM reads take about a millisecond, bulk writes seconds). */
const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A request that matched no route: one label value, not one per URL. */
export const UNMATCHED_ROUTE = '(unmatched)';

type HttpLabels = 'route' | 'method' | 'status' | 'tenant';
type CounterChild = ReturnType<Counter<HttpLabels>['labels']>;
type HistogramChild = ReturnType<Histogram<'route' | 'method'>['labels']>;

/** The HTTP door's metrics; `observe` runs in onResponse on every request, so it only looks up and adds. */
export class HttpMetrics {
  private readonly requests: Counter<HttpLabels>;
  private readonly seconds: Histogram<'route' | 'method'>;
  private readonly scimErrors: Counter<'scimType' | 'status' | 'tenant'>;
  // Label children by key: a Map lookup instead of prom-client hashing the label object on every request.
  private readonly requestChildren = new Map<string, CounterChild>();
  private readonly secondsChildren = new Map<string, HistogramChild>();

  constructor(registry: Registry) {
    const registers = [registry];
    this.requests = new Counter({
      name: 'scimdesk_http_requests_total',
      help: 'HTTP requests answered, by route pattern, method, status and tenant slug (empty outside a known tenant).',
      labelNames: ['route', 'method', 'status', 'tenant'],
      registers,
    });
    this.seconds = new Histogram({
      name: 'scimdesk_http_request_duration_seconds',
      help: 'Time from receiving a request to sending its answer, by route pattern and method.',
      labelNames: ['route', 'method'],
      buckets: HTTP_BUCKETS,
      registers,
    });
    this.scimErrors = new Counter({
      name: 'scimdesk_scim_errors_total',
      help: 'SCIM error answers, by scimType (empty when the error has none), status and tenant slug.',
      labelNames: ['scimType', 'status', 'tenant'],
      registers,
    });
  }

  /**
   * One answered request. `route` is the matched pattern (never the raw URL), `tenant` the slug of a
   * tenant that exists (never the URL's text), so every label has a bounded set of values.
   */
  observe(route: string, method: string, status: number, tenant: string, ms: number): void {
    const key = `${method} ${route} ${status} ${tenant}`;
    let req = this.requestChildren.get(key);
    if (!req) {
      req = this.requests.labels({ route, method, status: String(status), tenant });
      this.requestChildren.set(key, req);
    }
    req.inc();
    const hkey = `${method} ${route}`;
    let hist = this.secondsChildren.get(hkey);
    if (!hist) {
      hist = this.seconds.labels({ route, method });
      this.secondsChildren.set(hkey, hist);
    }
    hist.observe(ms / 1000);
  }

  /** One SCIM error body sent. */
  scimError(scimType: string | undefined, status: number, tenant: string): void {
    this.scimErrors.inc({ scimType: scimType ?? '', status: String(status), tenant });
  }
}

export interface MetricsSources {
  events: EventLogSource;
  orm: MikroORM;
  database: string;
}

/**
 * scimdesk's Prometheus metrics: one registry per process, built at start and passed in through
 * Services (never prom-client's global registry). The HTTP and engine parts are typed methods;
 * the event log, database pool and process metrics are read when Prometheus scrapes.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly http: HttpMetrics;
  readonly engine: EngineMetrics;

  constructor(sources: MetricsSources) {
    collectDefaultMetrics({ register: this.registry });
    this.http = new HttpMetrics(this.registry);
    this.engine = new EngineMetrics(this.registry);
    eventLogMetrics(this.registry, sources.events);
    dbPoolMetrics(this.registry, sources.orm, sources.database);
  }

  /** The text exposition format, and its content type. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
