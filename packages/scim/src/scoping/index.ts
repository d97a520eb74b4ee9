export * from './assignment.js';
export * from './filter.js';
export { SCOPING_OPERATORS, type ScopingOperator, scopingOperator } from './operators.js';
export * from './scope.js';
export type * from './types.js';
