/**
 * AST of the Entra ID (Azure AD) attribute-mapping expression language (reference §3.1).
 * Every node carries the span of source text it was parsed from.
 */

/** A half-open range `[start, end)` of character offsets into the expression text. */
export interface ExprSpan {
  start: number;
  end: number;
}

export type ExprCompareOp = '=' | '<>' | '>' | '>=' | '<' | '<=';

/** The two VB comparison enums accepted as bare identifiers (`InStr(..., vbTextCompare)`). */
export type ExprIdentifierName = 'vbBinaryCompare' | 'vbTextCompare';

export interface ExprAttributeNode {
  kind: 'attribute';
  /** Attribute name as written between the brackets (case-sensitive). */
  name: string;
  span: ExprSpan;
}

export interface ExprStringNode {
  kind: 'string';
  /** The literal's value with escapes resolved. */
  value: string;
  span: ExprSpan;
}

export interface ExprNumberNode {
  kind: 'number';
  value: number;
  /** Whether the literal was written in `&H` hexadecimal. */
  hex: boolean;
  span: ExprSpan;
}

export interface ExprIdentifierNode {
  kind: 'identifier';
  name: string;
  span: ExprSpan;
}

export interface ExprCallNode {
  kind: 'call';
  name: string;
  nameSpan: ExprSpan;
  args: ExprNode[];
  span: ExprSpan;
}

export interface ExprCompareNode {
  kind: 'compare';
  op: ExprCompareOp;
  left: ExprNode;
  right: ExprNode;
  span: ExprSpan;
}

/** An omitted positional argument (`Replace([x], , "re", , "", , )`), or a placeholder after a syntax error. */
export interface ExprMissingNode {
  kind: 'missing';
  span: ExprSpan;
}

export type ExprNode =
  | ExprAttributeNode
  | ExprStringNode
  | ExprNumberNode
  | ExprIdentifierNode
  | ExprCallNode
  | ExprCompareNode
  | ExprMissingNode;

/** Calls `visit` on `node` and every node below it, parents first. */
export function walkExpression(node: ExprNode, visit: (node: ExprNode) => void): void {
  const stack: ExprNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    visit(current);
    if (current.kind === 'call') {
      for (let i = current.args.length - 1; i >= 0; i--) stack.push(current.args[i]);
    } else if (current.kind === 'compare') {
      stack.push(current.right, current.left);
    }
  }
}
