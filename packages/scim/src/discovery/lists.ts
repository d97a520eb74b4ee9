import { type ListResponse, listResponse } from '../resource/list.js';
import { allSchemas, resourceTypes } from '../schemas/resource-types.js';
import type { ResourceTypeDef, SchemaDef } from '../schemas/types.js';
import { type ResourceTypeRepresentation, resourceTypeRepresentation } from './resource-type.js';
import { type SchemaRepresentation, schemaRepresentation } from './schema.js';

/** `GET /ResourceTypes`: a ListResponse (RFC 7644 §4) of every resource type. */
export function resourceTypesListResponse(
  baseUrl: string,
  types: readonly ResourceTypeDef[] = resourceTypes,
): ListResponse<ResourceTypeRepresentation> {
  const items = types.map((t) => resourceTypeRepresentation(t, baseUrl));
  return listResponse(items, items.length, 1);
}

/** `GET /Schemas`: a ListResponse of every schema (Entra expects a list here, not an array). */
export function schemasListResponse(
  baseUrl: string,
  schemas: readonly SchemaDef[] = allSchemas,
): ListResponse<SchemaRepresentation> {
  const items = schemas.map((s) => schemaRepresentation(s, baseUrl));
  return listResponse(items, items.length, 1);
}
