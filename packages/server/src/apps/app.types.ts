/** An app's stored scope and what cycles derive from an app row once (compiled mappings and filters). */
import type { CompiledMappingSet, CompiledScopingFilter, MappingSet, ScopingFilter } from '@scimdesk/scim';

export interface AssignedObject {
  objectId: string;
  /** The name it was assigned by (UPN or displayName), kept for display. */
  name: string;
}

export interface StoredScope {
  mode: 'assigned' | 'all';
  users: AssignedObject[];
  groups: AssignedObject[];
  userFilter: ScopingFilter;
  groupFilter: ScopingFilter;
}

export interface CompiledApp {
  mappings: CompiledMappingSet;
  mappingSet: MappingSet;
  scope: StoredScope;
  userFilter: CompiledScopingFilter;
  groupFilter: CompiledScopingFilter;
  assigned: Set<string>;
  /** Assigned objects' names, for explanations. */
  names: Map<string, string>;
  /**
   * Whether evaluations run under the time guard (node:vm's watchdog). Regexes run on RE2 in linear
   * time everywhere; the guard costs ~0.3 ms a call, so it is kept for mapping sets whose
   * expressions call functions whose work can multiply (Replace, Join, Split, RandomString...).
   */
  guarded: boolean;
  /** What decides values and scope; a change makes the next cycle evaluate everything. */
  hash: string;
}
