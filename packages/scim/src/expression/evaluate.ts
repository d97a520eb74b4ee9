/**
 * Evaluation of a compiled expression against a source object. Never throws: runtime problems
 * (an invalid regex, a non-numeric argument...) become diagnostics and the value null.
 */
import type { ExprCallNode, ExprCompareOp, ExprNode } from './ast.js';
import type { CompiledExpression } from './compile.js';
import { compileExpression } from './compile.js';
import type { Diagnostic, DiagnosticCode, DiagnosticSeverity } from './diagnostics.js';
import { DiagnosticSink } from './diagnostics.js';
import { lookupExpressionFunction } from './functions/registry.js';
import type { CallContext, ExpressionContext } from './functions/types.js';
import type { ExprValue } from './values.js';
import { fromSource, scalarText, toNumber } from './values.js';

export type { CallContext, ExpressionContext, ExprFunction } from './functions/types.js';

export interface EvaluationResult {
  value: ExprValue;
  /** True when IgnoreFlowIfNullOrEmpty asked to drop the target attribute from the flow. */
  ignoreFlow: boolean;
  diagnostics: Diagnostic[];
}

const HEX = '0123456789abcdef';

/** A default context: the real clock, Math.random, and a version-4 GUID built from it. */
export const defaultExpressionContext: ExpressionContext = {
  now: () => new Date(),
  random: () => Math.random(),
  guid() {
    let s = '';
    for (let i = 0; i < 32; i++) {
      let d = Math.floor(Math.random() * 16);
      if (i === 12) d = 4;
      if (i === 16) d = 8 + (d & 3);
      s += HEX[d];
      if (i === 7 || i === 11 || i === 15 || i === 19) s += '-';
    }
    return s;
  },
};

function compare(op: ExprCompareOp, left: ExprValue, right: ExprValue): boolean {
  const a = scalarText(left).text ?? '';
  const b = scalarText(right).text ?? '';
  const na = a.trim() === '' ? undefined : toNumber(a);
  const nb = b.trim() === '' ? undefined : toNumber(b);
  const order = na !== undefined && nb !== undefined ? Math.sign(na - nb) : a < b ? -1 : a > b ? 1 : 0;
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '<':
      return order < 0;
    default:
      return order <= 0;
  }
}

class Evaluator {
  ignoreFlow = false;
  private readonly cache = new Map<string, ExprValue>();

  constructor(
    private readonly sink: DiagnosticSink,
    private readonly source: Record<string, unknown>,
    private readonly ctx: ExpressionContext,
  ) {}

  attribute(name: string, offset: number): ExprValue {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    const raw = Object.hasOwn(this.source, name) ? this.source[name] : undefined;
    let value = fromSource(raw);
    if (value === undefined) {
      this.sink.report(
        'EXPR_UNSUPPORTED_VALUE',
        `Attribute [${name}] has a value that is not text; null is used.`,
        offset,
        'warning',
      );
      value = null;
    }
    this.cache.set(name, value);
    return value;
  }

  evaluate(node: ExprNode): ExprValue {
    switch (node.kind) {
      case 'attribute':
        return this.attribute(node.name, node.span.start);
      case 'string':
      case 'number':
        return node.value;
      case 'identifier':
        return node.name === 'vbTextCompare' ? 1 : node.name === 'vbBinaryCompare' ? 0 : null;
      case 'compare':
        return compare(node.op, this.evaluate(node.left), this.evaluate(node.right));
      case 'call':
        return this.call(node);
      default:
        return null;
    }
  }

  private call(node: ExprCallNode): ExprValue {
    const fn = lookupExpressionFunction(node.name);
    if (fn === undefined) return null;
    const missing = (i: number) => i >= node.args.length || node.args[i].kind === 'missing';
    const c: CallContext = {
      node,
      ctx: this.ctx,
      count: node.args.length,
      argNode: (i) => (missing(i) ? { kind: 'missing', span: node.span } : node.args[i]),
      isMissing: missing,
      arg: (i) => (missing(i) ? null : this.evaluate(node.args[i])),
      evaluate: (n) => this.evaluate(n),
      attribute: (name) => this.attribute(name, node.span.start),
      report: (code: DiagnosticCode, message: string, argIndex?: number, severity: DiagnosticSeverity = 'error') => {
        const at = argIndex !== undefined && !missing(argIndex) ? node.args[argIndex].span.start : node.span.start;
        this.sink.report(code, message, at, severity);
      },
      ignoreFlow: () => {
        this.ignoreFlow = true;
      },
    };
    return fn.call(c);
  }
}

/** Evaluates a compiled expression against `source` (missing attributes are null). Never throws. */
export function evaluateExpression(
  compiled: CompiledExpression,
  source: Record<string, unknown>,
  ctx: ExpressionContext = defaultExpressionContext,
): EvaluationResult {
  const sink = new DiagnosticSink(compiled.text);
  if (compiled.ast === undefined) {
    sink.report('EXPR_NOT_COMPILED', 'The expression has errors and cannot be evaluated.', 0);
    return { value: null, ignoreFlow: false, diagnostics: sink.diagnostics };
  }
  const evaluator = new Evaluator(sink, source, ctx);
  try {
    const value = evaluator.evaluate(compiled.ast);
    return { value, ignoreFlow: evaluator.ignoreFlow, diagnostics: sink.diagnostics };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    sink.report('EXPR_INTERNAL', `Evaluation failed: ${message}`, 0);
    return { value: null, ignoreFlow: false, diagnostics: sink.diagnostics };
  }
}

/** Compiles and, when that succeeds, evaluates `text`; the diagnostics of both steps are returned. */
export function previewExpression(
  text: string,
  source: Record<string, unknown>,
  ctx: ExpressionContext = defaultExpressionContext,
): EvaluationResult & { compiled: CompiledExpression } {
  const compiled = compileExpression(text);
  if (compiled.ast === undefined)
    return { value: null, ignoreFlow: false, diagnostics: compiled.diagnostics, compiled };
  const result = evaluateExpression(compiled, source, ctx);
  return { ...result, diagnostics: [...compiled.diagnostics, ...result.diagnostics], compiled };
}
