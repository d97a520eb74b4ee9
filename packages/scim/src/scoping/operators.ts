/**
 * Azure's scoping operators. Every operator except IS NULL is false on a null or empty value:
 * NOT EQUALS and NOT REGEX MATCH included (azure.md §4.1). Comparisons are case-sensitive.
 */
import { compileDotNetRegex } from '../expression/functions/dotnet-regex.js';
import { isRegexError, jsRegexEngine, type RegexEngine } from '../expression/regex.js';

export type ScopingOperator =
  | 'EQUALS'
  | 'NOT EQUALS'
  | 'IS TRUE'
  | 'IS FALSE'
  | 'IS NULL'
  | 'IS NOT NULL'
  | 'REGEX MATCH'
  | 'NOT REGEX MATCH'
  | 'GREATER_THAN'
  | 'GREATER_THAN_OR_EQUALS'
  | 'LESS_THAN'
  | 'LESS_THAN_OR_EQUALS'
  | 'Includes'
  | 'ENDS_WITH'
  | '&'
  | '!&';

export const SCOPING_OPERATORS: readonly ScopingOperator[] = [
  'EQUALS',
  'NOT EQUALS',
  'IS TRUE',
  'IS FALSE',
  'IS NULL',
  'IS NOT NULL',
  'REGEX MATCH',
  'NOT REGEX MATCH',
  'GREATER_THAN',
  'GREATER_THAN_OR_EQUALS',
  'LESS_THAN',
  'LESS_THAN_OR_EQUALS',
  'Includes',
  'ENDS_WITH',
  '&',
  '!&',
];

const key = (name: string) =>
  name
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, '_');
const BY_KEY = new Map<string, ScopingOperator>(SCOPING_OPERATORS.map((op) => [key(op), op]));
BY_KEY.set('INCLUDES', 'Includes');

/** The canonical operator for a name written in any letter case, with spaces or underscores. */
export function scopingOperator(name: string): ScopingOperator | undefined {
  return BY_KEY.get(key(name));
}

/** Operators that take no value. */
export const UNARY: ReadonlySet<ScopingOperator> = new Set(['IS TRUE', 'IS FALSE', 'IS NULL', 'IS NOT NULL']);
/** Operators whose value and attribute must both be integers. */
export const NUMERIC: ReadonlySet<ScopingOperator> = new Set([
  'GREATER_THAN',
  'GREATER_THAN_OR_EQUALS',
  'LESS_THAN',
  'LESS_THAN_OR_EQUALS',
]);

export type Verdict = { passed: boolean; reason?: string };

const INTEGER = /^[+-]?\d+$/;

/** Tests a non-empty text value (the null/empty rule is applied by the caller). */
export type ClauseTest = (actual: string) => Verdict;

/** Builds the test for a clause, or returns an error message for a bad value. Regexes run on `regex`. */
export function clauseTest(
  op: ScopingOperator,
  value: string,
  regex: RegexEngine = jsRegexEngine,
): ClauseTest | string {
  const pass = (passed: boolean): Verdict => ({ passed });
  switch (op) {
    case 'EQUALS':
      return (a) => pass(a === value);
    case 'NOT EQUALS':
      return (a) => pass(a !== value);
    case 'Includes':
      return (a) => pass(a.includes(value));
    case 'ENDS_WITH':
      return (a) => pass(a.endsWith(value));
    case '&':
      return (a) => pass(value.includes(a));
    case '!&':
      return (a) => pass(!value.includes(a));
    case 'IS TRUE':
      return (a) => pass(a.toLowerCase() === 'true');
    case 'IS FALSE':
      return (a) => pass(a.toLowerCase() === 'false');
    case 'IS NULL':
      return () => pass(false);
    case 'IS NOT NULL':
      return () => pass(true);
    case 'REGEX MATCH':
    case 'NOT REGEX MATCH': {
      const re = compileDotNetRegex(value, regex);
      if (isRegexError(re))
        return re.unsupported
          ? `${regex.name} cannot run this regular expression: ${re.error}`
          : `Invalid regular expression: ${re.error}`;
      const want = op === 'REGEX MATCH';
      return (a) => pass(re.test(a) === want);
    }
    default: {
      if (!INTEGER.test(value.trim())) return `${op} needs an integer value, got "${value}".`;
      const b = Number(value.trim());
      return (a) => {
        if (!INTEGER.test(a.trim())) return { passed: false, reason: `"${a}" is not an integer` };
        const n = Number(a.trim());
        const ok =
          op === 'GREATER_THAN'
            ? n > b
            : op === 'GREATER_THAN_OR_EQUALS'
              ? n >= b
              : op === 'LESS_THAN'
                ? n < b
                : n <= b;
        return pass(ok);
      };
    }
  }
}
