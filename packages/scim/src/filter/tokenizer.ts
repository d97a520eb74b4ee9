/**
 * Tokenizer of the SCIM filter language (RFC 7644 §3.4.2.2) and of PATCH paths (§3.5.2).
 *
 * A "word" is any run of characters other than whitespace, parentheses, brackets and double
 * quotes. Words are then classified: keywords (operators, and/or/not, true/false/null, all
 * case-insensitive), JSON numbers, or plain words (attribute paths such as
 * `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.$ref`, a `.value`
 * sub-attribute after a `]`, or a lenient unquoted value such as `jyoung`). The parser decides
 * what a plain word may be where it stands.
 */
import type { ScimType } from '../errors.js';
import { ScimError } from '../errors.js';
import type { CompareOp } from './ast.js';

export type KeywordKind = 'pr' | 'and' | 'or' | 'not' | 'true' | 'false' | 'null';
export type PunctKind = 'lparen' | 'rparen' | 'lbracket' | 'rbracket';

interface TokenBase {
  /** The token's source text (strings with their quotes and escapes, as written). */
  text: string;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export type Token =
  | (TokenBase & { kind: 'word' })
  | (TokenBase & { kind: 'string'; value: string })
  | (TokenBase & { kind: 'number'; value: number })
  | (TokenBase & { kind: 'op'; op: CompareOp })
  | (TokenBase & { kind: KeywordKind })
  | (TokenBase & { kind: PunctKind })
  | (TokenBase & { kind: 'eof' });

export type TokenKind = Token['kind'];

const COMPARE_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);
const KEYWORDS: ReadonlySet<string> = new Set(['pr', 'and', 'or', 'not', 'true', 'false', 'null']);
const PUNCT: Readonly<Record<string, PunctKind>> = { '(': 'lparen', ')': 'rparen', '[': 'lbracket', ']': 'rbracket' };
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || /\s/.test(c);
const isDelimiter = (c: string) => c === '"' || Object.hasOwn(PUNCT, c) || isSpace(c);

/**
 * Splits `text` into tokens, ending with one `eof` token at `text.length`.
 * Throws ScimError(400, scimType) on an unterminated string or a bad escape.
 */
export function tokenize(text: string, scimType: ScimType = 'invalidFilter'): Token[] {
  const fail = (detail: string): never => {
    throw new ScimError(400, scimType, detail);
  };
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (Object.hasOwn(PUNCT, c)) {
      tokens.push({ kind: PUNCT[c], text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === '"') {
      const { value, end } = readString(text, i, fail);
      tokens.push({ kind: 'string', value, text: text.slice(i, end), start: i, end });
      i = end;
      continue;
    }
    const start = i;
    while (i < text.length && !isDelimiter(text[i])) i++;
    tokens.push(classifyWord(text.slice(start, i), start, i, fail));
  }
  tokens.push({ kind: 'eof', text: '', start: text.length, end: text.length });
  return tokens;
}

function classifyWord(word: string, start: number, end: number, fail: (detail: string) => never): Token {
  const lower = word.toLowerCase();
  if (COMPARE_OPS.has(lower)) return { kind: 'op', op: lower as CompareOp, text: word, start, end };
  if (KEYWORDS.has(lower)) return { kind: lower as KeywordKind, text: word, start, end };
  if (JSON_NUMBER.test(word)) {
    const value = Number(word);
    if (!Number.isFinite(value)) fail(`Number ${word} at offset ${start} is out of range`);
    return { kind: 'number', value, text: word, start, end };
  }
  return { kind: 'word', text: word, start, end };
}

/** Reads a JSON string starting at the opening quote `text[start]`. */
function readString(text: string, start: number, fail: (detail: string) => never): { value: string; end: number } {
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return { value: out, end: i + 1 };
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e === undefined) break;
    const simple = Object.hasOwn(SIMPLE_ESCAPES, e) ? SIMPLE_ESCAPES[e] : undefined;
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (e === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(`Invalid unicode escape "\\u${hex}" in string at offset ${i}`);
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 6;
      continue;
    }
    fail(`Invalid escape "\\${e}" in string at offset ${i}`);
  }
  return fail(`Unterminated string starting at offset ${start}`);
}
