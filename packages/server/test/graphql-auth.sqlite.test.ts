import { describe } from 'vitest';
import { defineAuthSuite } from './graphql-auth-suite.js';

describe('GraphQL auth, roles and tenant isolation on SQLite', () => defineAuthSuite('sqlite'));
