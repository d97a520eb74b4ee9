import { describe } from 'vitest';
import { defineTenantSourceSuite } from './engine/tenant-source-suite.js';

describe('a tenant as a source, fanning out to a second tenant over HTTP, on SQLite', () =>
  defineTenantSourceSuite('sqlite'));
