export { isDateTime, toScimBoolean } from './coerce.js';
export * from './identity.js';
export {
  type CursorListResponse,
  cursorListResponse,
  LIST_RESPONSE_SCHEMA,
  type ListResponse,
  listResponse,
  type Paging,
  type PagingQuery,
  parsePaging,
} from './list.js';
export { type NormalizeOptions, type NormalizeResult, normalizeResource } from './normalize.js';
export { type ProjectionOptions, parseAttributeList, projectResource } from './project.js';
