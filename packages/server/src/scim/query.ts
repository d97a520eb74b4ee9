import { parseAttributeList, parseFilter, parsePaging, ScimError } from '@scimdesk/scim';
import { decodeCursor, type ListQuery } from './sql/list-query.js';

export interface ListParams {
  query: ListQuery;
  startIndex: number;
  /** RFC 9865 cursor paging was asked for. */
  cursor: boolean;
  attributes: string[];
  excludedAttributes: string[];
}

/** Reads list parameters from a query string (GET) or a SearchRequest body (POST .search). */
export function readListParams(q: Record<string, unknown>, maxCount: number): ListParams {
  const str = (k: string): string | undefined => {
    const v = q[k];
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v)) return v.map(String).join(',');
    return String(v);
  };
  const paging = parsePaging({ startIndex: str('startIndex'), count: str('count') }, maxCount);
  // RFC 9865: `cursor` (empty for the first page) pages by position instead of by index.
  const cursorText = str('cursor');
  if (cursorText !== undefined && str('startIndex') !== undefined)
    throw new ScimError(400, 'invalidValue', 'Send either cursor or startIndex, not both');
  if (cursorText !== undefined && str('sortBy') !== undefined)
    throw new ScimError(
      400,
      'invalidValue',
      'Cursor paging follows the default order (created, then id); sortBy cannot be combined with cursor',
    );
  const filterText = str('filter');
  const sortOrder = str('sortOrder');
  if (sortOrder && !['ascending', 'descending'].includes(sortOrder.toLowerCase()))
    throw new ScimError(400, 'invalidValue', 'sortOrder must be ascending or descending');
  return {
    query: {
      filter: filterText !== undefined ? parseFilter(filterText) : undefined,
      sortBy: str('sortBy'),
      sortOrder: sortOrder?.toLowerCase() as 'ascending' | 'descending' | undefined,
      offset: paging.startIndex - 1,
      limit: paging.count,
      ...(cursorText !== undefined
        ? { cursor: cursorText === '' ? { createdAt: -1, id: '' } : decodeCursor(cursorText) }
        : {}),
    },
    cursor: cursorText !== undefined,
    startIndex: paging.startIndex,
    attributes: parseAttributeList(str('attributes')),
    excludedAttributes: parseAttributeList(str('excludedAttributes')),
  };
}
