/**
 * Compiles and evaluates scoping filters. Each decision is explained clause by clause, for the
 * provisioning log and the steps of provision-on-demand (`{title} {attribute} {operator} {value}`).
 */
import type { RegexEngine } from '../expression/regex.js';
import { type ClauseTest, clauseTest, type ScopingOperator, scopingOperator, UNARY } from './operators.js';
import type { ScopingClause, ScopingDiagnostic, ScopingFilter } from './types.js';

interface CompiledClause {
  attribute: string;
  operator: ScopingOperator;
  value: string | null;
  test: ClauseTest;
}

export interface CompiledScopingFilter {
  groups: { title?: string; clauses: CompiledClause[] }[];
  diagnostics: ScopingDiagnostic[];
  ok: boolean;
}

export interface ClauseResult {
  attribute: string;
  operator: ScopingOperator;
  value: string | null;
  /** The source value as text (null when null or empty). */
  actual: string | null;
  passed: boolean;
  reason?: string;
}

export interface GroupResult {
  index: number;
  title?: string;
  passed: boolean;
  clauses: ClauseResult[];
}

export interface ScopingResult {
  inScope: boolean;
  /** One sentence for logs: which group passed, or why every group failed. */
  reason: string;
  groups: GroupResult[];
}

function compileClause(
  c: ScopingClause,
  group: number,
  clause: number,
  diagnostics: ScopingDiagnostic[],
  regex: RegexEngine | undefined,
): CompiledClause | undefined {
  const at = (field: ScopingDiagnostic['field'], code: string, message: string): undefined => {
    diagnostics.push({ code, severity: 'error', message, group, clause, field });
    return undefined;
  };
  const operator = scopingOperator(c.operator ?? '');
  if (!c.attribute?.trim()) return at('attribute', 'SCOPE_NO_ATTRIBUTE', 'A clause needs a source attribute.');
  if (!operator) return at('operator', 'SCOPE_UNKNOWN_OPERATOR', `Unknown scoping operator "${c.operator}".`);
  const value = c.value ?? null;
  if (!UNARY.has(operator) && (value === null || value === ''))
    return at('value', 'SCOPE_NO_VALUE', `${operator} needs a value.`);
  const test = clauseTest(operator, value ?? '', regex);
  if (typeof test === 'string') return at('value', 'SCOPE_INVALID_VALUE', test);
  return { attribute: c.attribute.trim(), operator, value: UNARY.has(operator) ? null : value, test };
}

/** `opts.regex`: the engine REGEX MATCH runs on (JavaScript's by default; the server passes RE2). */
export function compileScopingFilter(filter: ScopingFilter, opts: { regex?: RegexEngine } = {}): CompiledScopingFilter {
  const diagnostics: ScopingDiagnostic[] = [];
  const groups = (filter.groups ?? []).map((g, gi) => {
    const clauses: CompiledClause[] = [];
    if (g.clauses.length === 0) {
      diagnostics.push({
        code: 'SCOPE_EMPTY_GROUP',
        severity: 'warning',
        message: 'A scoping filter group with no clauses lets every object through.',
        group: gi,
        clause: -1,
        field: 'attribute',
      });
    }
    g.clauses.forEach((c, ci) => {
      const compiled = compileClause(c, gi, ci, diagnostics, opts.regex);
      if (compiled) clauses.push(compiled);
    });
    return { title: g.title, clauses };
  });
  return { groups, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
}

function textOf(raw: unknown): { text: string | null; multi?: boolean } {
  if (raw === null || raw === undefined || raw === '') return { text: null };
  if (Array.isArray(raw)) return { text: null, multi: true };
  if (typeof raw === 'boolean') return { text: raw ? 'True' : 'False' };
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'bigint') return { text: String(raw) };
  if (raw instanceof Date) return { text: raw.toISOString() };
  return { text: null, multi: true };
}

function evaluateClause(c: CompiledClause, source: Record<string, unknown>): ClauseResult {
  const { text, multi } = textOf(Object.hasOwn(source, c.attribute) ? source[c.attribute] : undefined);
  const base = { attribute: c.attribute, operator: c.operator, value: c.value, actual: text };
  if (multi) return { ...base, passed: false, reason: 'multi-valued and complex attributes cannot be filtered' };
  if (text === null) {
    const passed = c.operator === 'IS NULL';
    return passed ? { ...base, passed } : { ...base, passed, reason: 'the value is null or empty' };
  }
  return { ...base, ...c.test(text) };
}

export const describeClause = (c: Pick<ClauseResult, 'attribute' | 'operator' | 'value'>): string =>
  c.value === null ? `${c.attribute} ${c.operator}` : `${c.attribute} ${c.operator} ${c.value}`;

export function evaluateScopingFilter(filter: CompiledScopingFilter, source: Record<string, unknown>): ScopingResult {
  if (filter.groups.length === 0)
    return { inScope: true, reason: 'No scoping filter: every object is in scope.', groups: [] };
  const groups: GroupResult[] = [];
  for (const [index, g] of filter.groups.entries()) {
    const clauses = g.clauses.map((c) => evaluateClause(c, source));
    groups.push({ index, title: g.title, passed: clauses.every((c) => c.passed), clauses });
  }
  const winner = groups.find((g) => g.passed);
  const name = (g: GroupResult) => (g.title ? `"${g.title}"` : `group ${g.index + 1}`);
  if (winner) return { inScope: true, reason: `Scoping filter ${name(winner)} passed.`, groups };
  const failures = groups.map((g) => {
    const c = g.clauses.find((x) => !x.passed);
    return c ? `${name(g)}: ${describeClause(c)} failed${c.reason ? ` (${c.reason})` : ''}` : name(g);
  });
  return { inScope: false, reason: `Out of scope: ${failures.join('; ')}.`, groups };
}
