import { describe } from 'vitest';
import { defineConcurrencySuite } from './hardening/concurrency.js';
import { defineEmptyBodySuite } from './hardening/entra-bodies.js';
import { defineEventSuite } from './hardening/events.js';
import { defineIdentitySuite } from './hardening/identity.js';
import { defineKillSuite } from './hardening/kill.js';
import { postgresReachable } from './harness.js';

const pg = await postgresReachable();
describe.skipIf(!pg)('hardening on PostgreSQL: empty bodies', () => defineEmptyBodySuite('postgresql'));
describe.skipIf(!pg)('hardening on PostgreSQL: provisioning events', () => defineEventSuite('postgresql'));
describe.skipIf(!pg)('hardening on PostgreSQL: kill -9', () => defineKillSuite('postgresql'));
describe.skipIf(!pg)('hardening on PostgreSQL: concurrent writes', () => defineConcurrencySuite('postgresql'));
describe.skipIf(!pg)('hardening on PostgreSQL: identity', () => defineIdentitySuite('postgresql'));
