import { describe } from 'vitest';
import { defineMetricsSuite } from './metrics-suite.js';

describe('/metrics over HTTP on SQLite', () => defineMetricsSuite('sqlite'));
