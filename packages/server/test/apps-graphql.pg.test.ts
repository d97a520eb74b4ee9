import { describe } from 'vitest';
import { defineAppsGraphqlSuite } from './apps-graphql-suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))('GraphQL for apps and cycles on PostgreSQL', () =>
  defineAppsGraphqlSuite('postgresql'),
);
