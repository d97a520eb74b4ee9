/**
 * Tokenizer of the Entra ID attribute-mapping expression language (reference §3.1).
 *
 * Tokens: `[attribute]`, `"string"` (only `\"` and `\\` are escapes), decimal numbers (an
 * optional leading `-`), `&H` hexadecimal numbers, identifiers (function names and the
 * `vbBinaryCompare`/`vbTextCompare` enums), `(`, `)`, `,`, and the comparison operators
 * `=`, `<>`, `>`, `>=`, `<`, `<=`. Problems are reported to the sink; the tokenizer always
 * finishes and ends with one `eof` token.
 */
import type { ExprCompareOp } from './ast.js';
import type { DiagnosticSink } from './diagnostics.js';

interface TokenBase {
  start: number;
  end: number;
}

export type ExprToken =
  | (TokenBase & { kind: 'attribute'; name: string })
  | (TokenBase & { kind: 'string'; value: string })
  | (TokenBase & { kind: 'number'; value: number; hex: boolean })
  | (TokenBase & { kind: 'identifier'; name: string })
  | (TokenBase & { kind: 'op'; op: ExprCompareOp })
  | (TokenBase & { kind: 'lparen' | 'rparen' | 'comma' | 'eof' });

export type ExprTokenKind = ExprToken['kind'];

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHexDigit = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);
const isIdentStart = (c: string | undefined) => c !== undefined && /^[A-Za-z_]$/.test(c);
const isIdentPart = (c: string | undefined) => c !== undefined && /^[A-Za-z0-9_]$/.test(c);

/** Splits `text` into tokens, reporting lexical errors to `sink`. */
export function tokenizeExpression(text: string, sink: DiagnosticSink): ExprToken[] {
  const tokens: ExprToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const start = i;
    if (isSpace(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c === '(' ? 'lparen' : c === ')' ? 'rparen' : 'comma', start, end: i + 1 });
      i++;
    } else if (c === '"') {
      i = readString(text, i, sink, tokens);
    } else if (c === '[') {
      const close = findAttributeEnd(text, i + 1);
      if (close < 0) {
        sink.report('EXPR_UNTERMINATED_ATTRIBUTE', 'Attribute reference is missing its closing "]".', start);
        const end = endOfBrokenAttribute(text, i + 1);
        tokens.push({ kind: 'attribute', name: text.slice(i + 1, end).trim(), start, end });
        i = end;
      } else {
        const name = text.slice(i + 1, close);
        if (name.trim() === '') sink.report('EXPR_EMPTY_ATTRIBUTE', 'Attribute reference "[]" has no name.', start);
        tokens.push({ kind: 'attribute', name, start, end: close + 1 });
        i = close + 1;
      }
    } else if (isDigit(c) || (c === '-' && isDigit(text[i + 1]))) {
      let j = i + 1;
      while (isDigit(text[j])) j++;
      if (text[j] === '.' && isDigit(text[j + 1])) {
        j++;
        while (isDigit(text[j])) j++;
      }
      tokens.push({ kind: 'number', value: Number(text.slice(i, j)), hex: false, start, end: j });
      i = j;
    } else if (c === '&' && (text[i + 1] === 'H' || text[i + 1] === 'h')) {
      let j = i + 2;
      while (isHexDigit(text[j])) j++;
      if (j === i + 2) sink.report('EXPR_INVALID_NUMBER', 'Hexadecimal literal "&H" has no digits.', start);
      const digits = text.slice(i + 2, j);
      tokens.push({ kind: 'number', value: digits ? Number.parseInt(digits, 16) : 0, hex: true, start, end: j });
      i = j;
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (isIdentPart(text[j])) j++;
      tokens.push({ kind: 'identifier', name: text.slice(i, j), start, end: j });
      i = j;
    } else if (c === '=' || c === '<' || c === '>') {
      const two = text.slice(i, i + 2);
      const op: ExprCompareOp = two === '<>' || two === '>=' || two === '<=' ? two : (c as ExprCompareOp);
      tokens.push({ kind: 'op', op, start, end: i + op.length });
      i += op.length;
    } else {
      const cp = text.codePointAt(i) ?? 0;
      const ch = String.fromCodePoint(cp);
      sink.report('EXPR_UNEXPECTED_CHARACTER', `Unexpected character "${ch}".`, start);
      i += ch.length;
    }
  }
  tokens.push({ kind: 'eof', start: text.length, end: text.length });
  return tokens;
}

/** Reads a string literal starting at the quote at `i`; returns the offset after it. */
function readString(text: string, i: number, sink: DiagnosticSink, tokens: ExprToken[]): number {
  const start = i;
  let value = '';
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '"') {
      tokens.push({ kind: 'string', value, start, end: j + 1 });
      return j + 1;
    }
    if (c === '\\') {
      const next = text[j + 1];
      if (next === '"' || next === '\\') {
        value += next;
        j += 2;
        continue;
      }
      // Entra only defines `\"` and `\\`; keep any other backslash literally, with a warning.
      if (next !== undefined) {
        sink.report('EXPR_INVALID_ESCAPE', `Unknown escape "\\${next}"; the backslash is kept.`, j, 'warning');
      }
    }
    value += c;
    j++;
  }
  sink.report('EXPR_UNTERMINATED_STRING', 'String literal is missing its closing quote.', start);
  tokens.push({ kind: 'string', value, start, end: text.length });
  return text.length;
}

/**
 * Offset of the `]` closing an attribute opened just before `from`, or -1 (stops at a line end or
 * quote). A bracketed filter inside the name, with quoted values, belongs to it: SCIM paths such
 * as `[emails[type eq "work"].value]` are one attribute (a tenant source's attribute names).
 */
function findAttributeEnd(text: string, from: number): number {
  let depth = 0;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '\n' || c === '\r') return -1;
    if (c === '"') {
      if (depth === 0) return -1;
      const close = text.indexOf('"', j + 1);
      if (close < 0) return -1;
      j = close;
    } else if (c === '[') {
      // One level of filter: deeper brackets are not a SCIM path (and would make rescans quadratic).
      if (depth === 1) return -1;
      depth++;
    } else if (c === ']') {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** Where an unterminated attribute reference stops: before the next delimiter. */
function endOfBrokenAttribute(text: string, from: number): number {
  let j = from;
  while (j < text.length && !'()[],"\n\r'.includes(text[j])) j++;
  return j;
}
