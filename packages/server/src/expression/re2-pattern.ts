/**
 * .NET pattern text -> RE2 pattern text, and the rewrite that lets RE2 report where a named group
 * starts. RE2 (as re2-wasm exposes it) returns each group's text but not its offsets, which
 * Replace's regexGroupName form needs. So the text before the group is captured as well, at each
 * level of nesting: `a(?:b(?<g>c))` becomes `(?P<__at0>a)(?:(?P<__at1>b)(?P<g>c))`, and the group
 * starts at the match's index plus the lengths of the `__at` captures. That is exact while the
 * group and the groups around it repeat at most once; a group under a quantifier is refused.
 */

export const AT_PREFIX = '__at';

interface Group {
  /** Offset of `(` in the translated text. */
  open: number;
  /** Where the branch of the enclosing group (or the top level) that holds this group began. */
  branchStart: number;
  parent: number;
  name?: string;
  quantified: boolean;
}

export interface Re2Pattern {
  source: string;
  /** Names of the inserted prefix captures, outermost first (when a span was asked for). */
  prefixes: string[];
}

const isQuantifier = (text: string, i: number) => {
  const c = text[i];
  return c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(text.slice(i, i + 12)));
};

/** Translates .NET syntax RE2 spells differently: `(?<n>`/`(?'n'` -> `(?P<n>`, `\uFFFF` -> `\x{FFFF}`. */
function translate(pattern: string): { out: string; groups: Group[] } {
  let out = '';
  const groups: Group[] = [];
  const stack: { index: number; branchStart: number }[] = [{ index: -1, branchStart: 0 }];
  let inClass = false;
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      const hex = /^u([0-9A-Fa-f]{4})/.exec(pattern.slice(i + 1, i + 6));
      if (hex) {
        out += `\\x{${hex[1]}}`;
        i += 6;
      } else {
        out += pattern.slice(i, i + 2);
        i += 2;
      }
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      i++;
      // A `]` right after `[` or `[^` is a literal.
      if (pattern[i] === '^') out += pattern[i++];
      if (pattern[i] === ']') out += pattern[i++];
      continue;
    }
    if (c === '(') {
      const rest = pattern.slice(i, i + 200);
      const flags = /^\(\?[a-zA-Z-]+\)/.exec(rest);
      if (flags) {
        // An inline option such as (?i) or (?m) is no group.
        out += flags[0];
        i += flags[0].length;
        continue;
      }
      const top = stack[stack.length - 1];
      const group: Group = { open: out.length, branchStart: top.branchStart, parent: top.index, quantified: false };
      groups.push(group);
      const named = /^\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/.exec(rest);
      const opener = /^\(\?(?:[:=!>]|<[=!]|[a-zA-Z-]+:)/.exec(rest);
      if (named) {
        group.name = named[1] ?? named[2];
        out += `(?P<${group.name}>`;
        i += named[0].length;
      } else {
        const text = opener ? opener[0] : c;
        out += text;
        i += text.length;
      }
      stack.push({ index: groups.length - 1, branchStart: out.length });
      continue;
    }
    if (c === ')' && stack.length > 1) {
      const closed = stack.pop();
      out += c;
      i++;
      if (closed && isQuantifier(pattern, i)) groups[closed.index].quantified = true;
      continue;
    }
    if (c === '|') stack[stack.length - 1].branchStart = out.length + 1;
    out += c;
    i++;
  }
  return { out, groups };
}

/**
 * The RE2 text of `pattern`; with `spanOf`, rewritten so that group's start can be computed
 * (or an error when it sits under a quantifier). An unknown `spanOf` changes nothing: it never matches.
 */
export function re2Pattern(pattern: string, spanOf?: string): Re2Pattern | { error: string } {
  const { out, groups } = translate(pattern);
  const target = spanOf === undefined ? -1 : groups.findIndex((g) => g.name === spanOf);
  if (target < 0) return { source: out, prefixes: [] };
  const path: Group[] = [];
  for (let g = target; g >= 0; g = groups[g].parent) path.unshift(groups[g]);
  if (path.some((g) => g.quantified))
    return {
      error: `the group "${spanOf}" (or a group around it) repeats, so the linear-time engine cannot tell which repetition to replace`,
    };
  const inserts: { at: number; text: string }[] = [];
  const prefixes: string[] = [];
  for (const g of path) {
    if (g.open === g.branchStart) continue;
    const name = `${AT_PREFIX}${prefixes.length}`;
    prefixes.push(name);
    inserts.push({ at: g.branchStart, text: `(?P<${name}>` }, { at: g.open, text: ')' });
  }
  let source = out;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at))
    source = source.slice(0, at) + text + source.slice(at);
  return { source, prefixes };
}
