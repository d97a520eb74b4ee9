import { describe } from 'vitest';
import { definePlanSuite } from './engine/plan-suite.js';

describe('plan before apply through the CLI and GraphQL on SQLite', () => definePlanSuite('sqlite'));
