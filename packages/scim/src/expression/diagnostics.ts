/**
 * Diagnostics reported by the expression compiler and evaluator. Nothing in this module throws:
 * every problem becomes a Diagnostic with a stable code and a 1-based line/column.
 */

export type DiagnosticSeverity = 'error' | 'warning';

export type DiagnosticCode =
  | 'EXPR_EMPTY'
  | 'EXPR_TOO_LONG'
  | 'EXPR_TOO_DEEP'
  | 'EXPR_UNTERMINATED_STRING'
  | 'EXPR_UNTERMINATED_ATTRIBUTE'
  | 'EXPR_EMPTY_ATTRIBUTE'
  | 'EXPR_INVALID_ESCAPE'
  | 'EXPR_INVALID_NUMBER'
  | 'EXPR_UNEXPECTED_CHARACTER'
  | 'EXPR_UNEXPECTED_TOKEN'
  | 'EXPR_UNBALANCED_PARENS'
  | 'EXPR_UNKNOWN_IDENTIFIER'
  | 'EXPR_UNKNOWN_FUNCTION'
  | 'EXPR_ARGUMENT_COUNT'
  | 'EXPR_MISSING_ARGUMENT'
  | 'EXPR_COMPARISON_OUTSIDE_ARGUMENT'
  | 'EXPR_NOT_COMPILED'
  | 'EXPR_INVALID_ARGUMENT'
  | 'EXPR_INVALID_REGEX'
  | 'EXPR_UNSUPPORTED_REGEX'
  | 'EXPR_REGEX_INPUT_TOO_LONG'
  | 'EXPR_INVALID_DATE'
  | 'EXPR_NOT_TOP_LEVEL'
  | 'EXPR_NO_UNIQUE_VALUE'
  | 'EXPR_UNIQUENESS_NOT_CHECKED'
  | 'EXPR_UNSUPPORTED_VALUE'
  | 'EXPR_MULTI_VALUED_INPUT'
  | 'EXPR_INTERNAL';

export interface Diagnostic {
  code: string;
  severity: DiagnosticSeverity;
  message: string;
  /** 0-based character offset into the expression text. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column (in UTF-16 code units). */
  column: number;
}

/** 1-based line and column of `offset` in `text` (`\n`, `\r\n` and `\r` end lines). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Collects diagnostics for one expression text. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly text: string) {}

  report(code: DiagnosticCode, message: string, offset: number, severity: DiagnosticSeverity = 'error'): void {
    const { line, column } = lineColumnAt(this.text, offset);
    this.diagnostics.push({ code, severity, message, offset, line, column });
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}
