export { resourceTypesListResponse, schemasListResponse } from './lists.js';
export type { DiscoveryMeta } from './meta.js';
export {
  findResourceType,
  RESOURCE_TYPE_SCHEMA,
  type ResourceTypeRepresentation,
  resourceTypeRepresentation,
} from './resource-type.js';
export {
  type AttributeRepresentation,
  attributeRepresentation,
  findSchema,
  SCHEMA_SCHEMA,
  type SchemaRepresentation,
  schemaRepresentation,
} from './schema.js';
export {
  type AuthenticationScheme,
  type Pagination,
  SERVICE_PROVIDER_CONFIG_SCHEMA,
  type ServiceProviderConfig,
  type ServiceProviderConfigOptions,
  serviceProviderConfig,
} from './service-provider-config.js';
