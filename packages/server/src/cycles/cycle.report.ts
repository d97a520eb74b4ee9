/**
 * `App.report`: the provisioning log's report (provisioning/log.report.ts) for each of an app's
 * last cycles, and the same counts summed over them.
 */
import type { SqlRunner } from '../db/sql.js';
import { logReport } from '../provisioning/log.report.js';
import { toLogReportNode } from '../provisioning/provisioning-logs.types.js';
import { lastCycles } from './cycle.service.js';
import type { AppReportNode } from './cycles.types.js';

export async function appReport(q: SqlRunner, appId: string, appName: string, count: number): Promise<AppReportNode> {
  const cycles = await lastCycles(q, appId, count);
  const reports = [];
  for (const c of cycles) reports.push(toLogReportNode(appName, c.id, await logReport(q, appId, { cycleId: c.id })));
  const byCode = new Map<string | null, number>();
  let successes = 0;
  let failures = 0;
  for (const r of reports) {
    successes += r.successes;
    failures += r.failures;
    for (const f of r.failuresByErrorCode) byCode.set(f.errorCode, (byCode.get(f.errorCode) ?? 0) + f.count);
  }
  return {
    cycles: reports,
    successes,
    failures,
    successRate: successes + failures ? successes / (successes + failures) : null,
    failuresByErrorCode: [...byCode]
      .map(([errorCode, n]) => ({ errorCode, count: n }))
      .sort((a, b) => b.count - a.count || String(a.errorCode).localeCompare(String(b.errorCode))),
  };
}
