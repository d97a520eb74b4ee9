import { describe } from 'vitest';
import { defineImportCliSuite } from './directory/import-cli-suite.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))('directory import through the CLI on PostgreSQL', () =>
  defineImportCliSuite('postgresql'),
);
