/** Whether an expression's value must be hidden from provisioning logs and previews (Redact). */
import { walkExpression } from './ast.js';
import type { CompiledExpression } from './compile.js';
import { lookupExpressionFunction } from './functions/registry.js';

/**
 * True when the expression calls a function marked `redacts` (Redact), anywhere in it. An
 * expression that did not compile has no AST; its text is searched instead, erring towards hiding.
 */
export function expressionRedacts(compiled: CompiledExpression): boolean {
  if (compiled.ast === undefined) return /\bRedact\s*\(/.test(compiled.text);
  let found = false;
  walkExpression(compiled.ast, (node) => {
    if (node.kind === 'call' && lookupExpressionFunction(node.name)?.redacts) found = true;
  });
  return found;
}
