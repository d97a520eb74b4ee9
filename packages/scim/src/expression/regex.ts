/**
 * The regular-expression engine that admin-written patterns run on: Replace's regexPattern and the
 * scoping operators REGEX MATCH / NOT REGEX MATCH. Injected through `ExpressionContext.regex` (and
 * `compileScopingFilter`'s options) so this package stays pure: the default is JavaScript's own
 * engine, which the browser has and which backtracks (a pattern such as `(a+)+b` can run for
 * minutes); the server injects a linear-time engine (RE2) wherever it evaluates.
 *
 * Patterns are .NET syntax; `compileDotNetRegex` (functions/dotnet-regex.ts) strips a leading
 * `(?i)` into `ignoreCase` before an engine sees them. Offsets are UTF-16 code units, as in
 * JavaScript strings, whatever the engine counts internally.
 */

export interface RegexMatch {
  /** UTF-16 offset of the match in the input. */
  index: number;
  /** `groups[0]` is the whole match, `groups[n]` the n-th capturing group (undefined when it took no part). */
  groups: readonly (string | undefined)[];
  /** Every named group of the pattern (undefined when it took no part). */
  named: Readonly<Record<string, string | undefined>>;
  /** `[start, end)` of the group named by `RegexOptions.spanOf`, when it took part. */
  span?: readonly [number, number];
}

export interface CompiledRegex {
  /** The first match that starts at or after UTF-16 offset `from`, or null. */
  exec(input: string, from: number): RegexMatch | null;
  /** Whether the pattern matches anywhere in `input`. */
  test(input: string): boolean;
}

export interface RegexOptions {
  ignoreCase: boolean;
  /** The named group whose offsets each match must carry (Replace's regexGroupName form). */
  spanOf?: string;
}

/** Why a pattern did not compile; `unsupported` when it is valid .NET the engine cannot run (lookaround, backreferences). */
export interface RegexCompileError {
  error: string;
  unsupported?: boolean;
}

export interface RegexEngine {
  /** Shown in diagnostics, e.g. "RE2". */
  readonly name: string;
  compile(pattern: string, options: RegexOptions): CompiledRegex | RegexCompileError;
}

export const isRegexError = (r: CompiledRegex | RegexCompileError): r is RegexCompileError => 'error' in r;

/** JavaScript's backtracking engine (with the `d` flag for group offsets): the default, for the browser and tests. */
export const jsRegexEngine: RegexEngine = {
  name: 'JavaScript',
  compile(pattern, { ignoreCase, spanOf }) {
    let re: RegExp;
    try {
      re = new RegExp(pattern, ignoreCase ? 'gdi' : 'gd');
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
    return {
      exec(input, from) {
        re.lastIndex = from;
        const m = re.exec(input);
        re.lastIndex = 0;
        if (m === null) return null;
        const span = spanOf === undefined ? undefined : m.indices?.groups?.[spanOf];
        return { index: m.index, groups: [...m], named: { ...m.groups }, ...(span ? { span } : {}) };
      },
      test(input) {
        re.lastIndex = 0;
        const hit = re.test(input);
        re.lastIndex = 0;
        return hit;
      },
    };
  },
};
