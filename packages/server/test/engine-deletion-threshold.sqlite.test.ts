import { describe } from 'vitest';
import { defineDeletionThresholdSuite } from './engine/deletion-threshold-suite.js';

describe('the deletion threshold through the CLI, GraphQL and SCIM on SQLite', () =>
  defineDeletionThresholdSuite('sqlite'));
