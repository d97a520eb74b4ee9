import { ScimError } from '../errors.js';
import { textProblem } from '../text/strings.js';

/**
 * Deepest nesting of arrays and objects accepted in a request body. The deepest SCIM body is a
 * Bulk request holding a user with an extension and a multi-valued attribute (about 6 levels);
 * the pure code (normalize, PATCH, clone, diff) recurses on values, so bodies deeper than this are
 * refused once, right after parsing, with 400 before any of it runs.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Checks a parsed JSON value without recursion: nesting at most `maxDepth` levels (`{}` is 1, a
 * scalar 0), and member names that are text (no U+0000, no lone surrogate: no attribute has such
 * a name, and PostgreSQL cannot store one in an event's warnings). Throws ScimError 400
 * invalidSyntax naming the limit or the name.
 */
export function assertJsonShape(value: unknown, maxDepth: number = MAX_JSON_DEPTH): void {
  if (typeof value !== 'object' || value === null) return;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (depth > maxDepth) {
      throw new ScimError(400, 'invalidSyntax', `The JSON body is nested more than ${maxDepth} levels deep`);
    }
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push([x, depth + 1]);
      continue;
    }
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const bad = textProblem(k);
      if (bad) throw new ScimError(400, 'invalidSyntax', `A member name of the JSON body ${bad}`);
      if (typeof x === 'object' && x !== null) stack.push([x, depth + 1]);
    }
  }
}
