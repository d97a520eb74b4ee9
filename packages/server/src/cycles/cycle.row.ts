/** The cycle row as raw SQL returns it, converted once. */

import { toDate, toDateOrNull, toJson } from '../db/row.js';
import type { SqlRunner } from '../db/sql.js';
import type { CycleKind, CyclePhase, CycleStatus } from './cycle.entity.js';
import { type CycleCounts, type CycleProgress, emptyCounts } from './cycle.types.js';

export interface CycleRow {
  id: string;
  appId: string;
  kind: CycleKind;
  status: CycleStatus;
  trigger: string;
  phase: CyclePhase;
  cursor: string | null;
  watermarkFrom: number | null;
  watermarkTo: number | null;
  total: number;
  done: number;
  counts: CycleCounts;
  error: string | null;
  claimedBy: string | null;
  queuedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  runMs: number;
  stagedSent: number;
  /** The plan this cycle applies, if any. */
  planId: string | null;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export async function readCycle(q: SqlRunner, id: string): Promise<CycleRow | null> {
  const r = await q.get<Record<string, unknown>>('select * from cycle where id = ?', [id]);
  return r ? cycleFromRaw(r) : null;
}

export function cycleFromRaw(r: Record<string, unknown>): CycleRow {
  return {
    id: String(r.id),
    appId: String(r.app_id),
    kind: r.kind as CycleKind,
    status: r.status as CycleStatus,
    trigger: String(r.trigger),
    phase: r.phase as CyclePhase,
    cursor: (r.cursor as string | null) ?? null,
    watermarkFrom: num(r.watermark_from),
    watermarkTo: num(r.watermark_to),
    total: Number(r.total),
    done: Number(r.done),
    // Cycles written before a count existed read it as 0.
    counts: { ...emptyCounts(), ...toJson<CycleCounts>(r.counts) },
    error: (r.error as string | null) ?? null,
    claimedBy: (r.claimed_by as string | null) ?? null,
    queuedAt: toDate(r.queued_at),
    startedAt: toDateOrNull(r.started_at),
    finishedAt: toDateOrNull(r.finished_at),
    runMs: Number(r.run_ms ?? 0),
    stagedSent: Number(r.staged_sent ?? 0),
    planId: (r.plan_id as string | null) ?? null,
  };
}

/** Progress as any replica reads it: run_ms is written with every committed batch. */
export function progressOf(c: CycleRow): CycleProgress {
  const rate = c.runMs > 0 ? c.done / (c.runMs / 1000) : 0;
  const left = Math.max(0, c.total - c.done);
  return {
    cycleId: c.id,
    appId: c.appId,
    kind: c.kind,
    status: c.status,
    trigger: c.trigger,
    phase: c.phase,
    counts: c.counts,
    done: c.done,
    total: c.total,
    rate: Math.round(rate * 10) / 10,
    etaSeconds: c.status === 'running' && rate > 0 ? Math.round(left / rate) : null,
    durationMs: c.runMs,
    queuedAt: c.queuedAt,
    startedAt: c.startedAt,
    finishedAt: c.finishedAt,
    error: c.error,
  };
}
