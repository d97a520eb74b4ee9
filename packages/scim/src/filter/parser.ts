/**
 * Recursive-descent parser of SCIM filters (RFC 7644 §3.4.2.2) and PATCH paths (§3.5.2).
 *
 *   filter    := or
 *   or        := and ("or" and)*                     left-associative
 *   and       := unary ("and" unary)*                left-associative, binds tighter than "or"
 *   unary     := "not" "(" or ")" | "(" or ")" | attrExp
 *   attrExp   := path "pr" | path compareOp value
 *              | path "[" or "]" [ "." subAttr ( "pr" | compareOp value ) ]
 *
 * The last form after "]" is Entra's non-RFC `emails[type eq "work"].value eq "x"`, read as
 * `emails[type eq "work" and value eq "x"]`. Inside brackets paths are relative (a bare
 * sub-attribute name) and brackets do not nest. A bare word where a value is expected
 * (`externalId eq jyoung`, Microsoft's doc example) is taken as a string.
 */
import { ScimError } from '../errors.js';
import { splitAttrPath } from '../schemas/resource-types.js';
import { textProblem } from '../text/strings.js';
import type { AttrPath, CompareOp, FilterNode, FilterValue, PatchPath } from './ast.js';
import { type Token, tokenize } from './tokenizer.js';

/** Longest filter or path accepted, in characters. */
export const MAX_FILTER_LENGTH = 4096;
/**
 * Deepest nesting of parentheses, `not (...)` and brackets accepted. The server compiles a filter
 * to SQL with one or two parenthesis levels per nesting level; SQLite's parser stack (about 100
 * entries) overflows at 17-18 levels of `a and not (...)`, so 12 leaves a margin (IdPs send 1-3).
 */
export const MAX_FILTER_DEPTH = 12;

const NAME = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

type ErrorType = 'invalidFilter' | 'invalidPath';

/** Parses a `filter` query parameter; every syntax error is ScimError(400, 'invalidFilter'). */
export function parseFilter(text: string): FilterNode {
  const p = new Parser(text, 'invalidFilter');
  const node = p.parseOr(false);
  p.expectEnd('"and", "or" or end of filter');
  return node;
}

/**
 * Parses a PATCH `path`: `attrPath`, `attrPath[valFilter]` or `attrPath[valFilter].subAttr`.
 * A bare schema URN is merely split (`urn:...:2.0:User` -> { uri: 'urn:...:2.0', attr: 'User' });
 * callers check whole-URN paths first. Every syntax error is ScimError(400, 'invalidPath').
 */
export function parsePatchPath(text: string): PatchPath {
  const p = new Parser(text, 'invalidPath');
  return p.parsePatchPath();
}

class Parser {
  private readonly tokens: Token[];
  private pos = 0;
  private depth = 0;
  private readonly what: string;
  private readonly errorType: ErrorType;

  constructor(text: string, errorType: ErrorType) {
    this.errorType = errorType;
    this.what = errorType === 'invalidFilter' ? 'Filter' : 'Path';
    if (text.length > MAX_FILTER_LENGTH) {
      this.fail(`${this.what} is too long (${text.length} characters; the maximum is ${MAX_FILTER_LENGTH})`);
    }
    const raw = textProblem(text);
    if (raw) this.fail(`${this.what} ${raw}`);
    this.tokens = tokenize(text, errorType);
    for (const tok of this.tokens) {
      const bad = tok.kind === 'string' ? textProblem(tok.value) : undefined;
      if (bad) this.fail(`The string at offset ${tok.start} ${bad}`);
    }
    if (this.peek().kind === 'eof') this.fail(`${this.what} is empty`);
  }

  parsePatchPath(): PatchPath {
    const tok = this.next();
    if (tok.kind !== 'word')
      this.fail(`Expected an attribute path at offset ${tok.start} (found ${this.describe(tok)})`);
    const out: PatchPath = { path: this.attrPath(tok, false) };
    if (this.peek().kind === 'lbracket') {
      out.filter = this.bracket(out.path, tok);
      const sub = this.subAfterBracket();
      if (sub) out.subAfterFilter = sub.name;
    }
    this.expectEnd('end of path');
    return out;
  }

  parseOr(inBracket: boolean): FilterNode {
    let left = this.parseAnd(inBracket);
    while (this.peek().kind === 'or') {
      this.next();
      left = { kind: 'or', left, right: this.parseAnd(inBracket) };
    }
    return left;
  }

  expectEnd(expected: string): void {
    const tok = this.peek();
    if (tok.kind !== 'eof') this.fail(`Unexpected ${this.describe(tok)} at offset ${tok.start}; expected ${expected}`);
  }

  private parseAnd(inBracket: boolean): FilterNode {
    let left = this.parseUnary(inBracket);
    while (this.peek().kind === 'and') {
      this.next();
      left = { kind: 'and', left, right: this.parseUnary(inBracket) };
    }
    return left;
  }

  private parseUnary(inBracket: boolean): FilterNode {
    const tok = this.next();
    if (tok.kind === 'not') {
      const open = this.next();
      if (open.kind !== 'lparen') {
        this.fail(`Expected "(" after "${tok.text}" at offset ${open.start} (found ${this.describe(open)})`);
      }
      return { kind: 'not', filter: this.group(open, inBracket) };
    }
    if (tok.kind === 'lparen') return this.group(tok, inBracket);
    if (tok.kind === 'word') return this.attrExp(tok, inBracket);
    return this.fail(`Expected an attribute path, "(" or "not" at offset ${tok.start} (found ${this.describe(tok)})`);
  }

  /** The inside of `( ... )`, the opening parenthesis already consumed. */
  private group(open: Token, inBracket: boolean): FilterNode {
    this.enter(open);
    const inner = this.parseOr(inBracket);
    this.close('rparen', ')', open);
    this.depth--;
    return inner;
  }

  private attrExp(tok: Token, inBracket: boolean): FilterNode {
    const path = this.attrPath(tok, inBracket);
    if (this.peek().kind !== 'lbracket') return this.operatorTail(path, tok);
    if (inBracket) this.fail(`Value filters cannot nest: unexpected "[" at offset ${this.peek().start}`);
    const filter = this.bracket(path, tok);
    const sub = this.subAfterBracket();
    if (!sub) return { kind: 'valuePath', path, filter };
    // Entra: emails[type eq "work"].value eq "x"  ->  emails[type eq "work" and value eq "x"]
    const tail = this.operatorTail({ attr: sub.name }, sub.tok);
    return { kind: 'valuePath', path, filter: { kind: 'and', left: filter, right: tail } };
  }

  /** `[ valFilter ]` after the path token `pathTok`. */
  private bracket(path: AttrPath, pathTok: Token): FilterNode {
    const open = this.next();
    if (path.sub !== undefined) {
      this.fail(
        `A value filter "[" cannot follow the sub-attribute path ${quote(pathTok.text)} (offset ${open.start})`,
      );
    }
    this.enter(open);
    const filter = this.parseOr(true);
    this.close('rbracket', ']', open);
    this.depth--;
    return filter;
  }

  /** An optional `.subAttr` right after `]`. */
  private subAfterBracket(): { name: string; tok: Token } | undefined {
    const tok = this.peek();
    if (tok.kind !== 'word' || !tok.text.startsWith('.')) return undefined;
    this.next();
    const name = tok.text.slice(1);
    if (!NAME.test(name)) this.fail(`Invalid sub-attribute name ${quote(tok.text)} at offset ${tok.start}`);
    return { name, tok };
  }

  private operatorTail(path: AttrPath, pathTok: Token): FilterNode {
    const tok = this.next();
    if (tok.kind === 'pr') return { kind: 'present', path };
    if (tok.kind !== 'op') {
      return this.fail(
        `Expected a comparison operator after ${quote(pathTok.text)} at offset ${tok.start} (found ${this.describe(tok)})`,
      );
    }
    return { kind: 'compare', path, op: tok.op, value: this.value(tok.op) };
  }

  private value(op: CompareOp): FilterValue {
    const tok = this.next();
    switch (tok.kind) {
      case 'string':
      case 'number':
        return tok.value;
      case 'true':
        return true;
      case 'false':
        return false;
      case 'null':
        return null;
      case 'word':
        // Lenient: `externalId eq jyoung`. Single quotes are not string delimiters in SCIM.
        if (tok.text.includes("'")) {
          this.fail(`Unexpected ${this.describe(tok)} at offset ${tok.start}; strings must be in double quotes`);
        }
        return tok.text;
      default:
        return this.fail(`Expected a value after "${op}" at offset ${tok.start} (found ${this.describe(tok)})`);
    }
  }

  /** Validates the word `tok` as an attribute path; relative (bare name) inside brackets. */
  private attrPath(tok: Token, inBracket: boolean): AttrPath {
    const path = splitAttrPath(tok.text);
    const bad = (why: string): never =>
      this.fail(`Invalid attribute path ${quote(tok.text)} at offset ${tok.start}: ${why}`);
    if (path.uri !== undefined && !/^urn:./i.test(path.uri)) bad('a schema prefix must be a URN');
    if (!NAME.test(path.attr)) bad(`${quote(path.attr)} is not an attribute name`);
    if (path.sub !== undefined && !NAME.test(path.sub)) bad(`${quote(path.sub)} is not a sub-attribute name`);
    if (inBracket && (path.uri !== undefined || path.sub !== undefined)) {
      bad('inside "[...]" name a sub-attribute of the multi-valued attribute, e.g. type or value');
    }
    return path;
  }

  private enter(open: Token): void {
    this.depth++;
    if (this.depth > MAX_FILTER_DEPTH) {
      this.fail(`${this.what} is nested too deeply at offset ${open.start} (the maximum depth is ${MAX_FILTER_DEPTH})`);
    }
  }

  private close(kind: 'rparen' | 'rbracket', char: string, open: Token): void {
    const tok = this.next();
    if (tok.kind !== kind) {
      this.fail(
        `Expected "${char}" at offset ${tok.start} to close "${open.text}" opened at offset ${open.start} (found ${this.describe(tok)})`,
      );
    }
  }

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const tok = this.tokens[this.pos];
    if (tok.kind !== 'eof') this.pos++;
    return tok;
  }

  private describe(tok: Token): string {
    return tok.kind === 'eof' ? `end of ${this.what.toLowerCase()}` : quote(tok.text);
  }

  private fail(detail: string): never {
    throw new ScimError(400, this.errorType, detail);
  }
}

/** Quotes source text for an error message, shortened so a huge token can't flood the response. */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
