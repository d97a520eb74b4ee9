/** RFC 7643 §7 attribute characteristics, as data. */
export type AttributeType =
  | 'string'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'dateTime'
  | 'reference'
  | 'complex'
  | 'binary';
export type Mutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
export type Returned = 'always' | 'never' | 'default' | 'request';
export type Uniqueness = 'none' | 'server' | 'global';

export interface AttributeDef {
  name: string;
  type: AttributeType;
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: Mutability;
  returned: Returned;
  uniqueness: Uniqueness;
  canonicalValues?: readonly string[];
  /**
   * Longest value accepted, in characters (code points), for a string stored in a column of that
   * width (PostgreSQL's varchar(n) refuses longer ones). Not an RFC 7643 characteristic: it is
   * enforced by validation (400 invalidValue naming it) and not shown in /Schemas.
   */
  maxLength?: number;
  referenceTypes?: readonly string[];
  subAttributes?: readonly AttributeDef[];
}

export interface SchemaDef {
  id: string;
  name: string;
  description: string;
  attributes: readonly AttributeDef[];
}

/** A resource type binds a core schema and its extensions to an endpoint (RFC 7643 §6). */
export interface ResourceTypeDef {
  id: string;
  name: string;
  endpoint: string;
  description: string;
  schema: SchemaDef;
  extensions: readonly { schema: SchemaDef; required: boolean }[];
}

/** A SCIM resource as JSON. */
export type ScimResource = Record<string, unknown>;

/** Shorthand builder so schema files stay readable: defaults follow RFC 7643 §2.2. */
export function attr(name: string, type: AttributeType, extra: Partial<AttributeDef> = {}): AttributeDef {
  return {
    name,
    type,
    multiValued: false,
    description: '',
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...extra,
  };
}
