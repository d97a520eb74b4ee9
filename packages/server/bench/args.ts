import { parseArgs } from 'node:util';
import type { DbKind } from '../test/harness.js';

export const SCENARIO_NAMES = ['reference', 'get', 'filter', 'list', 'post', 'patch'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface BenchOptions {
  users: number;
  db: DbKind;
  /** Seconds measured per scenario run. */
  duration: number;
  /** Seconds of unmeasured load before each measured run (JIT, caches, pools). */
  warmup: number;
  connections: number;
  repeat: number;
  keep: boolean;
  /** Measure a database kept by an earlier --keep run instead of making and loading one. */
  reuse?: string;
  scenarios: ScenarioName[];
  /** Diagnostics: the SCIM server's pino level (written to /dev/null) and the provisioning event log. */
  logLevel: 'silent' | 'info';
  eventLog: boolean;
  /** Diagnostics: count the SQL statements each scenario runs per request. */
  queryStats: boolean;
  /** Diagnostics: write V8 CPU profiles of the server children here. */
  cpuProf?: string;
}

const USAGE = `usage: node --import tsx bench/scim.bench.ts [options]
  --users N          users to load (default 100000)
  --db KIND          sqlite | postgresql (default sqlite)
  --duration S       measured seconds per scenario (default 10)
  --warmup S         unmeasured warm-up seconds before each run (default 2)
  --connections C    concurrent connections (default 10)
  --repeat R         runs per scenario; medians are printed (default 1)
  --keep             keep the database (prints its URL)
  --reuse URL        measure a database kept by an earlier --keep run (no load; never dropped)
  --scenarios LIST   comma list of ${SCENARIO_NAMES.join(',')} (default all)
  --log-level L      silent | info: SCIM server logging, to /dev/null (default silent)
  --no-event-log     diagnostic: drop provisioning events instead of writing them
  --query-stats      diagnostic: print the SQL statements per request of each scenario
  --cpu-prof DIR     diagnostic: V8 CPU profiles of the server children in DIR`;

function positiveInt(name: string, raw: string | undefined, dflt: number, min = 1): number {
  if (raw === undefined) return dflt;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}, got "${raw}"`);
  return n;
}

export class UsageError extends Error {
  constructor(msg: string) {
    super(`${msg}\n\n${USAGE}`);
  }
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      users: { type: 'string' },
      db: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      repeat: { type: 'string' },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'string' },
      scenarios: { type: 'string' },
      'log-level': { type: 'string' },
      'no-event-log': { type: 'boolean', default: false },
      'query-stats': { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const db = values.db ?? (values.reuse?.startsWith('postgres') ? 'postgresql' : 'sqlite');
  if (db !== 'sqlite' && db !== 'postgresql') throw new UsageError(`--db must be sqlite or postgresql, got "${db}"`);
  const logLevel = values['log-level'] ?? 'silent';
  if (logLevel !== 'silent' && logLevel !== 'info') throw new UsageError('--log-level must be silent or info');
  const scenarios = (values.scenarios ?? SCENARIO_NAMES.join(',')).split(',').map((s) => s.trim());
  for (const s of scenarios)
    if (!(SCENARIO_NAMES as readonly string[]).includes(s)) throw new UsageError(`unknown scenario "${s}"`);
  return {
    users: positiveInt('users', values.users, 100_000, 100),
    db,
    duration: positiveInt('duration', values.duration, 10),
    warmup: positiveInt('warmup', values.warmup, 2, 0),
    connections: positiveInt('connections', values.connections, 10),
    repeat: positiveInt('repeat', values.repeat, 1),
    keep: values.keep || values.reuse !== undefined,
    reuse: values.reuse,
    scenarios: scenarios as ScenarioName[],
    logLevel,
    eventLog: !values['no-event-log'],
    queryStats: values['query-stats'],
    cpuProf: values['cpu-prof'],
  };
}
