import { defaultExpressionContext, type ExpressionContext, type RegexEngine } from '@scimdesk/scim';
import { re2Engine } from './re2-engine.js';

/**
 * The evaluation context for every expression the server runs (previews today, the provisioning
 * engine's cycles next): the real clock and randomness, and RE2 for regexes, so that no
 * admin-written pattern can block the process. `overrides` replaces parts (a fixed `now`, `isUnique`).
 */
export function serverExpressionContext(overrides: Partial<ExpressionContext> = {}): ExpressionContext {
  return { ...defaultExpressionContext, regex: re2Engine, ...overrides };
}

/** The options for `compileScopingFilter`: REGEX MATCH on RE2 too. */
export const serverScopingOptions: { regex: RegexEngine } = { regex: re2Engine };
