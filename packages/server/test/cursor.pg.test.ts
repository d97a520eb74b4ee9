import { describe } from 'vitest';
import { defineCursorSuite } from './hardening/cursor.js';
import { postgresReachable } from './harness.js';

describe.skipIf(!(await postgresReachable()))('RFC 9865 cursors on PostgreSQL', () => defineCursorSuite('postgresql'));
