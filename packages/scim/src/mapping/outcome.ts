/** The per-mapping report of a create or an update: what each mapping produced and why. */
import type { MappingDiagnostic } from './diagnostics.js';
import type { ValueStatus } from './evaluate.js';

/**
 * `ValueStatus`, plus for updates: `unchanged` (the target already holds the value), `changed`
 * (an operation was planned) and `createOnly` (the mapping applies only at creation).
 */
export type OutcomeStatus = ValueStatus | 'unchanged' | 'changed' | 'createOnly';

export interface MappingOutcome {
  mapping: number;
  target: string;
  status: OutcomeStatus;
  /** The value sent or that would be sent ("[Redact]" for mappings that call Redact). */
  value?: unknown;
  /** For updates: what the target held before. */
  old?: unknown;
  diagnostics: MappingDiagnostic[];
}

export const REDACTED = '[Redact]';

export function shown(value: unknown, redacts: boolean): unknown {
  return redacts && value !== undefined ? REDACTED : value;
}
