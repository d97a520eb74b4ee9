import { describe } from 'vitest';
import { defineEmptyBodySuite } from './hardening/entra-bodies.js';
import { postgresReachable } from './harness.js';

const pg = await postgresReachable();
describe.skipIf(!pg)('hardening on PostgreSQL: empty bodies', () => defineEmptyBodySuite('postgresql'));
