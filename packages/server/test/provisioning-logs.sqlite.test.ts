import { describe } from 'vitest';
import { defineProvisioningLogsSuite } from './provisioning-logs-suite.js';

describe('provisioning logs on SQLite', () => defineProvisioningLogsSuite('sqlite'));
