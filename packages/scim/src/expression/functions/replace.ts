/**
 * Replace(source, oldValue, regexPattern, regexGroupName, replacementValue,
 * replacementAttributeName, template): case-sensitive replacement in five documented forms,
 * chosen by which arguments are written (not by their values):
 *   5. regexPattern + regexGroupName + replacementAttributeName: the source when it has a value,
 *      else the named group of the regex's first match in replacementAttributeName;
 *   4. regexPattern + regexGroupName + replacementValue: the named group's text in each match is replaced;
 *   3. regexPattern + replacementValue: regex replace (.NET substitutions such as `${name}`);
 *   2. oldValue + template: every oldValue in the template is replaced by the source;
 *   1. oldValue + replacementValue: every oldValue in the source is replaced.
 */

import { type CompiledRegex, isRegexError, jsRegexEngine } from '../regex.js';
import type { ExprValue } from '../values.js';
import { isNullOrEmpty, scalarText, singleText } from '../values.js';
import { allMatches, compileDotNetRegex, expandReplacement, MAX_REGEX_INPUT_LENGTH } from './dotnet-regex.js';
import { mapText, textArg } from './helpers.js';
import type { CallContext, ExprFunction } from './types.js';

const SOURCE = 0;
const OLD_VALUE = 1;
const PATTERN = 2;
const GROUP = 3;
const REPLACEMENT = 4;
const REPLACEMENT_ATTRIBUTE = 5;
const TEMPLATE = 6;

/** The pattern compiled on the context's engine (JavaScript's by default); null (and reported) when it cannot run. */
function regexArg(c: CallContext, spanOf?: string): CompiledRegex | null {
  const pattern = textArg(c, PATTERN);
  if (pattern === null) return null;
  const engine = c.ctx.regex ?? jsRegexEngine;
  const regex = compileDotNetRegex(pattern, engine, spanOf);
  if (isRegexError(regex)) {
    if (regex.unsupported)
      c.report('EXPR_UNSUPPORTED_REGEX', `Replace: ${engine.name} cannot run this pattern: ${regex.error}`, PATTERN);
    else c.report('EXPR_INVALID_REGEX', `Replace: invalid regular expression: ${regex.error}`, PATTERN);
    return null;
  }
  return regex;
}

/** False (and reported) when a value a regex would run on is longer than MAX_REGEX_INPUT_LENGTH. */
function fitsRegex(c: CallContext, value: ExprValue, argIndex: number): boolean {
  const texts = value === null ? [] : Array.isArray(value) ? value : [singleText(value)];
  const long = texts.find((t) => t.length > MAX_REGEX_INPUT_LENGTH);
  if (long === undefined) return true;
  c.report(
    'EXPR_REGEX_INPUT_TOO_LONG',
    `Replace: the value is ${long.length} characters long; regular expressions run on at most ${MAX_REGEX_INPUT_LENGTH}.`,
    argIndex,
  );
  return false;
}

function replaceGroup(input: string, regex: CompiledRegex, replacement: string): string {
  let out = '';
  let last = 0;
  for (const m of allMatches(regex, input)) {
    const span = m.span;
    if (span === undefined) continue;
    out += input.slice(last, span[0]) + expandReplacement(replacement, m, input);
    last = span[1];
  }
  return out + input.slice(last);
}

export const replaceFunction: ExprFunction = {
  name: 'Replace',
  minArgs: 7,
  maxArgs: 7,
  required: [SOURCE],
  call(c) {
    const has = (i: number) => !c.isMissing(i);
    if (has(PATTERN) && has(GROUP) && has(REPLACEMENT_ATTRIBUTE)) {
      const source = c.arg(SOURCE);
      if (!isNullOrEmpty(source)) return source;
      const regex = regexArg(c);
      const group = textArg(c, GROUP);
      const other = textArg(c, REPLACEMENT_ATTRIBUTE);
      if (regex === null || group === null || other === null || !fitsRegex(c, other, REPLACEMENT_ATTRIBUTE))
        return null;
      return regex.exec(other, 0)?.named[group] ?? null;
    }
    if (has(PATTERN) && has(REPLACEMENT)) {
      const group = has(GROUP) ? textArg(c, GROUP) : undefined;
      if (group === null) return null;
      const regex = regexArg(c, group);
      const replacement = scalarText(c.arg(REPLACEMENT)).text ?? '';
      if (regex === null) return null;
      const source = c.arg(SOURCE);
      if (!fitsRegex(c, source, SOURCE)) return null;
      if (group !== undefined) return mapText(source, (s) => replaceGroup(s, regex, replacement));
      return mapText(source, (s) =>
        allMatches(regex, s).reduceRight(
          (acc, m) =>
            acc.slice(0, m.index) +
            expandReplacement(replacement, m, s) +
            acc.slice(m.index + (m.groups[0] ?? '').length),
          s,
        ),
      );
    }
    if (has(OLD_VALUE) && has(TEMPLATE)) {
      const source = textArg(c, SOURCE);
      const oldValue = textArg(c, OLD_VALUE);
      const template = textArg(c, TEMPLATE);
      if (source === null || template === null) return null;
      return oldValue ? template.split(oldValue).join(source) : template;
    }
    if (has(OLD_VALUE) && has(REPLACEMENT)) {
      const oldValue = textArg(c, OLD_VALUE);
      const replacement = scalarText(c.arg(REPLACEMENT)).text ?? '';
      return mapText(c.arg(SOURCE), (s) => (oldValue ? s.split(oldValue).join(replacement) : s));
    }
    c.report(
      'EXPR_INVALID_ARGUMENT',
      'Replace: give oldValue with replacementValue or template, or regexPattern with replacementValue or regexGroupName and replacementAttributeName.',
    );
    return null;
  },
};
