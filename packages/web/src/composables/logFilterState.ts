import type { LocationQuery } from 'vue-router';
import type { EventAction, EventFilter } from '../graphql/generated';

/** The provisioning log's filters, as kept in the address. */
export interface LogFilterState {
  /** Part of a userName / group displayName (any case), an exact name in double quotes, or an object id. */
  target: string;
  action: EventAction | '';
  status: '' | 'failed' | 'ok';
  actor: string;
  /** YYYY-MM-DD (UTC), inclusive. */
  from: string;
  to: string;
}

export const ACTIONS: EventAction[] = ['CREATE', 'UPDATE', 'DISABLE', 'DELETE', 'OTHER'];
export const EMPTY_LOG_FILTER: LogFilterState = { target: '', action: '', status: '', actor: '', from: '', to: '' };

const one = (v: LocationQuery[string]) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function logStateFromQuery(q: LocationQuery): LogFilterState {
  const action = one(q.action).toUpperCase() as EventAction;
  const status = one(q.status);
  return {
    target: one(q.target),
    action: ACTIONS.includes(action) ? action : '',
    status: status === 'failed' || status === 'ok' ? status : '',
    actor: one(q.actor),
    from: DAY.test(one(q.from)) ? one(q.from) : '',
    to: DAY.test(one(q.to)) ? one(q.to) : '',
  };
}

export function logQueryFromState(s: LogFilterState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(s)) if (v) out[k] = v;
  return out;
}

/**
 * The GraphQL filter: a target that looks like an id matches targetId; `"alice"` in double quotes
 * matches that exact name; anything else is a part of the name, in any letter case. The actor
 * likewise (quoted: exact; else a part).
 */
export function toEventFilter(s: LogFilterState): EventFilter {
  const f: EventFilter = {};
  const target = s.target.trim();
  if (target) {
    const quoted = /^"(.+)"$/.exec(target);
    if (ID.test(target)) f.targetId = target;
    else if (quoted) f.targetName = quoted[1];
    else f.targetSearch = target;
  }
  if (s.action) f.action = s.action;
  if (s.status) f.failed = s.status === 'failed';
  // The actor as the target: `"scim"` in double quotes is exact, anything else a part, in any case.
  const actor = s.actor.trim();
  if (actor) {
    const quoted = /^"(.+)"$/.exec(actor);
    if (quoted) f.actor = quoted[1];
    else f.actorSearch = actor;
  }
  if (s.from) f.from = `${s.from}T00:00:00.000Z`;
  if (s.to) f.to = new Date(Date.parse(`${s.to}T00:00:00.000Z`) + 86_400_000).toISOString();
  return f;
}

/** The log filter's text for exactly this target name. */
export const exactTarget = (name: string) => `"${name}"`;
