/**
 * Quarantine (E8): an app whose target keeps failing is put in quarantine with a reason code and
 * a sentence an admin understands, and its cycles slow down, the wait doubling with each
 * quarantined cycle up to ENGINE_QUARANTINE_MAX_INTERVAL_MINUTES (a day). The first cycle that
 * is not judged failing lifts it; a restart lifts it at once. Judged once per finished cycle:
 *
 * - `TargetUnauthorized`: every object of the cycle failed, each with a 401 or 403;
 * - `TargetNotFound`: every object failed with a 404 (the base URL is wrong, or gone);
 * - `TargetUnavailable`: the cycle could not reach its target at all (no token, tenant gone);
 * - `MostCallsFailing`: at least ENGINE_QUARANTINE_MIN_FAILURES objects failed and they are more
 *   than ENGINE_QUARANTINE_FAILURE_RATIO of the cycle's objects.
 */
import type { App } from '../apps/app.entity.js';
import type { SqlRunner } from '../db/sql.js';
import type { Services } from '../scim/services.js';
import { sendWebhook } from './webhook.js';

export interface Quarantine {
  reason: string;
  message: string;
}

const SENTENCES: Record<string, string> = {
  TargetUnauthorized: 'The target refused the token (401/403) on every call: it may be revoked or expired.',
  TargetNotFound: 'The target answered 404 on every call: its base URL may be wrong, or the tenant is gone.',
};

/** The verdict on a finished cycle, from its counts and its log's error codes. */
export async function judgeCycle(
  q: SqlRunner,
  services: Services,
  cycleId: string,
  done: number,
  failed: number,
): Promise<Quarantine | null> {
  if (!failed) return null;
  const rows = await q.all<{ code: string | null; n: number | string }>(
    `select error_code as code, count(*) as n from provisioning_log where cycle_id = ? and status = 'Failure' group by error_code`,
    [cycleId],
  );
  const codes = new Map(rows.map((r) => [r.code ?? '', Number(r.n)]));
  const only = (...list: string[]) => [...codes.keys()].every((c) => list.includes(c));
  if (failed >= done && only('SCIM_401', 'SCIM_403'))
    return { reason: 'TargetUnauthorized', message: SENTENCES.TargetUnauthorized };
  if (failed >= done && only('SCIM_404')) return { reason: 'TargetNotFound', message: SENTENCES.TargetNotFound };
  const c = services.config;
  if (failed >= c.ENGINE_QUARANTINE_MIN_FAILURES && failed > done * c.ENGINE_QUARANTINE_FAILURE_RATIO)
    return {
      reason: 'MostCallsFailing',
      message: `${failed} of the cycle's ${done} objects failed: see the app's failures for their errors.`,
    };
  return null;
}

/**
 * Records the verdict on the app and sets when it runs next: quarantined, the wait doubles per
 * quarantined cycle in a row (capped); lifted, the app's own interval. Entering quarantine sends
 * the `quarantine` webhook; lifting sends `quarantine-lifted`.
 */
export async function applyVerdict(
  services: Services,
  app: App,
  verdict: Quarantine | null,
  cycleId: string | null,
): Promise<void> {
  const { sql, config } = services;
  const now = new Date();
  const row = await sql.get<{ quarantine_reason: string | null; quarantine_cycles: number | string | null }>(
    'select quarantine_reason, quarantine_cycles from app where id = ?',
    [app.id],
  );
  const was = row?.quarantine_reason ?? null;
  if (!verdict) {
    if (!was) return;
    await sql.run(
      'update app set quarantine_reason = null, quarantine_message = null, quarantined_at = null, quarantine_cycles = 0 where id = ?',
      [app.id],
    );
    sendWebhook(services, app, 'quarantine-lifted', { cycleId, previousReason: was });
    return;
  }
  const cycles = Number(row?.quarantine_cycles ?? 0) + 1;
  const minutes = Math.min(
    app.intervalMinutes * 2 ** Math.min(cycles, 20),
    config.ENGINE_QUARANTINE_MAX_INTERVAL_MINUTES,
  );
  await sql.run(
    `update app set quarantine_reason = ?, quarantine_message = ?, quarantined_at = ${was ? 'quarantined_at' : '?'},
       quarantine_cycles = ?, next_run_at = ? where id = ?`,
    [
      verdict.reason,
      verdict.message,
      ...(was ? [] : [now]),
      cycles,
      new Date(now.getTime() + Math.max(minutes, app.intervalMinutes) * 60_000),
      app.id,
    ],
  );
  if (!was || was !== verdict.reason)
    sendWebhook(services, app, 'quarantine', { cycleId, reason: verdict.reason, message: verdict.message });
}
