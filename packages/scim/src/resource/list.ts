import { ScimError } from '../errors.js';
import type { ScimResource } from '../schemas/types.js';

export const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** RFC 7644 §3.4.2: the body of every query response, also when nothing matched. */
export interface ListResponse<T = ScimResource> {
  schemas: [typeof LIST_RESPONSE_SCHEMA];
  totalResults: number;
  itemsPerPage: number;
  startIndex: number;
  /** Always present, `[]` for no results (Entra's Test Connection expects it). */
  Resources: T[];
}

/** A page of `total` matches, starting at the 1-based `startIndex`. */
export function listResponse<T = ScimResource>(resources: T[], total: number, startIndex: number): ListResponse<T> {
  return {
    schemas: [LIST_RESPONSE_SCHEMA],
    totalResults: total,
    itemsPerPage: resources.length,
    startIndex,
    Resources: resources,
  };
}

/** RFC 9865: a page reached by cursor; `nextCursor` is there while more results follow. */
export interface CursorListResponse<T = ScimResource> {
  schemas: [typeof LIST_RESPONSE_SCHEMA];
  totalResults: number;
  itemsPerPage: number;
  nextCursor?: string;
  Resources: T[];
}

export function cursorListResponse<T = ScimResource>(
  resources: T[],
  total: number,
  nextCursor: string | undefined,
): CursorListResponse<T> {
  return {
    schemas: [LIST_RESPONSE_SCHEMA],
    totalResults: total,
    itemsPerPage: resources.length,
    ...(nextCursor ? { nextCursor } : {}),
    Resources: resources,
  };
}

export interface Paging {
  /** 1-based index of the first result. */
  startIndex: number;
  /** Maximum number of results on the page; 0 asks only for totalResults. */
  count: number;
}

export interface PagingQuery {
  startIndex?: string;
  count?: string;
}

const INTEGER = /^[+-]?\d+$/;

function parseInteger(name: string, text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  if (!INTEGER.test(text.trim())) {
    throw new ScimError(400, 'invalidValue', `"${name}" must be an integer, got ${JSON.stringify(text)}`);
  }
  return Number(text.trim());
}

/**
 * `startIndex` / `count` query parameters (RFC 7644 §3.4.2.4): a startIndex below 1 means 1,
 * a negative count means 0, a count above `maxCount` (or none) means `maxCount`.
 * Anything that is not an integer is 400 invalidValue; empty values count as absent.
 */
export function parsePaging(query: PagingQuery, maxCount: number): Paging {
  const start = parseInteger('startIndex', query.startIndex);
  const count = parseInteger('count', query.count);
  return {
    startIndex: start === undefined || start < 1 ? 1 : Math.min(start, Number.MAX_SAFE_INTEGER),
    count: count === undefined || count > maxCount ? maxCount : Math.max(count, 0),
  };
}
