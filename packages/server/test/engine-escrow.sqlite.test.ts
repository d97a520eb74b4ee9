import { describe } from 'vitest';
import { defineEscrowSuite } from './engine/escrow-suite.js';

describe('escrow: failed objects retried with growing intervals, on SQLite', () => defineEscrowSuite('sqlite'));
