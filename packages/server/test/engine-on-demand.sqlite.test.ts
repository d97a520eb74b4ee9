import { describe } from 'vitest';
import { defineOnDemandSuite } from './engine/on-demand-suite.js';

describe('provision on demand through the CLI and GraphQL on SQLite', () => defineOnDemandSuite('sqlite'));
