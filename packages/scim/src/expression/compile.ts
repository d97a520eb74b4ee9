/**
 * compileExpression: length and emptiness checks, parsing, then checks against the function
 * registry (unknown names, argument counts, required arguments, top-level-only functions).
 * Reports every problem found.
 */
import type { ExprNode } from './ast.js';
import { walkExpression } from './ast.js';
import type { Diagnostic } from './diagnostics.js';
import { DiagnosticSink } from './diagnostics.js';
import { expressionFunctionNames, lookupExpressionFunction } from './functions/registry.js';
import { parseExpressionText } from './parser.js';

/** Entra's documented limit on an expression's length. */
export const MAX_EXPRESSION_LENGTH = 10_000;

export interface CompiledExpression {
  /** The expression text (kept to place runtime diagnostics). */
  text: string;
  /** Present only when there are no error diagnostics. */
  ast?: ExprNode;
  diagnostics: Diagnostic[];
}

const plural = (n: number) => (n === 1 ? '1 argument' : `${n} arguments`);

function expectedCount(min: number, max: number): string {
  if (max === Number.POSITIVE_INFINITY) return `at least ${plural(min)}`;
  return min === max ? plural(min) : `${min} to ${max} arguments`;
}

function checkFunctions(ast: ExprNode, sink: DiagnosticSink): void {
  walkExpression(ast, (node) => {
    if (node.kind !== 'call' || node.name === '') return;
    const fn = lookupExpressionFunction(node.name);
    if (fn === undefined) {
      const lower = node.name.toLowerCase();
      const hint = expressionFunctionNames().find((n) => n.toLowerCase() === lower);
      const suffix = hint ? ` Function names are case-sensitive: did you mean ${hint}?` : '';
      sink.report('EXPR_UNKNOWN_FUNCTION', `Unknown function "${node.name}".${suffix}`, node.nameSpan.start);
      return;
    }
    const n = node.args.length;
    const pairsOk = fn.pairsFrom === undefined || n < fn.pairsFrom || (n - fn.pairsFrom) % 2 === 0;
    if (n < fn.minArgs || n > fn.maxArgs || !pairsOk) {
      const pairs = fn.pairsFrom === undefined ? '' : ' (keys and values in pairs)';
      sink.report(
        'EXPR_ARGUMENT_COUNT',
        `${fn.name} takes ${expectedCount(fn.minArgs, fn.maxArgs)}${pairs}, but ${plural(n)} given.`,
        node.nameSpan.start,
      );
    }
    for (const i of fn.required ?? []) {
      const arg = node.args[i];
      if (arg !== undefined && arg.kind === 'missing') {
        sink.report('EXPR_MISSING_ARGUMENT', `${fn.name}: argument ${i + 1} may not be left empty.`, arg.span.start);
      }
    }
  });
}

/** Functions marked `topLevelOnly` (SelectUniqueValue) must be the whole expression, never an argument. */
function checkTopLevelOnly(ast: ExprNode, sink: DiagnosticSink): void {
  walkExpression(ast, (node) => {
    if (node === ast || node.kind !== 'call' || !lookupExpressionFunction(node.name)?.topLevelOnly) return;
    sink.report(
      'EXPR_NOT_TOP_LEVEL',
      `${node.name} must be the whole expression; it cannot be nested inside another call.`,
      node.nameSpan.start,
    );
  });
}

/** Compiles an expression; never throws. */
export function compileExpression(text: string): CompiledExpression {
  const sink = new DiagnosticSink(text);
  if (text.length > MAX_EXPRESSION_LENGTH) {
    sink.report(
      'EXPR_TOO_LONG',
      `The expression is ${text.length} characters long; the limit is ${MAX_EXPRESSION_LENGTH}.`,
      MAX_EXPRESSION_LENGTH,
    );
  }
  if (text.trim() === '') {
    sink.report('EXPR_EMPTY', 'The expression is empty.', 0);
    return { text, diagnostics: sink.diagnostics };
  }
  const ast = parseExpressionText(text, sink);
  checkFunctions(ast, sink);
  checkTopLevelOnly(ast, sink);
  sink.diagnostics.sort((a, b) => a.offset - b.offset);
  return sink.hasErrors ? { text, diagnostics: sink.diagnostics } : { text, ast, diagnostics: sink.diagnostics };
}
