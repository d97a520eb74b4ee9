import { allSchemas } from '../schemas/resource-types.js';
import type { AttributeDef, SchemaDef } from '../schemas/types.js';
import { type DiscoveryMeta, locationOf } from './meta.js';

export const SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

/** One attribute as RFC 7643 §7 represents it. */
export interface AttributeRepresentation {
  name: string;
  type: AttributeDef['type'];
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: AttributeDef['mutability'];
  returned: AttributeDef['returned'];
  uniqueness: AttributeDef['uniqueness'];
  canonicalValues?: string[];
  referenceTypes?: string[];
  subAttributes?: AttributeRepresentation[];
}

/** RFC 7643 §7. */
export interface SchemaRepresentation {
  schemas: [typeof SCHEMA_SCHEMA];
  id: string;
  name: string;
  description: string;
  attributes: AttributeRepresentation[];
  meta: DiscoveryMeta;
}

/**
 * Every characteristic, camelCase values as the schema data holds them; canonicalValues,
 * referenceTypes and subAttributes only when non-empty. Never a null (Entra's /Schemas rule).
 */
export function attributeRepresentation(def: AttributeDef): AttributeRepresentation {
  const out: AttributeRepresentation = {
    name: def.name,
    type: def.type,
    multiValued: def.multiValued,
    description: def.description,
    required: def.required,
    caseExact: def.caseExact,
    mutability: def.mutability,
    returned: def.returned,
    uniqueness: def.uniqueness,
  };
  if (def.canonicalValues?.length) out.canonicalValues = [...def.canonicalValues];
  if (def.referenceTypes?.length) out.referenceTypes = [...def.referenceTypes];
  if (def.subAttributes?.length) out.subAttributes = def.subAttributes.map(attributeRepresentation);
  return out;
}

/** The document served by `GET /Schemas/:id` (and listed by `GET /Schemas`). */
export function schemaRepresentation(schema: SchemaDef, baseUrl: string): SchemaRepresentation {
  return {
    schemas: [SCHEMA_SCHEMA],
    id: schema.id,
    name: schema.name,
    description: schema.description,
    attributes: schema.attributes.map(attributeRepresentation),
    meta: { resourceType: 'Schema', location: locationOf(baseUrl, `Schemas/${schema.id}`) },
  };
}

/** The schema whose URN is `id`, ignoring case; undefined means 404. */
export function findSchema(id: string, schemas: readonly SchemaDef[] = allSchemas): SchemaDef | undefined {
  const n = id.toLowerCase();
  return schemas.find((s) => s.id.toLowerCase() === n);
}
