import { describe } from 'vitest';
import { defineScimSuite } from './scim-suite.js';

describe('SCIM over HTTP on SQLite', () => defineScimSuite('sqlite'));
