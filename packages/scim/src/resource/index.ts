export { isDateTime, toScimBoolean } from './coerce.js';
export * from './identity.js';
export {
  LIST_RESPONSE_SCHEMA,
  type ListResponse,
  cursorListResponse,
  type CursorListResponse,
  listResponse,
  type Paging,
  type PagingQuery,
  parsePaging,
} from './list.js';
export { type NormalizeOptions, type NormalizeResult, normalizeResource } from './normalize.js';
export { type ProjectionOptions, parseAttributeList, projectResource } from './project.js';
