import { describe } from 'vitest';
import { defineRateLimitSuite } from './rate-limit-suite.js';

describe('rate limits on SQLite', () => defineRateLimitSuite('sqlite'));
