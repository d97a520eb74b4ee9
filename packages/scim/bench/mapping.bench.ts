/**
 * Benchmark: the seed preset over 100k synthetic Entra users (issue 3's target: < 1 s for the
 * create pass). Compiles once, then times each pass several times and prints medians.
 *
 *   pnpm bench:mapping [--users 100000] [--runs 5]
 */
import { performance } from 'node:perf_hooks';
import { buildCreate, compileMappingSet, planUpdate, seedPreset } from '../src/index.js';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** mulberry32: a small seeded generator, so every run maps the same users. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'Adele',
  'Alex',
  'Diego',
  'Grady',
  'Isaiah',
  'Johanna',
  'Lee',
  'Lynne',
  'Megan',
  'Nestor',
  'Zoë',
  'Łukasz',
];
const FAMILY = [
  'Vance',
  'Wilber',
  'Siciliani',
  'Archie',
  'Langer',
  'Lauridsen',
  'Gu',
  'Robbins',
  'Bowen',
  'Wilke',
  'Müller',
];

function users(n: number): Record<string, unknown>[] {
  const r = rng(42);
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)];
  return Array.from({ length: n }, (_, i) => {
    const givenName = pick(GIVEN);
    const surname = pick(FAMILY);
    const upn = `${givenName}.${surname}${i}@contoso.com`;
    return {
      objectId: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      userPrincipalName: upn,
      mail: r() < 0.8 ? upn.toLowerCase() : null,
      givenName,
      surname,
      accountEnabled: r() < 0.95,
    };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs: number, fn: () => void): number[] {
  fn(); // warm-up
  return Array.from({ length: runs }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  });
}

const n = flag('users', 100_000);
const runs = flag('runs', 5);
const sources = users(n);
const t0 = performance.now();
const set = compileMappingSet(seedPreset);
const compileMs = performance.now() - t0;
const perUser = set.user.mappings.length;
const created = sources.map((s) => buildCreate(set.user, s).resource);
const changed = sources.map((s, i) => (i % 10 === 0 ? { ...s, surname: `${s.surname}-x` } : s));

const rows: [string, number[]][] = [
  [
    'create: POST bodies',
    time(runs, () => {
      for (const s of sources) buildCreate(set.user, s);
    }),
  ],
  [
    'update: unchanged',
    time(runs, () => {
      for (const [i, s] of sources.entries()) planUpdate(set.user, s, created[i]);
    }),
  ],
  [
    'update: 10% changed',
    time(runs, () => {
      for (const [i, s] of changed.entries()) planUpdate(set.user, s, created[i]);
    }),
  ],
];

console.log(`seed preset: ${perUser} user mappings, compiled in ${compileMs.toFixed(2)} ms`);
console.log(`${n} synthetic users, median of ${runs} runs (after one warm-up), Node ${process.version}\n`);
console.log('pass                  median ms   users/s     mappings/s   runs (ms)');
for (const [name, ms] of rows) {
  const m = median(ms);
  const usersPerSec = (n / m) * 1000;
  console.log(
    `${name.padEnd(22)}${m.toFixed(0).padStart(9)}${Math.round(usersPerSec).toLocaleString('en-US').padStart(12)}${Math.round(
      usersPerSec * perUser,
    )
      .toLocaleString('en-US')
      .padStart(14)}   ${ms.map((x) => x.toFixed(0)).join(' ')}`,
  );
}
