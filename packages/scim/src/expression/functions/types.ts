/** The contract between the evaluator and the one-file-per-function implementations. */
import type { ExprCallNode, ExprNode } from '../ast.js';
import type { DiagnosticCode, DiagnosticSeverity } from '../diagnostics.js';
import type { RegexEngine } from '../regex.js';
import type { ExprValue } from '../values.js';

/** Injectable sources of non-determinism, so tests are repeatable. */
export interface ExpressionContext {
  now(): Date;
  /** A number in [0, 1), like Math.random. */
  random(): number;
  guid(): string;
  /**
   * Whether `value` is not yet taken in the target (SelectUniqueValue). Optional: without it
   * every value counts as unique and SelectUniqueValue warns that uniqueness was not checked.
   */
  isUnique?(value: string): boolean;
  /**
   * The engine Replace's regexPattern runs on. Optional: JavaScript's own (`jsRegexEngine`), which
   * backtracks; the server injects RE2, which cannot (see ../regex.ts).
   */
  regex?: RegexEngine;
}

/** What a function sees of one call. Arguments are evaluated lazily, on request. */
export interface CallContext {
  readonly node: ExprCallNode;
  readonly ctx: ExpressionContext;
  /** Number of arguments written (omitted positional arguments count). */
  readonly count: number;
  /** The argument's AST node (a `missing` node when omitted or out of range). */
  argNode(index: number): ExprNode;
  /** Whether argument `index` was omitted or is out of range. */
  isMissing(index: number): boolean;
  /** Evaluates argument `index` (null when omitted or out of range). */
  arg(index: number): ExprValue;
  /** Evaluates a node of this expression (for lazy functions such as IIF). */
  evaluate(node: ExprNode): ExprValue;
  /** Value of a source attribute (null when absent). */
  attribute(name: string): ExprValue;
  /** Reports a runtime diagnostic at argument `argIndex` (or at the call when undefined). */
  report(code: DiagnosticCode, message: string, argIndex?: number, severity?: DiagnosticSeverity): void;
  /** Marks the target attribute as dropped from the flow (IgnoreFlowIfNullOrEmpty). */
  ignoreFlow(): void;
}

export interface ExprFunction {
  name: string;
  /** Minimum and maximum number of written arguments (max Infinity for variadic functions). */
  minArgs: number;
  maxArgs: number;
  /** When set, the arguments from this index on must come in pairs (Switch's key/value list). */
  pairsFrom?: number;
  /** Indexes of arguments that may not be left empty. */
  required?: readonly number[];
  /** The call must be the whole expression (SelectUniqueValue); checked by the compiler. */
  topLevelOnly?: boolean;
  /** The value must not be shown in logs (Redact); see `expressionRedacts`. */
  redacts?: boolean;
  call(c: CallContext): ExprValue;
}
