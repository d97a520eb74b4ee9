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
    readonly ctx: ExpressionContext,
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
    return fn.call(new Call(this, node));
  }

  report(code: DiagnosticCode, message: string, offset: number, severity: DiagnosticSeverity): void {
    this.sink.report(code, message, offset, severity);
  }
}

/**
 * What a function sees of its call. A class rather than an object of closures: an evaluation
 * makes one per call, and per-instance closures were half the cost of a mapping pass.
 */
class Call implements CallContext {
  readonly ctx: ExpressionContext;
  readonly count: number;

  constructor(
    private readonly evaluator: Evaluator,
    readonly node: ExprCallNode,
  ) {
    this.ctx = evaluator.ctx;
    this.count = node.args.length;
  }

  isMissing(i: number): boolean {
    return i >= this.node.args.length || this.node.args[i].kind === 'missing';
  }

  argNode(i: number): ExprNode {
    return this.isMissing(i) ? { kind: 'missing', span: this.node.span } : this.node.args[i];
  }

  arg(i: number): ExprValue {
    return this.isMissing(i) ? null : this.evaluator.evaluate(this.node.args[i]);
  }

  evaluate(n: ExprNode): ExprValue {
    return this.evaluator.evaluate(n);
  }

  attribute(name: string): ExprValue {
    return this.evaluator.attribute(name, this.node.span.start);
  }

  report(code: DiagnosticCode, message: string, argIndex?: number, severity: DiagnosticSeverity = 'error'): void {
    const at =
      argIndex !== undefined && !this.isMissing(argIndex) ? this.node.args[argIndex].span.start : this.node.span.start;
    this.evaluator.report(code, message, at, severity);
  }

  ignoreFlow(): void {
    this.evaluator.ignoreFlow = true;
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
