import {
  type AttributeDef,
  type AttrPath,
  type CompareNode,
  caseFold,
  type FilterNode,
  type LogicalNode,
  type ResourceTypeDef,
  resolveAttribute,
  ScimError,
} from '@scimdesk/scim';
import { likeEscape, type SqlDialect } from './dialect.js';

/** An indexed column standing in for a SCIM attribute. `lower` columns hold lower-cased values. */
export interface ColumnInfo {
  sql: string;
  kind: 'text' | 'lower' | 'bool' | 'timestamp';
  /** How a `lower` column's values were folded (default: caseFold); bind values are folded the same way. */
  key?: (v: string) => string;
  /** Unique within a tenant (a unique index on tenant_id and the column): an `eq` on it matches one row at most. */
  unique?: boolean;
}

/** How a SCIM resource type is laid out in SQL. */
export interface TableMap {
  rt: ResourceTypeDef;
  /** Row alias, e.g. `u`. */
  alias: string;
  /** JSON column holding the canonical attributes, e.g. `u.data`. */
  data: string;
  /** Canonical attribute path (`userName`, `meta.created`) -> column. */
  columns: Record<string, ColumnInfo>;
  /**
   * Multi-valued attributes kept in a join table (`members` of groups, `groups` of users):
   * returns SQL that is true when some membership row matches `cond` (which refers to `m.member_id`, `m.group_id`, `m.member_type`).
   */
  membership?: { attr: string; exists: (cond: string) => string; valueColumn: string; typeColumn?: string };
}

export interface CompiledSql {
  sql: string;
  params: unknown[];
}

const invalid = (detail: string) => new ScimError(400, 'invalidFilter', detail);
const pathText = (p: AttrPath) => `${p.uri ? `${p.uri}:` : ''}${p.attr}${p.sub ? `.${p.sub}` : ''}`;

/**
 * `a or b or c` as one flat `(a or b or c)`, not `((a or b) or c)`: SQLite's parser overflows its
 * stack at about 40 nested parentheses ("parser stack overflow") and a binary node per term would
 * nest once per term. A flat chain costs one level; the filter parser's MAX_FILTER_DEPTH bounds the
 * rest, and MAX_FILTER_LENGTH bounds the terms (< 460) under SQLite's expression depth of 1000.
 */
function chain(node: LogicalNode, compile: (n: FilterNode) => string): string {
  const terms: FilterNode[] = [];
  // Iterative flattening: the parser builds `a or b or c` as a left-deep tree.
  const stack: FilterNode[] = [node];
  while (stack.length) {
    const n = stack.pop() as FilterNode;
    if (n.kind === node.kind) stack.push((n as LogicalNode).right, (n as LogicalNode).left);
    else terms.push(n);
  }
  return `(${terms.map(compile).join(` ${node.kind} `)})`;
}

/**
 * SQL three-valued `not`: a NULL condition is false, so its negation is true. No function call and
 * no extra parentheses around a chain (already parenthesized): SQLite's parser stack is shallow.
 */
const negate = (inner: FilterNode, sql: string) =>
  inner.kind === 'and' || inner.kind === 'or' ? `(${sql} is not true)` : `((${sql}) is not true)`;

interface Target {
  /** SQL expression of the value. */
  expr: string;
  def: AttributeDef;
  /** The column holds lower-cased text, so comparisons lower the bind value only. */
  lowered: boolean;
  /** The fold of a lowered column. */
  key?: (v: string) => string;
  timestamp: boolean;
}

/** Compiles a filter AST into a SQL condition (with `?` binds) over a TableMap. */
export class FilterCompiler {
  private params: unknown[] = [];
  private aliasSeq = 0;

  constructor(
    private readonly map: TableMap,
    private readonly dialect: SqlDialect,
  ) {}

  compile(node: FilterNode): CompiledSql {
    this.params = [];
    const sql = this.node(node, undefined);
    return { sql, params: this.params };
  }

  /** ORDER BY expression for sortBy (RFC 7644 §3.4.2.3). */
  sortExpression(sortBy: string, splitPath: (s: string) => AttrPath): string {
    const path = splitPath(sortBy);
    const res = resolveAttribute(this.map.rt, path);
    if (!res) throw new ScimError(400, 'invalidValue', `sortBy names an unknown attribute "${sortBy}"`);
    const canonical = `${res.def.name}${res.subDef ? `.${res.subDef.name}` : ''}`;
    const col = this.map.columns[canonical];
    if (col) return col.sql;
    if (res.def.multiValued) {
      const keys = this.keysOf(res.extension, res.def.name);
      const alias = this.nextAlias();
      const { from, elem } = this.dialect.jsonElements(this.map.data, keys, alias);
      const sub = res.subDef?.name ?? 'value';
      return `(select min(${this.dialect.fold(this.dialect.jsonText(elem, [sub]))}) from ${from})`;
    }
    const def = res.subDef ?? res.def;
    const keys = this.keysOf(res.extension, res.def.name, res.subDef?.name);
    const text = this.dialect.jsonText(this.map.data, keys);
    return def.type === 'string' && !def.caseExact ? this.dialect.fold(text) : text;
  }

  private nextAlias(): string {
    this.aliasSeq += 1;
    return `e${this.aliasSeq}`;
  }

  private keysOf(extension: string | undefined, attr: string, sub?: string): string[] {
    const keys = extension ? [extension, attr] : [attr];
    if (sub) keys.push(sub);
    return keys;
  }

  private bind(v: unknown): string {
    this.params.push(v);
    return '?';
  }

  /** `elem` is set inside a value path: paths are then relative to the element's JSON `elem.expr`. */
  private node(node: FilterNode, elem: { expr: string; parent: AttributeDef } | undefined): string {
    switch (node.kind) {
      case 'and':
      case 'or':
        return chain(node, (n) => this.node(n, elem));
      case 'not':
        return negate(node.filter, this.node(node.filter, elem));
      case 'present':
        return this.present(node.path, elem);
      case 'compare':
        return this.compare(node, elem);
      case 'valuePath':
        if (elem) throw invalid('Value paths cannot be nested');
        return this.valuePath(node.path, node.filter);
    }
  }

  private membershipFor(path: AttrPath): TableMap['membership'] | undefined {
    const m = this.map.membership;
    return m && !path.uri && path.attr.toLowerCase() === m.attr.toLowerCase() ? m : undefined;
  }

  private valuePath(path: AttrPath, filter: FilterNode): string {
    const membership = this.membershipFor(path);
    if (membership) return membership.exists(this.membershipCond(filter, membership));
    const res = resolveAttribute(this.map.rt, path);
    if (!res || res.subDef) throw invalid(`Unknown attribute "${pathText(path)}"`);
    if (!res.def.multiValued || res.def.type !== 'complex')
      throw invalid(`"${res.def.name}" is not a multi-valued complex attribute`);
    const alias = this.nextAlias();
    const { from, elem } = this.dialect.jsonElements(this.map.data, this.keysOf(res.extension, res.def.name), alias);
    return `exists (select 1 from ${from} where ${this.node(filter, { expr: elem, parent: res.def })})`;
  }

  /** Conditions on membership rows: `value` and `type` (and `display` is not stored, so not filterable). */
  private membershipCond(filter: FilterNode, m: NonNullable<TableMap['membership']>): string {
    switch (filter.kind) {
      case 'and':
      case 'or':
        return chain(filter, (n) => this.membershipCond(n, m));
      case 'not':
        return negate(filter.filter, this.membershipCond(filter.filter, m));
      case 'present':
        return filter.path.attr.toLowerCase() === 'value' ? 'true' : 'false';
      case 'compare': {
        const a = filter.path.attr.toLowerCase();
        const col = a === 'value' ? m.valueColumn : a === 'type' && m.typeColumn ? m.typeColumn : undefined;
        if (!col || filter.path.sub) throw invalid(`"${m.attr}.${filter.path.attr}" cannot be filtered`);
        if (filter.op === 'eq') return `${col} = ${this.bind(String(filter.value))}`;
        if (filter.op === 'ne') return `${col} <> ${this.bind(String(filter.value))}`;
        throw invalid(`Operator "${filter.op}" is not supported on "${m.attr}.${filter.path.attr}"`);
      }
      case 'valuePath':
        throw invalid('Value paths cannot be nested');
    }
  }

  private target(path: AttrPath, elem: { expr: string; parent: AttributeDef } | undefined): Target | 'multi' {
    if (elem) {
      const name = path.sub ? undefined : path.attr;
      const def = name
        ? elem.parent.subAttributes?.find((s) => s.name.toLowerCase() === name.toLowerCase())
        : undefined;
      if (!def || path.uri) throw invalid(`Unknown attribute "${elem.parent.name}.${pathText(path)}"`);
      return { expr: this.dialect.jsonText(elem.expr, [def.name]), def, lowered: false, timestamp: false };
    }
    const res = resolveAttribute(this.map.rt, path);
    if (!res) throw invalid(`Unknown attribute "${pathText(path)}"`);
    const canonical = `${res.def.name}${res.subDef ? `.${res.subDef.name}` : ''}`;
    const col = this.map.columns[canonical];
    const def = res.subDef ?? res.def;
    if (col)
      return { expr: col.sql, def, lowered: col.kind === 'lower', key: col.key, timestamp: col.kind === 'timestamp' };
    if (res.def.multiValued) return 'multi';
    if (def.type === 'complex') {
      const value = def.subAttributes?.find((s) => s.name === 'value');
      if (!value) throw invalid(`"${canonical}" is complex; name one of its sub-attributes`);
      const keys = this.keysOf(res.extension, res.def.name, 'value');
      return { expr: this.dialect.jsonText(this.map.data, keys), def: value, lowered: false, timestamp: false };
    }
    if (res.def.name === 'meta') throw invalid(`"${canonical}" cannot be filtered`);
    const keys = this.keysOf(res.extension, res.def.name, res.subDef?.name);
    const expr =
      def.type === 'boolean'
        ? this.dialect.jsonBool(this.map.data, keys)
        : def.type === 'integer' || def.type === 'decimal'
          ? this.dialect.jsonNum(this.map.data, keys)
          : this.dialect.jsonText(this.map.data, keys);
    return { expr, def, lowered: false, timestamp: false };
  }

  /** `emails.value eq "x"` or `emails eq "x"` without brackets: some element matches. */
  private multi(path: AttrPath, inner: FilterNode): string {
    const sub = path.sub ?? 'value';
    return this.valuePath({ uri: path.uri, attr: path.attr }, this.rebase(inner, sub));
  }

  private rebase(node: FilterNode, sub: string): FilterNode {
    if (node.kind === 'compare' || node.kind === 'present') return { ...node, path: { attr: sub } };
    return node;
  }

  private present(path: AttrPath, elem: { expr: string; parent: AttributeDef } | undefined): string {
    const membership = elem ? undefined : this.membershipFor(path);
    if (membership) return membership.exists('true');
    const t = this.target(path, elem);
    if (t === 'multi') {
      if (path.sub) return this.multi(path, { kind: 'present', path });
      const res = resolveAttribute(this.map.rt, path)!;
      return `${this.dialect.jsonArrayLength(this.map.data, this.keysOf(res.extension, res.def.name))} > 0`;
    }
    if (t.def.type === 'string' || t.def.type === 'reference' || t.def.type === 'binary')
      return `(${t.expr} is not null and ${t.expr} <> '')`;
    return `${t.expr} is not null`;
  }

  private compare(node: CompareNode, elem: { expr: string; parent: AttributeDef } | undefined): string {
    const membership = elem ? undefined : this.membershipFor(node.path);
    if (membership) {
      const sub = node.path.sub ?? 'value';
      return membership.exists(this.membershipCond({ ...node, path: { attr: sub } }, membership));
    }
    const t = this.target(node.path, elem);
    if (t === 'multi') return this.multi(node.path, node);
    const { op, value } = node;
    if (value === null) {
      if (op === 'eq') return `${t.expr} is null`;
      if (op === 'ne') return `${t.expr} is not null`;
      throw invalid(`Operator "${op}" cannot compare with null`);
    }
    switch (t.def.type) {
      case 'boolean':
        return this.compareBool(t, op, value);
      case 'integer':
      case 'decimal':
        return this.compareNumber(t, op, value);
      case 'dateTime':
        if (t.timestamp) return this.compareTimestamp(t, op, value);
        return this.compareText(t, op, String(value), true);
      default:
        return this.compareText(t, op, String(value), t.def.caseExact);
    }
  }

  private compareBool(t: Target, op: CompareNode['op'], value: unknown): string {
    const b = typeof value === 'boolean' ? value : String(value).toLowerCase() === 'true' ? true : undefined;
    const bv = b ?? (String(value).toLowerCase() === 'false' ? false : undefined);
    if (bv === undefined) throw invalid(`"${t.def.name}" is boolean; compare it with true or false`);
    if (op === 'eq') return `${t.expr} = ${this.bind(this.dialect.bool(bv))}`;
    if (op === 'ne') return `(${t.expr} is null or ${t.expr} <> ${this.bind(this.dialect.bool(bv))})`;
    throw invalid(`Operator "${op}" is not defined for boolean "${t.def.name}"`);
  }

  private compareNumber(t: Target, op: CompareNode['op'], value: unknown): string {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n)) throw invalid(`"${t.def.name}" is a number`);
    const sqlOp = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' }[op as string];
    if (!sqlOp) throw invalid(`Operator "${op}" is not defined for number "${t.def.name}"`);
    if (op === 'ne') return `(${t.expr} is null or ${t.expr} <> ${this.bind(n)})`;
    return `${t.expr} ${sqlOp} ${this.bind(n)}`;
  }

  private compareTimestamp(t: Target, op: CompareNode['op'], value: unknown): string {
    const d = new Date(String(value));
    if (Number.isNaN(d.getTime())) throw invalid(`"${t.def.name}" needs a date-time value`);
    const sqlOp = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' }[op as string];
    if (!sqlOp) throw invalid(`Operator "${op}" is not defined for date-time "${t.def.name}"`);
    return `${t.expr} ${sqlOp} ${this.bind(this.dialect.timestamp(d))}`;
  }

  private compareText(t: Target, op: CompareNode['op'], raw: string, caseExact: boolean): string {
    const fold = !caseExact;
    const v = fold ? (t.lowered && t.key ? t.key : caseFold)(raw) : raw;
    const lhs = fold && !t.lowered ? this.dialect.fold(t.expr) : t.expr;
    if (!fold && (op === 'co' || op === 'sw' || op === 'ew')) {
      const m = this.dialect.matchCaseExact(t.expr, op, v);
      this.params.push(m.param);
      return m.sql;
    }
    switch (op) {
      case 'eq':
        return `${lhs} = ${this.bind(v)}`;
      case 'ne':
        return `(${t.expr} is null or ${lhs} <> ${this.bind(v)})`;
      case 'co':
        return `${lhs} like ${this.bind(`%${likeEscape(v)}%`)} escape '\\'`;
      case 'sw':
        return `${lhs} like ${this.bind(`${likeEscape(v)}%`)} escape '\\'`;
      case 'ew':
        return `${lhs} like ${this.bind(`%${likeEscape(v)}`)} escape '\\'`;
      case 'gt':
        return `${lhs} > ${this.bind(v)}`;
      case 'ge':
        return `${lhs} >= ${this.bind(v)}`;
      case 'lt':
        return `${lhs} < ${this.bind(v)}`;
      case 'le':
        return `${lhs} <= ${this.bind(v)}`;
    }
  }
}
