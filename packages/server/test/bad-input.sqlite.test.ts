import { describe } from 'vitest';
import { defineBadInputSuite } from './bad-input/suite.js';

describe('bad input on SQLite: 400, never 500, nothing changed', () => defineBadInputSuite('sqlite'));
