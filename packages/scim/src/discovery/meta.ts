/** `meta` of a discovery document (RFC 7643 §5-7): what it is and where it is served. */
export interface DiscoveryMeta {
  resourceType: 'ServiceProviderConfig' | 'ResourceType' | 'Schema';
  location: string;
}

/** `baseUrl` (the tenant's SCIM root) joined with a path, without doubled slashes. */
export function locationOf(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
