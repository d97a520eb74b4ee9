import { describe } from 'vitest';
import { defineQuarantineSuite } from './engine/quarantine-suite.js';

describe('quarantine and webhooks with an external target, on SQLite', () => defineQuarantineSuite('sqlite'));
