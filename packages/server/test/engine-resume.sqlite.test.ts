import { describe } from 'vitest';
import { defineResumeSuite } from './engine/resume-suite.js';

describe('engine: a cycle killed mid-way resumes, on SQLite', () => defineResumeSuite('sqlite', 1500));
