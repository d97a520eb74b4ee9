import type { SqlRunner } from '../db/sql.js';
import { logWhere } from './log.query.js';
import type { LogAction, LogFilter, LogStatus } from './log.types.js';

export interface LogReport {
  total: number;
  byStatus: Record<LogStatus, number>;
  byAction: { action: LogAction; count: number }[];
  /** successes / (successes + failures); null when there were neither. Skips and warnings do not count. */
  successRate: number | null;
  /** Failures by error code, most frequent first (entries without a code are under `null`). */
  failuresByErrorCode: { errorCode: string | null; count: number }[];
}

/** Counts of the entries matching `filter` (a cycle's report is the filter `{ cycleId }`). */
export async function logReport(q: SqlRunner, appId: string, filter: LogFilter): Promise<LogReport> {
  const where = logWhere(q.kind, appId, filter);
  const groups = await q.all<{ status: LogStatus; action: LogAction; n: number | string }>(
    `select l.status, l.action, count(*) as n from provisioning_log l where ${where.sql} group by l.status, l.action`,
    where.params,
  );
  const failures = await q.all<{ code: string | null; n: number | string }>(
    `select l.error_code as code, count(*) as n from provisioning_log l
      where ${where.sql} and l.status = 'Failure' group by l.error_code order by count(*) desc, l.error_code`,
    where.params,
  );
  const byStatus: Record<LogStatus, number> = { Success: 0, Failure: 0, Skipped: 0, Warning: 0 };
  const byAction = new Map<LogAction, number>();
  let total = 0;
  for (const g of groups) {
    const n = Number(g.n);
    total += n;
    if (g.status in byStatus) byStatus[g.status] += n;
    byAction.set(g.action, (byAction.get(g.action) ?? 0) + n);
  }
  const decided = byStatus.Success + byStatus.Failure;
  return {
    total,
    byStatus,
    byAction: [...byAction].map(([action, count]) => ({ action, count })).sort((a, b) => b.count - a.count),
    successRate: decided ? byStatus.Success / decided : null,
    failuresByErrorCode: failures.map((f) => ({ errorCode: f.code ?? null, count: Number(f.n) })),
  };
}
