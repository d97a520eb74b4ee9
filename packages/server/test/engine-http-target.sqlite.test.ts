import { describe } from 'vitest';
import { defineHttpTargetSuite } from './engine/http-target-suite.js';

describe('engine with an HTTP SCIM target on SQLite', () => defineHttpTargetSuite('sqlite'));
