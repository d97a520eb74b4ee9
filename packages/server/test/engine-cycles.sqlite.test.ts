import { describe } from 'vitest';
import { defineCyclesSuite } from './engine/cycles-suite.js';

describe('engine cycles through the CLI and SCIM on SQLite', () => defineCyclesSuite('sqlite'));
