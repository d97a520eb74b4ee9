import { Counter, Histogram, type Registry } from 'prom-client';

/** How a provisioning cycle of one app ended. */
export type CycleResult = 'success' | 'partial' | 'failed' | 'cancelled';
/** What the engine decided for one object (a user or group) against a target app. */
export type ObjectAction = 'create' | 'update' | 'disable' | 'delete' | 'none';
/** What became of that decision: applied to the target, failed there, or skipped (scope, plan, quarantine). */
export type ObjectStatus = 'applied' | 'failed' | 'skipped';

/** Seconds buckets for calls to target apps' SCIM endpoints (remote HTTP: slower than our own SCIM door). */
const TARGET_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Seconds buckets for whole cycles (seconds to an hour). */
const CYCLE_BUCKETS = [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600];

/**
 * The provisioning engine's metrics, created up front so dashboards and alerts exist before the
 * engine does; the engine only calls these methods. `app` is the configured target app's slug
 * (admin-created, so bounded); actions and statuses are closed unions, so label values are bounded.
 */
export class EngineMetrics {
  private readonly cycles: Counter<'app' | 'result'>;
  private readonly cycleSeconds: Histogram<'app'>;
  private readonly objects: Counter<'app' | 'action' | 'status'>;
  private readonly targetSeconds: Histogram<'app'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.cycles = new Counter({
      name: 'scimdesk_engine_cycles_total',
      help: 'Provisioning cycles finished, by target app and result (success, partial, failed, cancelled).',
      labelNames: ['app', 'result'],
      registers,
    });
    this.cycleSeconds = new Histogram({
      name: 'scimdesk_engine_cycle_duration_seconds',
      help: 'How long provisioning cycles took, by target app.',
      labelNames: ['app'],
      buckets: CYCLE_BUCKETS,
      registers,
    });
    this.objects = new Counter({
      name: 'scimdesk_engine_objects_total',
      help: 'Objects the engine processed, by target app, action (create, update, disable, delete, none) and status (applied, failed, skipped).',
      labelNames: ['app', 'action', 'status'],
      registers,
    });
    this.targetSeconds = new Histogram({
      name: 'scimdesk_engine_target_request_duration_seconds',
      help: "Latency of requests to target apps' SCIM endpoints, by target app.",
      labelNames: ['app'],
      buckets: TARGET_BUCKETS,
      registers,
    });
  }

  /** A cycle of `app` ended with `result` after `seconds`. */
  cycleFinished(app: string, result: CycleResult, seconds: number): void {
    this.cycles.inc({ app, result });
    this.cycleSeconds.observe({ app }, seconds);
  }

  /** One object was decided (`action`) and handled (`status`) for `app`. */
  objectProcessed(app: string, action: ObjectAction, status: ObjectStatus): void {
    this.objects.inc({ app, action, status });
  }

  /** One HTTP request to `app`'s SCIM endpoint took `seconds` (whatever its answer). */
  targetRequest(app: string, seconds: number): void {
    this.targetSeconds.observe({ app }, seconds);
  }
}
