export { buildCreate, type CreateResult } from './build.js';
export {
  type CompiledMapping,
  type CompiledMappingSet,
  type CompiledObjectMapping,
  compileMappingSet,
  compileObjectMapping,
  type RoleMode,
} from './compile.js';
export { type DeclaredTypes, declaredTypes, withDeclaredTypes } from './declared-types.js';
export type { MappingDiagnostic, MappingField } from './diagnostics.js';
export type { MappingContext, ValueStatus } from './evaluate.js';
export { findMatch, type MatchPlan, type MatchQuery, matchQueries, queryMatches } from './matching.js';
export { type MappingOutcome, type OutcomeStatus, REDACTED } from './outcome.js';
export * from './presets/index.js';
export { type MappingPreview, previewMapping } from './preview.js';
export { type SourceObject, sourceView } from './source.js';
export { compileTarget, type TargetSlot } from './target.js';
export { targetResourceType } from './target-schema.js';
export type * from './types.js';
export { type PlannedOperation, planUpdate, type UpdatePlan } from './update.js';
