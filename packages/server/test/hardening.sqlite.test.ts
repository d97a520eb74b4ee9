import { describe } from 'vitest';
import { defineEmptyBodySuite } from './hardening/entra-bodies.js';

describe('hardening on SQLite: empty bodies', () => defineEmptyBodySuite('sqlite'));
