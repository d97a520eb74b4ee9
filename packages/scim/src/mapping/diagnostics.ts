/** Diagnostics of a mapping set: which mapping and which field they belong to, and where. */
import type { Diagnostic, DiagnosticSeverity } from '../expression/diagnostics.js';
import type { ObjectType } from './types.js';

export type MappingField = 'source' | 'target' | 'defaultValue' | 'matchingPrecedence' | 'set';

export interface MappingDiagnostic {
  code: string;
  severity: DiagnosticSeverity;
  message: string;
  /** Index of the mapping in its object mapping; absent for problems of the whole set. */
  mapping?: number;
  /** Set in the diagnostics of a whole mapping set. */
  objectType?: ObjectType;
  field: MappingField;
  /** Position inside the mapping's source expression, for `field: 'source'`. */
  offset?: number;
  line?: number;
  column?: number;
}

export function mappingDiagnostic(
  code: string,
  message: string,
  field: MappingField,
  mapping?: number,
  severity: DiagnosticSeverity = 'error',
): MappingDiagnostic {
  return mapping === undefined ? { code, severity, message, field } : { code, severity, message, field, mapping };
}

/** An expression diagnostic placed on mapping `index`'s source. */
export function fromExpression(d: Diagnostic, index: number): MappingDiagnostic {
  return { ...d, mapping: index, field: 'source' };
}

export const hasErrors = (list: readonly { severity: DiagnosticSeverity }[]): boolean =>
  list.some((d) => d.severity === 'error');
