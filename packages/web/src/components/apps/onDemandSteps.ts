/**
 * The steps of a provision-on-demand answer (OnDemandObject.steps, `details` as JSON) read into
 * typed views, one per step kind, as Azure's on-demand page shows them: test connection, import,
 * scope (assignment and every scoping clause), match (each matching attribute tried, and which one
 * found the target), action. Unknown shapes fall back to a raw view rather than failing.
 */
export interface ClauseView {
  attribute: string;
  operator: string;
  value: string | null;
  /** The source value as text. */
  actual: string | null;
  passed: boolean;
  reason: string | null;
}
export interface FilterGroupView {
  index: number;
  title: string | null;
  passed: boolean;
  clauses: ClauseView[];
}
export interface MatchAttemptView {
  target: string;
  filter: string;
  hits: number;
}

export type StepView =
  | { kind: 'testConnection'; ok: boolean; message: string; httpStatus: number | null }
  | { kind: 'import'; ok: boolean; attributes: [string, unknown][]; reason: string | null }
  | {
      kind: 'scope';
      inScope: boolean;
      reason: string;
      assignment: { inScope: boolean; reason: string; viaGroup: string | null } | null;
      filter: { inScope: boolean; reason: string; groups: FilterGroupView[] } | null;
    }
  | {
      kind: 'match';
      /** linked (known link), linkGone, matched, none, noValue, duplicate. */
      outcome: string;
      targetId: string | null;
      reason: string | null;
      attempts: MatchAttemptView[];
      /** The target attribute whose query found exactly one object. */
      matchedOn: string | null;
    }
  | {
      kind: 'action';
      status: string;
      action: string | null;
      code: string | null;
      message: string | null;
      targetId: string | null;
      operations: number | null;
      diagnostics: string[];
    }
  | { kind: 'other'; name: string; status: string; details: unknown };

export interface StepInput {
  step: string;
  status: string;
  details: unknown;
}

const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function clause(v: unknown): ClauseView {
  const c = obj(v);
  return {
    attribute: str(c.attribute) ?? '',
    operator: str(c.operator) ?? '',
    value: str(c.value),
    actual: str(c.actual),
    passed: c.passed === true,
    reason: str(c.reason),
  };
}

function scope(d: Record<string, unknown>): StepView {
  const a = d.assignment === undefined ? null : obj(d.assignment);
  const f = d.filter === undefined ? null : obj(d.filter);
  return {
    kind: 'scope',
    inScope: d.inScope === true,
    reason: str(d.reason) ?? '',
    assignment: a ? { inScope: a.inScope === true, reason: str(a.reason) ?? '', viaGroup: str(a.viaGroup) } : null,
    filter: f
      ? {
          inScope: f.inScope === true,
          reason: str(f.reason) ?? '',
          groups: list(f.groups).map((g, i) => {
            const o = obj(g);
            return {
              index: num(o.index) ?? i,
              title: str(o.title),
              passed: o.passed === true,
              clauses: list(o.clauses).map(clause),
            };
          }),
        }
      : null,
  };
}

function match(status: string, d: Record<string, unknown>): StepView {
  const attempts = list(d.attempts).map((a) => {
    const o = obj(a);
    return { target: str(o.target) ?? '', filter: str(o.filter) ?? '', hits: num(o.hits) ?? 0 };
  });
  const outcome = str(d.kind) ?? (status === 'Linked' ? 'linked' : status === 'LinkGone' ? 'linkGone' : status);
  const hit = outcome === 'matched' ? attempts.find((a) => a.hits === 1) : undefined;
  const target = obj(d.target);
  return {
    kind: 'match',
    outcome,
    targetId: str(d.targetId) ?? str(target.id),
    reason: str(d.reason),
    attempts,
    matchedOn: hit?.target ?? null,
  };
}

/** One step's view. */
export function stepView(s: StepInput): StepView {
  const d = obj(s.details);
  switch (s.step) {
    case 'testConnection':
      return {
        kind: 'testConnection',
        ok: s.status === 'Success',
        message: str(d.message) ?? '',
        httpStatus: num(d.status),
      };
    case 'import': {
      const source = d.source === undefined ? null : obj(d.source);
      return {
        kind: 'import',
        ok: !!source,
        attributes: source ? Object.entries(source) : [],
        reason: str(d.reason),
      };
    }
    case 'scope':
      return scope(d);
    case 'match':
      return match(s.status, d);
    case 'action':
      return {
        kind: 'action',
        status: s.status,
        action: str(d.action),
        code: str(d.code),
        message: str(d.message) ?? str(d.reason),
        targetId: str(d.targetId),
        operations: num(d.operations),
        diagnostics: list(d.diagnostics).map((x) => str(obj(x).message) ?? JSON.stringify(x)),
      };
    default:
      return { kind: 'other', name: s.step, status: s.status, details: s.details };
  }
}

/** The step's title as Azure's on-demand page words it. */
export function stepTitle(step: string, objectType: 'USER' | 'GROUP'): string {
  const what = objectType === 'GROUP' ? 'group' : 'user';
  switch (step) {
    case 'testConnection':
      return 'Test connection';
    case 'import':
      return `Import ${what}`;
    case 'scope':
      return `Determine if ${what} is in scope`;
    case 'match':
      return `Match ${what} between source and target system`;
    case 'action':
      return 'Perform action';
    default:
      return step;
  }
}

/** ok, bad or neutral, for the step's badge. */
export function stepTone(s: StepInput): 'ok' | 'bad' | 'muted-badge' | 'info' {
  const v = s.status.toLowerCase();
  if (v === 'success' || v === 'inscope' || v === 'matched' || v === 'linked') return 'ok';
  if (v === 'failure' || v === 'duplicate' || v === 'novalue' || v === 'linkgone') return 'bad';
  if (v === 'none') return 'info';
  return 'muted-badge';
}

/** The step's status in words. */
export function stepStatusText(s: StepInput): string {
  const words: Record<string, string> = {
    Success: 'Success',
    Failure: 'Failure',
    Skipped: 'Skipped',
    InScope: 'In scope',
    OutOfScope: 'Out of scope',
    matched: 'Matched',
    none: 'No match: create',
    noValue: 'No matching value',
    duplicate: 'Several matches',
    Linked: 'Already linked',
    LinkGone: 'Linked object gone',
    Staged: 'Staged',
    Held: 'Held',
  };
  return words[s.status] ?? s.status;
}
