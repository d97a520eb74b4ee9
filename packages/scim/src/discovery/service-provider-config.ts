import { type DiscoveryMeta, locationOf } from './meta.js';

export const SERVICE_PROVIDER_CONFIG_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';

export interface ServiceProviderConfigOptions {
  /** The tenant's SCIM root, e.g. `https://host/scim/v2/acme`. */
  baseUrl: string;
  bulk: { maxOperations: number; maxPayloadSize: number };
  /** Most resources a filtered query returns (`filter.maxResults`). */
  filterMax: number;
  documentationUri?: string;
  /** RFC 9865 paging methods, when the service provider offers cursors. */
  pagination?: Pagination;
}

/** RFC 9865 §4: which paging methods a service provider supports. */
export interface Pagination {
  cursor: boolean;
  index: boolean;
  defaultPaginationMethod: 'cursor' | 'index';
  defaultPageSize: number;
  maxPageSize: number;
  /** Seconds a cursor stays valid (ours are positions, so they do not expire: omitted). */
  cursorTimeout?: number;
}

export interface AuthenticationScheme {
  type: string;
  name: string;
  description: string;
  specUri?: string;
  documentationUri?: string;
  primary?: boolean;
}

/** RFC 7643 §5. */
export interface ServiceProviderConfig {
  schemas: [typeof SERVICE_PROVIDER_CONFIG_SCHEMA];
  documentationUri?: string;
  patch: { supported: boolean };
  bulk: { supported: boolean; maxOperations: number; maxPayloadSize: number };
  filter: { supported: boolean; maxResults: number };
  changePassword: { supported: boolean };
  sort: { supported: boolean };
  etag: { supported: boolean };
  pagination?: Pagination;
  authenticationSchemes: AuthenticationScheme[];
  meta: DiscoveryMeta;
}

/** The document served by `GET /ServiceProviderConfig`. */
export function serviceProviderConfig(opts: ServiceProviderConfigOptions): ServiceProviderConfig {
  const config: ServiceProviderConfig = {
    schemas: [SERVICE_PROVIDER_CONFIG_SCHEMA],
    patch: { supported: true },
    bulk: { supported: true, maxOperations: opts.bulk.maxOperations, maxPayloadSize: opts.bulk.maxPayloadSize },
    filter: { supported: true, maxResults: opts.filterMax },
    changePassword: { supported: false },
    sort: { supported: true },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'Authentication with a secret bearer token generated for the tenant in scimdesk.',
        specUri: 'https://www.rfc-editor.org/info/rfc6750',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: locationOf(opts.baseUrl, 'ServiceProviderConfig') },
  };
  if (opts.pagination) config.pagination = opts.pagination;
  if (opts.documentationUri) {
    config.documentationUri = opts.documentationUri;
    config.authenticationSchemes[0].documentationUri = opts.documentationUri;
  }
  return config;
}
