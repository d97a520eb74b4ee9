/** The whole scope decision for one object: assignment first, then the scoping filter, each step explained. */
import {
  type AssignmentDecision,
  type AssignmentDirectory,
  type AssignmentMode,
  assignmentScope,
} from './assignment.js';
import { type CompiledScopingFilter, evaluateScopingFilter, type ScopingResult } from './filter.js';

export interface ScopeDecision {
  inScope: boolean;
  reason: string;
  assignment: AssignmentDecision;
  /** Absent when assignment already put the object out of scope. */
  filter?: ScopingResult;
}

export function decideScope(input: {
  mode: AssignmentMode;
  directory: AssignmentDirectory;
  filter: CompiledScopingFilter;
  object: { id: string; type: 'user' | 'group'; source: Record<string, unknown> };
}): ScopeDecision {
  const assignment = assignmentScope(input.mode, input.directory, input.object);
  if (!assignment.inScope) return { inScope: false, reason: assignment.reason, assignment };
  const filter = evaluateScopingFilter(input.filter, input.object.source);
  return { inScope: filter.inScope, reason: filter.inScope ? assignment.reason : filter.reason, assignment, filter };
}
