export * from './common.js';
export * from './egnyte-user.js';
export * from './enterprise-user.js';
export * from './group.js';
export * from './resource-types.js';
export * from './types.js';
export * from './user.js';
