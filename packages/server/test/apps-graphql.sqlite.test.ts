import { describe } from 'vitest';
import { defineAppsGraphqlSuite } from './apps-graphql-suite.js';

describe('GraphQL for apps and cycles on SQLite', () => defineAppsGraphqlSuite('sqlite'));
