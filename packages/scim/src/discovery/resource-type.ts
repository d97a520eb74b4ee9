import { resourceTypes } from '../schemas/resource-types.js';
import type { ResourceTypeDef } from '../schemas/types.js';
import { type DiscoveryMeta, locationOf } from './meta.js';

export const RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';

/** RFC 7643 §6. */
export interface ResourceTypeRepresentation {
  schemas: [typeof RESOURCE_TYPE_SCHEMA];
  id: string;
  name: string;
  endpoint: string;
  description: string;
  schema: string;
  /** Omitted when the type has no extensions (no nulls, no empty lists: Entra reads this). */
  schemaExtensions?: { schema: string; required: boolean }[];
  meta: DiscoveryMeta;
}

/** The document served by `GET /ResourceTypes/:id` (and listed by `GET /ResourceTypes`). */
export function resourceTypeRepresentation(rt: ResourceTypeDef, baseUrl: string): ResourceTypeRepresentation {
  const out: ResourceTypeRepresentation = {
    schemas: [RESOURCE_TYPE_SCHEMA],
    id: rt.id,
    name: rt.name,
    endpoint: rt.endpoint,
    description: rt.description,
    schema: rt.schema.id,
    meta: { resourceType: 'ResourceType', location: locationOf(baseUrl, `ResourceTypes/${rt.id}`) },
  };
  if (rt.extensions.length > 0) {
    out.schemaExtensions = rt.extensions.map((e) => ({ schema: e.schema.id, required: e.required }));
  }
  return out;
}

/** The resource type whose id (or name) is `id`, ignoring case; undefined means 404. */
export function findResourceType(
  id: string,
  types: readonly ResourceTypeDef[] = resourceTypes,
): ResourceTypeDef | undefined {
  const n = id.toLowerCase();
  return types.find((t) => t.id.toLowerCase() === n || t.name.toLowerCase() === n);
}
