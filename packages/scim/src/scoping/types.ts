/** Scoping filters (SPEC E5, azure.md §4.1) as plain data: AND inside a group, OR across groups. */

export interface ScopingClause {
  /** Source attribute name (case-sensitive, as in mappings). */
  attribute: string;
  /** An operator name (see `SCOPING_OPERATORS`; letter case, spaces and underscores are forgiven). */
  operator: string;
  /** The comparison value; unused by IS TRUE / IS FALSE / IS NULL / IS NOT NULL. */
  value?: string | null;
}

export interface ScopingGroup {
  title?: string;
  clauses: ScopingClause[];
}

/** An object is in scope when any group passes; a filter with no groups lets everything through. */
export interface ScopingFilter {
  groups: ScopingGroup[];
}

export interface ScopingDiagnostic {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  group: number;
  clause: number;
  field: 'attribute' | 'operator' | 'value';
}
