/**
 * The attribute-mapping model of an Entra-style provisioning app (SPEC E3, reference azure.md §2):
 * plain data, so it can be stored as JSON, shipped as presets and edited in the dashboard.
 */

/** How a mapping obtains its value. */
export type MappingKind = 'direct' | 'constant' | 'expression';

/** Entra's "Apply this mapping": on create and update, or only when the object is created. */
export type MappingApply = 'always' | 'createOnly';

export type ObjectType = 'user' | 'group';

export interface AttributeMapping {
  kind: MappingKind;
  /** direct: a source attribute name; constant: the literal text; expression: the expression text. */
  source: string;
  /** A SCIM attribute path: `userName`, `name.givenName`, `emails[type eq "work"].value`, `urn:...:User:email`. */
  target: string;
  apply: MappingApply;
  /** Used instead of a null or empty value, when the object is created only (as in Entra). */
  defaultValue?: string | null;
  /** Set when this mapping matches source objects to target objects; lower precedence is tried first. */
  matchingPrecedence?: number | null;
}

/** Entra's "Edit attribute list" types. */
export type TargetAttributeType = 'String' | 'Boolean' | 'Integer' | 'DateTime' | 'Reference' | 'Binary';

/** A target attribute the standard SCIM schemas do not define (a custom extension attribute). */
export interface TargetAttribute {
  /** Full name: `urn:ietf:params:scim:schemas:extension:acme:2.0:User:costCode` (or a core name). */
  name: string;
  type: TargetAttributeType;
  multiValued?: boolean;
  required?: boolean;
  caseExact?: boolean;
}

export interface ObjectMapping {
  /** Entra lets groups be switched off; users are always enabled. */
  enabled: boolean;
  /** Target object actions: which of create / update / delete the engine may do. */
  actions: { create: boolean; update: boolean; delete: boolean };
  mappings: AttributeMapping[];
  /** Custom target attributes, beyond the core, enterprise and egnyte schemas. */
  targetAttributes?: TargetAttribute[];
}

export interface MappingSet {
  user: ObjectMapping;
  group: ObjectMapping;
}
