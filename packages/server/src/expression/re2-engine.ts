import { createRequire } from 'node:module';
import type { CompiledRegex, RegexCompileError, RegexEngine, RegexMatch, RegexOptions } from '@scimdesk/scim';
import type { WrappedRE2Constructor, WrappedRE2Interface } from 're2-wasm/build/wasm/re2.js';
import { AT_PREFIX, re2Pattern } from './re2-pattern.js';

/**
 * Admin-written regular expressions on RE2 (re2-wasm 1.0.2: Google's RE2 compiled to WebAssembly,
 * no native build), which matches in time linear in the input: no pattern can stall the process,
 * as `(a+)+b` does on JavaScript's backtracking engine. The price: no lookaround, backreferences,
 * atomic groups or possessive quantifiers (a clear "unsupported" error instead).
 *
 * The package's RE2 class is not used: it never frees its WebAssembly objects (a leak per compiled
 * pattern) and counts offsets in code points. The wrapped matcher is used directly, compiled
 * patterns are cached (most mappings reuse a handful) and freed once unreachable.
 */
// re2-wasm is CommonJS built by emscripten: its exports are assigned at run time, invisible to ESM named imports.
const { WrappedRE2 } = createRequire(import.meta.url)('re2-wasm/build/wasm/re2.js') as {
  WrappedRE2: new (...args: ConstructorParameters<WrappedRE2Constructor>) => Wrapped;
};
/** Every embind object has delete() (its typings leave it out): it frees the WebAssembly memory. */
type Wrapped = WrappedRE2Interface & { delete(): void };

const CACHE_SIZE = 500;
const cache = new Map<string, CompiledRegex | RegexCompileError>();
const finalizer = new FinalizationRegistry<Wrapped>((wrapper) => wrapper.delete());

/** Lone surrogates become U+FFFD (same length), so UTF-8 conversion keeps every offset. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SURROGATE = /[\uD800-\uDFFF]/;

/** RE2 counts code points; JavaScript strings count UTF-16 units. Identity unless the input has astral characters. */
function offsets(input: string): { toUnit(cp: number): number; toCp(unit: number): number } {
  if (!SURROGATE.test(input)) return { toUnit: (cp) => cp, toCp: (unit) => unit };
  const units: number[] = [];
  for (let u = 0; u < input.length; u += input.codePointAt(u)! > 0xffff ? 2 : 1) units.push(u);
  units.push(input.length);
  return {
    toUnit: (cp) => units[cp] ?? input.length,
    toCp: (unit) => {
      let lo = 0;
      let hi = units.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (units[mid] < unit) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

/** Valid .NET that RE2 cannot run: what a backtracking engine accepts, and atomic groups or possessive quantifiers. */
function unsupported(pattern: string): boolean {
  if (/\(\?>|[*+?}]\+/.test(pattern)) return true;
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

function compile(pattern: string, { ignoreCase, spanOf }: RegexOptions): CompiledRegex | RegexCompileError {
  const rewritten = re2Pattern(pattern, spanOf);
  if ('error' in rewritten) return { error: rewritten.error, unsupported: true };
  const wrapper = new WrappedRE2(rewritten.source, ignoreCase, false, false);
  if (!wrapper.ok()) {
    const error = wrapper.error();
    wrapper.delete();
    return unsupported(pattern)
      ? {
          error: `${error} (lookaround, backreferences, atomic groups and possessive quantifiers are not supported)`,
          unsupported: true,
        }
      : { error };
  }
  // Group numbers of the rewritten pattern: the inserted `__at` captures are not the admin's.
  const names = wrapper.capturingGroupNames();
  const nameOf = new Map<number, string>();
  const keys = names.keys();
  for (let k = 0; k < keys.size(); k++) nameOf.set(keys.get(k), names.get(keys.get(k)));
  const prefixGroups = rewritten.prefixes.map((p) => [...nameOf].find(([, n]) => n === p)?.[0] ?? -1);
  const spanGroup = spanOf === undefined ? -1 : ([...nameOf].find(([, n]) => n === spanOf)?.[0] ?? -1);

  const compiled: CompiledRegex = {
    exec(raw, from) {
      const input = SURROGATE.test(raw) ? raw.replace(LONE_SURROGATE, '\uFFFD') : raw;
      const at = offsets(input);
      const m = wrapper.match(input, at.toCp(from), true);
      if (m.index < 0) return null;
      const index = at.toUnit(m.index);
      const groups: (string | undefined)[] = [m.match];
      const named: Record<string, string | undefined> = {};
      m.groups.forEach((text, i) => {
        const name = nameOf.get(i + 1);
        if (name?.startsWith(AT_PREFIX)) return;
        groups.push(text);
        if (name !== undefined) named[name] = text;
      });
      const match: RegexMatch = { index, groups, named };
      const target = spanGroup > 0 ? m.groups[spanGroup - 1] : undefined;
      if (target !== undefined) {
        const start = prefixGroups.reduce((sum, g) => sum + (m.groups[g - 1] ?? '').length, index);
        match.span = [start, start + target.length];
      }
      return match;
    },
    test(raw) {
      const input = SURROGATE.test(raw) ? raw.replace(LONE_SURROGATE, '\uFFFD') : raw;
      return wrapper.match(input, 0, false).index >= 0;
    },
  };
  finalizer.register(compiled, wrapper);
  return compiled;
}

/** The linear-time engine the server injects wherever it evaluates expressions or scoping filters. */
export const re2Engine: RegexEngine = {
  name: 'RE2',
  compile(pattern, options) {
    const key = `${options.ignoreCase ? 'i' : '-'}${options.spanOf ?? ''}\u0000${pattern}`;
    let hit = cache.get(key);
    if (hit) {
      cache.delete(key); // re-inserted: the Map's order is the recency order
    } else {
      hit = compile(pattern, options);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    cache.set(key, hit);
    return hit;
  },
};
