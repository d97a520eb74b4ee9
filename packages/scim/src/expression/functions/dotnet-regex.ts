/**
 * .NET regular expressions on the JavaScript engine: named groups `(?<name>...)` are shared
 * syntax; a leading `(?i)` becomes the `i` flag; replacement strings use .NET substitutions
 * (`${name}`, `$1`, `$$`, `$&`, `` $` ``, `$'`, `$+`, `$_`), expanded here because JavaScript
 * spells named groups `$<name>`.
 *
 * Regexes run on JavaScript's backtracking engine, which has no timeout (.NET has one). As a cheap
 * guard, inputs longer than MAX_REGEX_INPUT_LENGTH are refused: this bounds the polynomial
 * blow-ups of patterns such as `(\w+\s?)*$` but not exponential ones such as `(a+)+b`, which stay
 * possible on short inputs (see README.md).
 */

/** The longest text a regular expression is run on (Entra's own limit on an expression's length). */
export const MAX_REGEX_INPUT_LENGTH = 10_000;

/** Compiles a .NET pattern with the `g` and `d` (match indices) flags, or returns the error text. */
export function compileDotNetRegex(pattern: string): RegExp | string {
  let source = pattern;
  let flags = 'gd';
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags += 'i';
  }
  try {
    return new RegExp(source, flags);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function groupValue(match: RegExpExecArray, key: string): string | undefined {
  if (/^\d+$/.test(key)) {
    const n = Number(key);
    return n < match.length ? (match[n] ?? '') : undefined;
  }
  const groups = match.groups;
  if (groups === undefined || !Object.hasOwn(groups, key)) return undefined;
  return groups[key] ?? '';
}

/** Expands a .NET replacement pattern for one match of `input`. Unknown groups stay literal, as in .NET. */
export function expandReplacement(replacement: string, match: RegExpExecArray, input: string): string {
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
      out += match[0];
      i += 2;
    } else if (next === '`') {
      out += input.slice(0, match.index);
      i += 2;
    } else if (next === "'") {
      out += input.slice(match.index + match[0].length);
      i += 2;
    } else if (next === '+') {
      out += match.length > 1 ? (match[match.length - 1] ?? '') : '';
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

/** All matches of a global regex (empty matches advance by one, as in String.prototype.replace). */
export function allMatches(regex: RegExp, input: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (;;) {
    const m = regex.exec(input);
    if (m === null) break;
    out.push(m);
    if (m[0] === '') regex.lastIndex++;
    if (regex.lastIndex > input.length) break;
  }
  regex.lastIndex = 0;
  return out;
}
