/**
 * The functions the expression compiler knows. A function that is not listed here is reported
 * as EXPR_UNKNOWN_FUNCTION (see README.md for those not yet implemented). Names are case-sensitive.
 */

import { appRoleAssignmentsComplexFunction } from './app-role-assignments-complex.js';
import { appendFunction } from './append.js';
import { assertiveAppRoleAssignmentsComplexFunction } from './assertive-app-role-assignments-complex.js';
import { bitAndFunction } from './bit-and.js';
import { cBoolFunction } from './c-bool.js';
import { cDateFunction } from './c-date.js';
import { cStrFunction } from './c-str.js';
import { coalesceFunction } from './coalesce.js';
import { convertToBase64Function } from './convert-to-base64.js';
import { convertToUtf8HexFunction } from './convert-to-utf8-hex.js';
import { countFunction } from './count.js';
import { dateAddFunction } from './date-add.js';
import { dateDiffFunction } from './date-diff.js';
import { dateFromNumFunction } from './date-from-num.js';
import { formatDateTimeFunction } from './format-date-time.js';
import { guidFunction } from './guid.js';
import { ignoreFlowIfNullOrEmptyFunction } from './ignore-flow-if-null-or-empty.js';
import { iifFunction } from './iif.js';
import { inStrFunction } from './in-str.js';
import { isNullFunction } from './is-null.js';
import { isNullOrEmptyFunction } from './is-null-or-empty.js';
import { isPresentFunction } from './is-present.js';
import { isStringFunction } from './is-string.js';
import { itemFunction } from './item.js';
import { joinFunction } from './join.js';
import { leftFunction } from './left.js';
import { midFunction } from './mid.js';
import { normalizeDiacriticsFunction } from './normalize-diacritics.js';
import { notFunction } from './not.js';
import { nowFunction } from './now.js';
import { numFromDateFunction } from './num-from-date.js';
import { pCaseFunction } from './p-case.js';
import { randomStringFunction } from './random-string.js';
import { redactFunction } from './redact.js';
import { removeDuplicatesFunction } from './remove-duplicates.js';
import { replaceFunction } from './replace.js';
import { selectUniqueValueFunction } from './select-unique-value.js';
import { singleAppRoleAssignmentFunction } from './single-app-role-assignment.js';
import { splitFunction } from './split.js';
import { stripSpacesFunction } from './strip-spaces.js';
import { switchFunction } from './switch.js';
import { toLowerFunction } from './to-lower.js';
import { toUpperFunction } from './to-upper.js';
import { trimFunction } from './trim.js';
import type { ExprFunction } from './types.js';
import { wordFunction } from './word.js';

const ALL: readonly ExprFunction[] = [
  appendFunction,
  appRoleAssignmentsComplexFunction,
  assertiveAppRoleAssignmentsComplexFunction,
  bitAndFunction,
  cBoolFunction,
  cDateFunction,
  coalesceFunction,
  convertToBase64Function,
  convertToUtf8HexFunction,
  countFunction,
  cStrFunction,
  dateAddFunction,
  dateDiffFunction,
  dateFromNumFunction,
  formatDateTimeFunction,
  guidFunction,
  ignoreFlowIfNullOrEmptyFunction,
  iifFunction,
  inStrFunction,
  isNullFunction,
  isNullOrEmptyFunction,
  isPresentFunction,
  isStringFunction,
  itemFunction,
  joinFunction,
  leftFunction,
  midFunction,
  normalizeDiacriticsFunction,
  notFunction,
  nowFunction,
  numFromDateFunction,
  pCaseFunction,
  randomStringFunction,
  redactFunction,
  removeDuplicatesFunction,
  replaceFunction,
  selectUniqueValueFunction,
  singleAppRoleAssignmentFunction,
  splitFunction,
  stripSpacesFunction,
  switchFunction,
  toLowerFunction,
  toUpperFunction,
  trimFunction,
  wordFunction,
];

const BY_NAME: ReadonlyMap<string, ExprFunction> = new Map(ALL.map((f) => [f.name, f]));

/** The function registered under exactly `name` (case-sensitive). */
export function lookupExpressionFunction(name: string): ExprFunction | undefined {
  return BY_NAME.get(name);
}

/** Names of every implemented function, sorted. */
export function expressionFunctionNames(): string[] {
  return [...BY_NAME.keys()].sort();
}
