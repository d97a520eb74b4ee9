/**
 * The scoping operators the filter builder offers: exactly the engine's (`SCOPING_OPERATORS` of
 * @scimdesk/scim), each asked of the engine's own compiler whether it takes a value and whether the
 * value must be an integer, so the builder can never offer an operator, or a value box, the engine
 * would refuse.
 */
import { compileScopingFilter, SCOPING_OPERATORS, type ScopingOperator } from '@scimdesk/scim';

export interface OperatorInfo {
  name: ScopingOperator;
  /** False for IS TRUE, IS FALSE, IS NULL and IS NOT NULL. */
  takesValue: boolean;
  /** Value and attribute must both be integers (GREATER_THAN and its kin). */
  integer: boolean;
  /** The value is a regular expression. */
  regex: boolean;
  /** What it tests, in a sentence (azure.md §4.1). */
  description: string;
  /** An example value for the input's placeholder. */
  example: string;
}

const ABOUT: Record<ScopingOperator, [description: string, example: string]> = {
  EQUALS: ['is exactly this text (case-sensitive)', 'Sales'],
  'NOT EQUALS': ['is not this text (case-sensitive); false when empty', 'Contractor'],
  'IS TRUE': ['is true', ''],
  'IS FALSE': ['is false', ''],
  'IS NULL': ['is empty', ''],
  'IS NOT NULL': ['is not empty', ''],
  'REGEX MATCH': ['matches this regular expression (case-sensitive)', '.*@contoso\\.com$'],
  'NOT REGEX MATCH': ['does not match this regular expression; false when empty', '^adm-'],
  GREATER_THAN: ['is an integer greater than this one', '1000'],
  GREATER_THAN_OR_EQUALS: ['is an integer greater than or equal to this one', '1000'],
  LESS_THAN: ['is an integer less than this one', '1000'],
  LESS_THAN_OR_EQUALS: ['is an integer less than or equal to this one', '1000'],
  Includes: ['contains this text (case-sensitive)', 'Sales'],
  ENDS_WITH: ['ends with this text (case-sensitive)', '@contoso.com'],
  '&': ['appears in this text (a list, e.g. of departments)', 'Sales,Marketing,Support'],
  '!&': ['does not appear in this text', 'Temp,Intern'],
};

function codes(operator: ScopingOperator, value: string | null): string[] {
  return compileScopingFilter({ groups: [{ clauses: [{ attribute: 'a', operator, value }] }] }).diagnostics.map(
    (d) => d.code,
  );
}

export const SCOPE_OPERATORS: readonly OperatorInfo[] = SCOPING_OPERATORS.map((name) => {
  const integer = codes(name, 'not-an-integer').includes('SCOPE_INVALID_VALUE');
  return {
    name,
    takesValue: codes(name, null).includes('SCOPE_NO_VALUE'),
    integer,
    // An unbalanced parenthesis is refused only by the operators that compile their value as a pattern.
    regex: !integer && codes(name, '(').includes('SCOPE_INVALID_VALUE'),
    description: ABOUT[name][0],
    example: ABOUT[name][1],
  };
});

const BY_NAME = new Map<string, OperatorInfo>(SCOPE_OPERATORS.map((o) => [o.name, o]));

/** The operator of this name (as the app file writes it), or undefined for one the engine does not know. */
export const operatorInfo = (name: string): OperatorInfo | undefined => BY_NAME.get(name);

/** Whether a clause with this operator has a value (unknown operators keep theirs, so nothing typed is lost). */
export const takesValue = (name: string): boolean => operatorInfo(name)?.takesValue ?? true;
