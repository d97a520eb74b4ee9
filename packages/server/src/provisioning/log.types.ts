import type { LogAction, LogStatus } from './provisioning-log.entity.js';

export type { LogAction, LogStatus };
export type LogObjectType = 'user' | 'group';
/** `testConnection` appears in on-demand answers (cycles test the target once, not per object). */
export type LogStepName = 'testConnection' | 'import' | 'scope' | 'match' | 'action';

export const LOG_ACTIONS: readonly LogAction[] = [
  'Create',
  'Update',
  'Disable',
  'Delete',
  'Skip',
  'Other',
  'StagedDelete',
];
export const LOG_STATUSES: readonly LogStatus[] = ['Success', 'Failure', 'Skipped', 'Warning'];

/** One attribute an action changed, old -> new (redacted values stay redacted). */
export interface LogModified {
  attribute: string;
  old: unknown;
  new: unknown;
}

/** One step of the engine's work on an object, as Entra's provisioning log shows them. */
export interface LogStep {
  step: LogStepName;
  status: string;
  details: Record<string, unknown>;
}

/** What the engine writes for one object in one cycle (SPEC E9); `insertLogs` fits it to the table. */
export interface LogEntry {
  appId: string;
  cycleId: string | null;
  objectType: LogObjectType;
  action: LogAction;
  status: LogStatus;
  sourceId: string;
  sourceName?: string | null;
  targetId?: string | null;
  targetName?: string | null;
  modified: LogModified[];
  steps: LogStep[];
  /** The SCIM request sent to the target, if any. */
  request?: { method: string; path: string } | null;
  responseStatus?: number | null;
  errorCode?: string | null;
  errorMessage?: string | null;
  retryCount: number;
  durationMs: number;
  /** When it happened; now when absent. */
  at?: Date;
}

/** A stored entry as read back (converted from the raw row once, in log.query.ts). */
export interface LogRecord {
  id: string;
  appId: string;
  cycleId: string | null;
  objectType: LogObjectType;
  action: LogAction;
  status: LogStatus;
  sourceId: string;
  sourceName: string | null;
  targetId: string | null;
  targetName: string | null;
  modified: LogModified[];
  steps: LogStep[];
  request: { method: string; path: string } | null;
  responseStatus: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  retryCount: number;
  durationMs: number;
  createdAt: Date;
}

/** Filters of reads and exports; all given ones must hold. The app is always given (by id). */
export interface LogFilter {
  cycleId?: string | null;
  objectType?: LogObjectType | null;
  actions?: readonly LogAction[] | null;
  statuses?: readonly LogStatus[] | null;
  /** Part of the source id, source name, target id or target name, any letter case. */
  identity?: string | null;
  /** At or after. */
  from?: Date | null;
  /** Before. */
  to?: Date | null;
}
