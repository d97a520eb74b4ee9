import { describe } from 'vitest';
import { defineImportCliSuite } from './directory/import-cli-suite.js';

describe('directory import through the CLI on SQLite', () => defineImportCliSuite('sqlite'));
