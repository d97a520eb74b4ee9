export type * from './ast.js';
export { walkExpression } from './ast.js';
export type { CompiledExpression } from './compile.js';
export { compileExpression, MAX_EXPRESSION_LENGTH } from './compile.js';
export type { Diagnostic, DiagnosticCode, DiagnosticSeverity } from './diagnostics.js';
export type { EvaluationResult, ExpressionContext, ExprFunction } from './evaluate.js';
export { defaultExpressionContext, evaluateExpression, previewExpression } from './evaluate.js';
export { expressionFunctionNames } from './functions/registry.js';
export type { ExprValue } from './values.js';
