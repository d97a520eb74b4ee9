import { describe } from 'vitest';
import { defineDirectoryGraphqlSuite } from './directory/graphql-suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))('source directory GraphQL on PostgreSQL', () =>
  defineDirectoryGraphqlSuite('postgresql'),
);
