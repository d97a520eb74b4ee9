/**
 * The engine's door to a SCIM target: a local tenant reached in-process (outbound/local-target.ts)
 * or an external SCIM service over HTTP (outbound/http-target.ts). Cycles, plans and on-demand
 * runs talk to a target only through this interface.
 */

import type { DeclaredTypes } from '@scimdesk/scim';

export type TargetObjectType = 'user' | 'group';
export type TargetResource = Record<string, unknown> & { id?: string };

/** One request as sent: for the provisioning log's "request and response" details. */
export interface TargetCall {
  method: string;
  /** Path below the base URL, with the query: `/Users?filter=...`. */
  path: string;
  /** The final status (after retries); 0 when no answer came (network error, timeout). */
  status: number;
  /** How many times it was retried (429, 5xx, network errors). */
  retries: number;
  durationMs: number;
  /** The request body sent (the engine redacts before logging). */
  body?: unknown;
}

export interface TargetResult<T> {
  value: T;
  call: TargetCall;
}

/**
 * A call that failed for good (after retries). `code` is stable for logs and reports:
 * `SCIM_<status>` for an HTTP answer (`SCIM_409`), `NETWORK`, `TIMEOUT`, `LOCAL_<status>`, or
 * `INVALID_RESPONSE` (a 2xx without the JSON it should carry, or an answer over 16 MiB).
 */
export class TargetError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly call: TargetCall,
    readonly status?: number,
    readonly scimType?: string,
  ) {
    super(message);
  }
}

export interface ConnectionTest {
  ok: boolean;
  /** What failed, in a sentence an admin understands; or what was checked. */
  message: string;
  status?: number;
}

export interface ScimTarget {
  readonly kind: 'tenant' | 'url';
  /** Entra's test: a filter on a random userName must answer 200 with an empty list. */
  testConnection(): Promise<ConnectionTest>;
  /** Resources matching a SCIM filter (at most `count`, default 2: the engine only needs 0, 1 or several). */
  find(type: TargetObjectType, filter: string, count?: number): Promise<TargetResult<TargetResource[]>>;
  /** The resource, or null on 404. */
  get(type: TargetObjectType, id: string): Promise<TargetResult<TargetResource | null>>;
  create(type: TargetObjectType, body: Record<string, unknown>): Promise<TargetResult<TargetResource>>;
  /** A PatchOp; resolves with the resource when the target returned one (200), else null (204). */
  patch(
    type: TargetObjectType,
    id: string,
    body: Record<string, unknown>,
  ): Promise<TargetResult<TargetResource | null>>;
  /** Resolves on 204, and on 404 too (already gone: the delete is done). */
  delete(type: TargetObjectType, id: string): Promise<TargetResult<void>>;
  /**
   * The attribute types the target declares at `/Schemas` (RFC 7643 §7), read once per target
   * instance; undefined when it publishes none (or is a local tenant, whose schemas the engine
   * already compiles against). Values are then sent typed as declared.
   */
  declaredTypes?(): Promise<DeclaredTypes | undefined>;
  close(): Promise<void>;
}

export const endpointOf = (type: TargetObjectType) => (type === 'user' ? '/Users' : '/Groups');
