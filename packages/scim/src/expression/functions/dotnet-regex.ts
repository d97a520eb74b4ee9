/**
 * .NET regular expressions on an injectable engine (../regex.ts): a leading `(?i)` becomes the
 * `ignoreCase` option; replacement strings use .NET substitutions (`${name}`, `$1`, `$$`, `$&`,
 * `` $` ``, `$'`, `$+`, `$_`), expanded here because JavaScript spells named groups `$<name>`.
 *
 * On the default JavaScript engine a pattern such as `(a+)+b` backtracks for minutes; the server
 * injects RE2, which runs in linear time. Inputs longer than MAX_REGEX_INPUT_LENGTH are refused on
 * every engine, which also bounds the polynomial blow-ups of patterns such as `(\w+\s?)*$` in the
 * browser (see README.md).
 */
import {
  type CompiledRegex,
  jsRegexEngine,
  type RegexCompileError,
  type RegexEngine,
  type RegexMatch,
} from '../regex.js';

/** The longest text a regular expression is run on (Entra's own limit on an expression's length). */
export const MAX_REGEX_INPUT_LENGTH = 10_000;

/** Compiles a .NET pattern on `engine`, or returns why it cannot run there. */
export function compileDotNetRegex(
  pattern: string,
  engine: RegexEngine = jsRegexEngine,
  spanOf?: string,
): CompiledRegex | RegexCompileError {
  const ignoreCase = pattern.startsWith('(?i)');
  return engine.compile(ignoreCase ? pattern.slice(4) : pattern, { ignoreCase, spanOf });
}

function groupValue(match: RegexMatch, key: string): string | undefined {
  if (/^\d+$/.test(key)) {
    const n = Number(key);
    return n < match.groups.length ? (match.groups[n] ?? '') : undefined;
  }
  if (!Object.hasOwn(match.named, key)) return undefined;
  return match.named[key] ?? '';
}

/** Expands a .NET replacement pattern for one match of `input`. Unknown groups stay literal, as in .NET. */
export function expandReplacement(replacement: string, match: RegexMatch, input: string): string {
  let out = '';
  let i = 0;
  while (i < replacement.length) {
    const c = replacement[i];
    if (c !== '$' || i + 1 >= replacement.length) {
      out += c;
      i++;
      continue;
    }
    const next = replacement[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '&') {
      out += match.groups[0] ?? '';
      i += 2;
    } else if (next === '`') {
      out += input.slice(0, match.index);
      i += 2;
    } else if (next === "'") {
      out += input.slice(match.index + (match.groups[0] ?? '').length);
      i += 2;
    } else if (next === '+') {
      out += match.groups.length > 1 ? (match.groups[match.groups.length - 1] ?? '') : '';
      i += 2;
    } else if (next === '_') {
      out += input;
      i += 2;
    } else if (next === '{') {
      const close = replacement.indexOf('}', i + 2);
      const value = close < 0 ? undefined : groupValue(match, replacement.slice(i + 2, close));
      if (value === undefined) {
        out += c;
        i++;
      } else {
        out += value;
        i = close + 1;
      }
    } else if (next >= '0' && next <= '9') {
      let j = i + 1;
      while (j < replacement.length && replacement[j] >= '0' && replacement[j] <= '9') j++;
      // The longest digit run that names an existing group, as .NET does.
      let k = j;
      while (k > i + 1 && groupValue(match, replacement.slice(i + 1, k)) === undefined) k--;
      if (k === i + 1) {
        out += c;
        i++;
      } else {
        out += groupValue(match, replacement.slice(i + 1, k));
        i = k;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** All matches, left to right (an empty match moves on by one, as String.prototype.replace does). */
export function allMatches(regex: CompiledRegex, input: string): RegexMatch[] {
  const out: RegexMatch[] = [];
  let from = 0;
  while (from <= input.length) {
    const m = regex.exec(input, from);
    if (m === null) break;
    out.push(m);
    const length = (m.groups[0] ?? '').length;
    from = m.index + (length === 0 ? 1 : length);
  }
  return out;
}
