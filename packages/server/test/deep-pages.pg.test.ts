import { describe } from 'vitest';
import { defineDeepPagesSuite } from './hardening/deep-pages.js';

describe('deep startIndex pages on PostgreSQL', () => defineDeepPagesSuite('postgresql'));
