export * from './errors.js';
export * from './filter/ast.js';
export * from './schemas/index.js';
