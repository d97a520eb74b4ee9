import type { CycleKind, CyclePhase, CycleStatus } from './cycle.entity.js';

export interface CycleCounts {
  created: number;
  updated: number;
  disabled: number;
  deleted: number;
  skipped: number;
  failed: number;
  /** Disables and deletes held back by the deletion threshold (logged as StagedDelete). */
  held: number;
}

export const emptyCounts = (): CycleCounts => ({
  created: 0,
  updated: 0,
  disabled: 0,
  deleted: 0,
  skipped: 0,
  failed: 0,
  held: 0,
});

/** The summary `cycle run --json` prints as its last line (a contract: scripts read it). */
export interface CycleSummary {
  cycleId: string;
  kind: CycleKind;
  status: CycleStatus;
  counts: CycleCounts;
  durationMs: number;
}

/** Live progress, readable by any replica (written with every committed batch). */
export interface CycleProgress extends CycleSummary {
  appId: string;
  trigger: string;
  phase: CyclePhase;
  done: number;
  total: number;
  /** Objects per second over the running time. */
  rate: number;
  /** Seconds left at that rate; null when unknown. */
  etaSeconds: number | null;
  queuedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  error: string | null;
}
