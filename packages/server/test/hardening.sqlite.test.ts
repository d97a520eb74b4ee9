import { describe } from 'vitest';
import { defineConcurrencySuite } from './hardening/concurrency.js';
import { defineEmptyBodySuite } from './hardening/entra-bodies.js';
import { defineEventSuite } from './hardening/events.js';
import { defineIdentitySuite } from './hardening/identity.js';
import { defineKillSuite } from './hardening/kill.js';

describe('hardening on SQLite: empty bodies', () => defineEmptyBodySuite('sqlite'));
describe('hardening on SQLite: provisioning events', () => defineEventSuite('sqlite'));
describe('hardening on SQLite: kill -9', () => defineKillSuite('sqlite'));
describe('hardening on SQLite: concurrent writes', () => defineConcurrencySuite('sqlite'));
describe('hardening on SQLite: identity', () => defineIdentitySuite('sqlite'));
