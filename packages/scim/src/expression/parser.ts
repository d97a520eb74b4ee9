/**
 * Recursive-descent parser of the Entra ID expression language (reference §3.1).
 *
 *   expression := operand [ compareOp operand ]      (comparisons only inside arguments)
 *   operand    := attribute | string | number | identifier | call
 *   call       := identifier "(" [ argument { "," argument } ] ")"
 *   argument   := expression | <empty>               (an empty argument is a `missing` node)
 *
 * The parser never throws: it reports to the sink, recovers (skipping to the next `,` or `)`),
 * and goes on so that every error in the text is reported.
 */
import type { ExprCallNode, ExprIdentifierName, ExprNode, ExprSpan } from './ast.js';
import type { DiagnosticSink } from './diagnostics.js';
import type { ExprToken } from './tokenizer.js';
import { tokenizeExpression } from './tokenizer.js';

/** Calls nested deeper than this are rejected (keeps recursion far from the stack limit). */
export const MAX_EXPRESSION_DEPTH = 100;

const IDENTIFIERS: ReadonlySet<string> = new Set<ExprIdentifierName>(['vbBinaryCompare', 'vbTextCompare']);

const describe = (t: ExprToken): string => {
  switch (t.kind) {
    case 'eof':
      return 'end of expression';
    case 'lparen':
      return '"("';
    case 'rparen':
      return '")"';
    case 'comma':
      return '","';
    case 'op':
      return `operator "${t.op}"`;
    case 'identifier':
      return `"${t.name}"`;
    case 'attribute':
      return `attribute [${t.name}]`;
    default:
      return t.kind;
  }
};

class Parser {
  private pos = 0;
  private tooDeepReported = false;

  constructor(
    private readonly tokens: ExprToken[],
    private readonly sink: DiagnosticSink,
  ) {}

  private peek(): ExprToken {
    return this.tokens[this.pos];
  }

  private next(): ExprToken {
    const t = this.tokens[this.pos];
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  parseTop(): ExprNode {
    const node = this.parseExpression(0, true);
    while (this.peek().kind !== 'eof') {
      const t = this.peek();
      if (t.kind === 'rparen') {
        this.sink.report('EXPR_UNBALANCED_PARENS', 'Unmatched ")".', t.start);
        this.next();
      } else {
        this.sink.report(
          'EXPR_UNEXPECTED_TOKEN',
          `Unexpected ${describe(t)} after the end of the expression.`,
          t.start,
        );
        if (t.kind === 'comma' || t.kind === 'op') this.next();
        else this.parseExpression(0, false); // parse and discard, so errors inside are reported too
      }
    }
    return node;
  }

  private parseExpression(depth: number, topLevel: boolean): ExprNode {
    const left = this.parseOperand(depth);
    const t = this.peek();
    if (t.kind !== 'op') return left;
    this.next();
    if (topLevel) {
      this.sink.report(
        'EXPR_COMPARISON_OUTSIDE_ARGUMENT',
        'Comparison operators are only allowed inside function arguments (for example in IIF or CBool).',
        t.start,
      );
    }
    const right = this.parseOperand(depth);
    if (this.peek().kind === 'op') {
      this.sink.report('EXPR_UNEXPECTED_TOKEN', 'Comparisons cannot be chained.', this.peek().start);
    }
    return { kind: 'compare', op: t.op, left, right, span: { start: left.span.start, end: right.span.end } };
  }

  private parseOperand(depth: number): ExprNode {
    const t = this.peek();
    switch (t.kind) {
      case 'attribute':
        this.next();
        return { kind: 'attribute', name: t.name, span: { start: t.start, end: t.end } };
      case 'string':
        this.next();
        return { kind: 'string', value: t.value, span: { start: t.start, end: t.end } };
      case 'number':
        this.next();
        return { kind: 'number', value: t.value, hex: t.hex, span: { start: t.start, end: t.end } };
      case 'identifier': {
        this.next();
        const span = { start: t.start, end: t.end };
        if (this.peek().kind === 'lparen') return this.parseCall(t.name, span, depth);
        if (!IDENTIFIERS.has(t.name)) {
          this.sink.report(
            'EXPR_UNKNOWN_IDENTIFIER',
            `Unknown identifier "${t.name}": literals must be quoted, attributes written as [${t.name}].`,
            t.start,
          );
        }
        return { kind: 'identifier', name: t.name, span };
      }
      default: {
        this.sink.report('EXPR_UNEXPECTED_TOKEN', `Expected a value but found ${describe(t)}.`, t.start);
        if (t.kind === 'lparen') {
          // A bare parenthesised group: parse it as an argument list, so its contents are checked.
          const call = this.parseCall('', { start: t.start, end: t.start }, depth);
          return { kind: 'missing', span: call.span };
        }
        if (t.kind === 'op') this.next();
        return { kind: 'missing', span: { start: t.start, end: t.start } };
      }
    }
  }

  private parseCall(name: string, nameSpan: ExprSpan, depth: number): ExprCallNode {
    const open = this.next(); // "("
    const args: ExprNode[] = [];
    if (depth >= MAX_EXPRESSION_DEPTH && !this.tooDeepReported) {
      this.tooDeepReported = true;
      this.sink.report('EXPR_TOO_DEEP', `Calls are nested more than ${MAX_EXPRESSION_DEPTH} deep.`, open.start);
    }
    if (depth >= MAX_EXPRESSION_DEPTH) {
      const end = this.skipBalanced();
      // The name is dropped so that the unparsed call is not checked against the registry.
      return { kind: 'call', name: '', nameSpan, args, span: { start: nameSpan.start, end } };
    }
    if (this.peek().kind === 'rparen') {
      const close = this.next();
      return { kind: 'call', name, nameSpan, args, span: { start: nameSpan.start, end: close.end } };
    }
    for (;;) {
      const t = this.peek();
      if (t.kind === 'comma' || t.kind === 'rparen' || t.kind === 'eof') {
        args.push({ kind: 'missing', span: { start: t.start, end: t.start } });
      } else {
        args.push(this.parseExpression(depth + 1, false));
      }
      const after = this.peek();
      if (after.kind === 'comma') {
        this.next();
        continue;
      }
      if (after.kind === 'rparen') {
        this.next();
        return { kind: 'call', name, nameSpan, args, span: { start: nameSpan.start, end: after.end } };
      }
      if (after.kind === 'eof') {
        this.sink.report(
          'EXPR_UNBALANCED_PARENS',
          `Missing ")" to close the "(" at offset ${open.start}.`,
          after.start,
        );
        return { kind: 'call', name, nameSpan, args, span: { start: nameSpan.start, end: after.end } };
      }
      this.sink.report('EXPR_UNEXPECTED_TOKEN', `Expected "," or ")" but found ${describe(after)}.`, after.start);
      this.recoverInArguments(depth);
      if (this.peek().kind === 'comma') this.next();
      else if (this.peek().kind === 'rparen') {
        const close = this.next();
        return { kind: 'call', name, nameSpan, args, span: { start: nameSpan.start, end: close.end } };
      }
    }
  }

  /** Skips to the next `,` or `)` of the current argument list, parsing skipped values for their errors. */
  private recoverInArguments(depth: number): void {
    for (;;) {
      const t = this.peek();
      if (t.kind === 'comma' || t.kind === 'rparen' || t.kind === 'eof') return;
      if (t.kind === 'op') this.next();
      else this.parseExpression(depth + 1, false);
    }
  }

  /** Skips a balanced run of tokens after an already consumed "("; returns the end offset. */
  private skipBalanced(): number {
    let level = 1;
    for (;;) {
      const t = this.next();
      if (t.kind === 'eof') return t.end;
      if (t.kind === 'lparen') level++;
      if (t.kind === 'rparen' && --level === 0) return t.end;
    }
  }
}

/** Parses `text` into an AST, reporting every syntax error to `sink`. */
export function parseExpressionText(text: string, sink: DiagnosticSink): ExprNode {
  const tokens = tokenizeExpression(text, sink);
  return new Parser(tokens, sink).parseTop();
}
