import { describe } from 'vitest';
import { defineDirectoryGraphqlSuite } from './directory/graphql-suite.js';

describe('source directory GraphQL on SQLite', () => defineDirectoryGraphqlSuite('sqlite'));
