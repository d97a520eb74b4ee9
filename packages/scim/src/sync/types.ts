/**
 * The engine's per-object decision (SPEC E6/E7, azure.md §5): given a source object, its scope
 * decision, its link and the observed target resource, what to do. Pure, so cycles, plans and
 * on-demand runs share it and it is tested without a database or a network.
 */
import type { MappingDiagnostic, MappingOutcome } from '../mapping/index.js';

export type SyncObjectType = 'user' | 'group';

/** What the app remembers of this object in the target. */
export interface SyncLink {
  targetId: string | null;
  state: 'provisioned' | 'disabled' | 'deleted';
}

export interface ModifiedProperty {
  attribute: string;
  old: unknown;
  new: unknown;
}

export type SkipCode =
  /** Out of scope and nothing in the target to disable. */
  | 'NotEffectivelyEntitled'
  /** No value for any matching attribute (Entra's ImportSkipped). */
  | 'ImportSkipped'
  /** The target already holds every value. */
  | 'NoChange'
  /** Create / update / delete unticked in the target object actions. */
  | 'ActionDisabled'
  /** The object type's mapping is switched off. */
  | 'MappingDisabled'
  /** Already disabled or deleted in the target. */
  | 'AlreadyDeprovisioned'
  /** Out of scope but no mapping uses IsSoftDeleted, so there is nothing to send (azure.md §5.3). */
  | 'NoDisableMapping';

export type SyncDecision =
  | { action: 'create'; body: Record<string, unknown>; outcomes: MappingOutcome[]; diagnostics: MappingDiagnostic[] }
  | {
      action: 'update' | 'disable';
      targetId: string;
      /** PatchOp bodies, split so none exceeds the per-request limits. */
      patches: Record<string, unknown>[];
      modified: ModifiedProperty[];
      outcomes: MappingOutcome[];
      diagnostics: MappingDiagnostic[];
    }
  | { action: 'delete'; targetId: string }
  | { action: 'skip'; code: SkipCode; reason: string; targetId?: string | null; outcomes?: MappingOutcome[] }
  | { action: 'fail'; code: 'MappingError'; reason: string; diagnostics: MappingDiagnostic[] };

export type SyncAction = SyncDecision['action'];
