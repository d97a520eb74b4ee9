import { describe } from 'vitest';
import { defineCursorSuite } from './hardening/cursor.js';

describe('RFC 9865 cursors on SQLite', () => defineCursorSuite('sqlite'));
