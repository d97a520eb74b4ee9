/**
 * The match step (azure.md §2.2): matching attributes in precedence order, stopping at the first
 * that finds anything. None with a value -> ImportSkipped; several hits -> DuplicateTargetEntries.
 */
import type { MatchQuery } from '../mapping/index.js';

export interface MatchAttempt {
  target: string;
  filter: string;
  hits: number;
}

export type MatchOutcome<T> =
  | { kind: 'matched'; target: T; attempts: MatchAttempt[] }
  | { kind: 'none'; attempts: MatchAttempt[] }
  | { kind: 'noValue'; reason: string }
  | { kind: 'duplicate'; reason: string; attempts: MatchAttempt[] };

/** Runs the queries in order with `find` (the target's filtered GET) and reports each try. */
export async function runMatch<T>(
  queries: readonly MatchQuery[],
  find: (q: MatchQuery) => Promise<readonly T[]>,
): Promise<MatchOutcome<T>> {
  if (!queries.length) return { kind: 'noValue', reason: 'No value for any matching attribute.' };
  const attempts: MatchAttempt[] = [];
  for (const q of queries) {
    const hits = await find(q);
    attempts.push({ target: q.target, filter: q.filter, hits: hits.length });
    if (hits.length === 1) return { kind: 'matched', target: hits[0], attempts };
    if (hits.length > 1)
      return { kind: 'duplicate', reason: `${hits.length} target objects match ${q.filter}.`, attempts };
  }
  return { kind: 'none', attempts };
}
