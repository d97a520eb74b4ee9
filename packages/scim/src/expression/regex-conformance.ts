/**
 * One table of .NET-style patterns as Entra writes them (azure.md §3, Replace and scoping), run
 * on every regex engine: JavaScript's here (regex.test.ts) and the server's RE2
 * (packages/server/src/expression/re2-engine.test.ts), so both engines give the same answers.
 * Exported through `@scimdesk/scim/testing`.
 */
import type { ExprValue } from './values.js';

export interface RegexConformanceRow {
  expr: string;
  source: Record<string, unknown>;
  expected: ExprValue;
}

export const REGEX_CONFORMANCE: readonly RegexConformanceRow[] = [
  // Form 3 with an empty replacement and Microsoft's documented examples (the mobile one regex-correct: README "Doubts").
  {
    expr: 'Replace([mail], , "(?<suffix>@(.)*)", , "", , )',
    source: { mail: 'jsmith@contoso.com' },
    expected: 'jsmith',
  },
  {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a .NET substitution, not a template
    expr: 'Replace([telephoneNumber], , "\\\\+(?<isdCode>\\\\d* )(?<phoneNumber>\\\\d{10})", , "${phoneNumber}", , )',
    source: { telephoneNumber: '+91 9998887777' },
    expected: '9998887777',
  },
  {
    expr: 'Replace([mobile], , "[()\\\\s-]+", , "", , )',
    source: { mobile: '+1 (999) 888-7777' },
    expected: '+19998887777',
  },
  { expr: 'Replace([mailNickname], , "[a-zA-Z_]*", , "", , )', source: { mailNickname: 'john_doe72' }, expected: '72' },
  // Form 4: the named group's text in each match is replaced.
  {
    expr: 'Replace([AddressLineData], ,"(?<streetNumber>^\\\\d*)","streetNumber", "888", , )',
    source: { AddressLineData: '545 Tremont Street' },
    expected: '888 Tremont Street',
  },
  {
    expr: 'Replace([userPrincipalName], , "(?<Suffix>@(.)*)", "Suffix", "", , )',
    source: { userPrincipalName: 'jsmith@contoso.com' },
    expected: 'jsmith',
  },
  {
    expr: 'Replace([a], , "^(\\\\w+)\\\\.(?<last>\\\\w+)@", "last", "X", , )',
    source: { a: 'ann.lee@x.com' },
    expected: 'ann.X@x.com',
  },
  {
    expr: 'Replace([a], , "a|(?:@(?<host>[a-z]+)\\\\.)", "host", "Z", , )',
    source: { a: 'ba@b.c' },
    expected: 'ba@Z.c',
  },
  { expr: 'Replace([a], , "(?<d>\\\\d)", "d", "#", , )', source: { a: 'a1b2' }, expected: 'a#b#' },
  { expr: 'Replace([a], , "😀(?<n>\\\\d+)", "n", "#", , )', source: { a: 'é😀😀12 😀3' }, expected: 'é😀😀# 😀#' },
  // Form 5: the source when it has a value, else the group of the first match in another attribute.
  {
    expr: 'Replace([telephoneNumber], , "\\\\+(?<isdCode>\\\\d* )(?<phoneNumber>\\\\d{10})", "phoneNumber" , , [mobile], )',
    source: { telephoneNumber: '', mobile: '+91 8887779999' },
    expected: '8887779999',
  },
  // .NET details: a leading (?i), numbered groups and $$, text after an astral character.
  {
    expr: 'Replace([a], , "(?i)contoso", , "fabrikam", , )',
    source: { a: 'x@CONTOSO.com' },
    expected: 'x@fabrikam.com',
  },
  { expr: 'Replace([a], , "(\\\\w+)@(\\\\w+)", , "$2 at $1 $$", , )', source: { a: 'ann@x' }, expected: 'x at ann $' },
  { expr: 'Replace([a], , "b", , "x", , )', source: { a: 'é😀b😀b' }, expected: 'é😀x😀x' },
  {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a .NET substitution, not a template
    expr: 'Replace([a], , "(?<u>[^@]+)@", , "${u}-", , )',
    source: { a: 'ann@contoso.com' },
    expected: 'ann-contoso.com',
  },
];

/** Scoping's REGEX MATCH examples (azure.md §4.1): [pattern, value, matches]. */
export const SCOPING_REGEX_CONFORMANCE: readonly [string, string, boolean][] = [
  ['.*\\@contoso.com', 'ann@contoso.com', true],
  ['(1[0-9][0-9][0-9][0-9][0-9][0-9])', 'W1000001', true],
  ['^[0-9]+$', 'W1', false],
  ['ANN', 'ann', false],
  ['(?i)ANN', 'ann', true],
];
