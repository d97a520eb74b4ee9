/**
 * Expression diagnostics for the editor. @scimdesk/scim is pure (no Node or browser globals), so
 * the dashboard compiles expressions with the very compiler the engine runs, at every keystroke;
 * the server's `previewExpression` adds what only evaluation finds (a bad regex, a date that does
 * not parse) and the value. Diagnostics carry a start offset; the range underlined is the token
 * that starts there, found with the tokenizer's rules (packages/scim/src/expression/tokenizer.ts).
 */
import { compileExpression } from '@scimdesk/scim';

export interface ExprDiagnostic {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** 0-based offset, 1-based line and column, as the compiler reports them. */
  offset: number;
  line: number;
  column: number;
}

export interface RangedDiagnostic extends ExprDiagnostic {
  from: number;
  to: number;
}

const isIdent = (c: string | undefined) => c !== undefined && /^[A-Za-z0-9_]$/.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function stringEnd(text: string, from: number): number {
  for (let j = from + 1; j < text.length; j++) {
    if (text[j] === '\\' && (text[j + 1] === '"' || text[j + 1] === '\\')) j++;
    else if (text[j] === '"') return j + 1;
  }
  return text.length;
}

function attributeEnd(text: string, from: number): number {
  let depth = 0;
  for (let j = from + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\n' || c === '\r') return j;
    if (c === '[') depth++;
    else if (c === ']') {
      if (depth === 0) return j + 1;
      depth--;
    } else if (c === '"' && depth > 0) {
      const close = text.indexOf('"', j + 1);
      if (close < 0) return text.length;
      j = close;
    } else if (depth === 0 && '(),"'.includes(c)) return j;
  }
  return text.length;
}

/**
 * The range of the token starting at `offset`: a function name, a string literal, an attribute
 * reference, a number, an operator, or one character. At the end of the text (a missing `)`),
 * the last character, so that the underline is visible.
 */
export function tokenRangeAt(text: string, offset: number): { from: number; to: number } {
  if (text.length === 0) return { from: 0, to: 0 };
  if (offset >= text.length) return { from: text.length - 1, to: text.length };
  const at = Math.max(0, offset);
  const c = text[at];
  let to = at + 1;
  if (c === '"') to = stringEnd(text, at);
  else if (c === '[') to = attributeEnd(text, at);
  else if (c === '&' && /[Hh]/.test(text[at + 1] ?? '')) {
    to = at + 2;
    while (/[0-9A-Fa-f]/.test(text[to] ?? '')) to++;
  } else if (isDigit(c) || (c === '-' && isDigit(text[at + 1]))) {
    while (isDigit(text[to]) || (text[to] === '.' && isDigit(text[to + 1]))) to++;
  } else if (isIdent(c)) {
    while (isIdent(text[to])) to++;
  } else if ((c === '<' || c === '>') && (text[at + 1] === '=' || (c === '<' && text[at + 1] === '>'))) to = at + 2;
  else if (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) < 0xdc00) to = at + 2;
  return { from: at, to: Math.min(to, text.length) };
}

export const withRange = (text: string, d: ExprDiagnostic): RangedDiagnostic => ({
  ...d,
  ...tokenRangeAt(text, d.offset),
});

/** Every compile diagnostic of `text` (syntax, unknown functions, argument counts...), with ranges. */
export function lintExpression(text: string): RangedDiagnostic[] {
  return compileExpression(text).diagnostics.map((d) => withRange(text, d));
}

/** One line for a value the preview shows: strings quoted as in the expression language, lists, null. */
export function formatPreviewValue(v: unknown): string {
  if (v === null || v === undefined) return 'null (nothing is sent)';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (Array.isArray(v)) return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
  return String(v);
}
