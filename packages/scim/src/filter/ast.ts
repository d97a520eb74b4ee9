/**
 * AST of the SCIM filter grammar (RFC 7644 §3.4.2.2) and of PATCH paths (§3.5.2).
 * Attribute names are kept as written; resolution against a schema (case-insensitive names,
 * URN prefixes, caseExact) happens in the evaluator and in the server's SQL compiler.
 */

/** `urn:...:User:name.givenName` -> { uri: 'urn:...:User', attr: 'name', sub: 'givenName' } */
export interface AttrPath {
  /** Schema URN when the path was qualified, e.g. `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`. */
  uri?: string;
  attr: string;
  sub?: string;
}

export type CompareOp = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterValue = string | number | boolean | null;

/** Source span of a node (offsets into the filter string) for error messages. */
export interface Span {
  start: number;
  end: number;
}

export interface CompareNode {
  kind: 'compare';
  path: AttrPath;
  op: CompareOp;
  value: FilterValue;
}

export interface PresentNode {
  kind: 'present';
  path: AttrPath;
}

export interface LogicalNode {
  kind: 'and' | 'or';
  left: FilterNode;
  right: FilterNode;
}

export interface NotNode {
  kind: 'not';
  filter: FilterNode;
}

/**
 * `emails[type eq "work" and value co "@x"]`: true when some element of the multi-valued
 * attribute `path` matches `filter`. Paths inside `filter` are relative to the element
 * (their `attr` is the sub-attribute name, `sub` is unset).
 * Entra's non-RFC `emails[type eq "work"].value eq "x"` parses to a ValuePathNode whose
 * filter is `type eq "work" and value eq "x"`.
 */
export interface ValuePathNode {
  kind: 'valuePath';
  path: AttrPath;
  filter: FilterNode;
}

export type FilterNode = CompareNode | PresentNode | LogicalNode | NotNode | ValuePathNode;

/** A PATCH path: `attrPath`, `attrPath[valFilter]`, or `attrPath[valFilter].subAttr`. */
export interface PatchPath {
  path: AttrPath;
  /** Filter on elements of the multi-valued attribute, relative paths. */
  filter?: FilterNode;
  /** Sub-attribute after the filter (`emails[type eq "work"].value` -> 'value'). */
  subAfterFilter?: string;
}
