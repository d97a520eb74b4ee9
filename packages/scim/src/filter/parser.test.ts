import { describe, expect, it } from 'vitest';
import { scimErrorOf } from '../testing.js';
import type { AttrPath, FilterNode, FilterValue } from './ast.js';
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH, parseFilter, parsePatchPath } from './parser.js';
import { formatFilter, formatPatchPath } from './walk.js';

const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const EGN = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';
const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';

const p = (attr: string, sub?: string, uri?: string): AttrPath => ({
  attr,
  ...(uri ? { uri } : {}),
  ...(sub ? { sub } : {}),
});
const eq = (path: AttrPath, value: FilterValue): FilterNode => ({ kind: 'compare', path, op: 'eq', value });
const pr = (path: AttrPath): FilterNode => ({ kind: 'present', path });
const and = (left: FilterNode, right: FilterNode): FilterNode => ({ kind: 'and', left, right });
const or = (left: FilterNode, right: FilterNode): FilterNode => ({ kind: 'or', left, right });
const not = (filter: FilterNode): FilterNode => ({ kind: 'not', filter });
const vp = (path: AttrPath, filter: FilterNode): FilterNode => ({ kind: 'valuePath', path, filter });

const errorOf = scimErrorOf;

describe('parseFilter: Entra ID fixtures', () => {
  it('Test Connection probe', () => {
    expect(parseFilter('userName eq "cf4d78e8-cc4f-4d5d-b8b9-183561c0104a"')).toEqual(
      eq(p('userName'), 'cf4d78e8-cc4f-4d5d-b8b9-183561c0104a'),
    );
  });

  it('externalId matching, quoted and (doc example) unquoted', () => {
    expect(parseFilter('externalId eq "4045ea11-f2b1-4e8a-9c1d-0a1b2c3d4e5f"')).toEqual(
      eq(p('externalId'), '4045ea11-f2b1-4e8a-9c1d-0a1b2c3d4e5f'),
    );
    expect(parseFilter('externalId eq jyoung')).toEqual(eq(p('externalId'), 'jyoung'));
    expect(parseFilter('externalId eq jyoung@contoso.com')).toEqual(eq(p('externalId'), 'jyoung@contoso.com'));
  });

  it('group displayName with spaces', () => {
    expect(parseFilter('displayName eq "Group One"')).toEqual(eq(p('displayName'), 'Group One'));
  });

  it('emails[type eq "work"].value eq "..." becomes one value path', () => {
    expect(parseFilter('emails[type eq "work"].value eq "user@contoso.com"')).toEqual(
      vp(p('emails'), and(eq(p('type'), 'work'), eq(p('value'), 'user@contoso.com'))),
    );
    expect(parseFilter('emails[type eq "work"].value pr')).toEqual(
      vp(p('emails'), and(eq(p('type'), 'work'), pr(p('value')))),
    );
  });

  it('manager reference check', () => {
    expect(parseFilter('ID eq "a1" and manager eq "m2"')).toEqual(and(eq(p('ID'), 'a1'), eq(p('manager'), 'm2')));
  });

  it('URN-qualified attributes', () => {
    expect(parseFilter(`${ENT}:department eq "Retail"`)).toEqual(eq(p('department', undefined, ENT), 'Retail'));
    expect(parseFilter(`${ENT}:manager.value eq "m"`)).toEqual(eq(p('manager', 'value', ENT), 'm'));
    expect(parseFilter(`${EGN}:authType eq "sso"`)).toEqual(eq(p('authType', undefined, EGN), 'sso'));
    expect(parseFilter(`${CORE}:name.givenName sw "B"`)).toEqual({
      kind: 'compare',
      path: p('name', 'givenName', CORE),
      op: 'sw',
      value: 'B',
    });
    expect(parseFilter(`${CORE}:emails[type eq "work"]`)).toEqual(
      vp(p('emails', undefined, CORE), eq(p('type'), 'work')),
    );
  });

  it('capitalised operators and keywords', () => {
    expect(parseFilter('userName EQ "x" AND active Eq True OR title PR')).toEqual(
      or(and(eq(p('userName'), 'x'), eq(p('active'), true)), pr(p('title'))),
    );
    expect(parseFilter('NOT (userName Sw "a")')).toEqual(
      not({ kind: 'compare', path: p('userName'), op: 'sw', value: 'a' }),
    );
  });
});

describe('parseFilter: grammar', () => {
  it.each(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'] as const)('operator %s', (op) => {
    expect(parseFilter(`title ${op} "x"`)).toEqual({ kind: 'compare', path: p('title'), op, value: 'x' });
  });

  it('value literals', () => {
    const value = (text: string) => (parseFilter(`a eq ${text}`) as { value: FilterValue }).value;
    expect(value('"s"')).toBe('s');
    expect(value('""')).toBe('');
    expect(value('12')).toBe(12);
    expect(value('-1.5e2')).toBe(-150);
    expect(value('true')).toBe(true);
    expect(value('FALSE')).toBe(false);
    expect(value('null')).toBeNull();
    expect(value('"a \\"quoted\\" \\u00e9"')).toBe('a "quoted" é');
    expect(value('bare-word')).toBe('bare-word');
  });

  it('present, sub-attributes and $ref', () => {
    expect(parseFilter('name.givenName pr')).toEqual(pr(p('name', 'givenName')));
    expect(parseFilter('members.$ref pr')).toEqual(pr(p('members', '$ref')));
    expect(parseFilter('meta.lastModified gt "2011-05-13T04:42:34Z"')).toEqual({
      kind: 'compare',
      path: p('meta', 'lastModified'),
      op: 'gt',
      value: '2011-05-13T04:42:34Z',
    });
  });

  it('and binds tighter than or', () => {
    expect(parseFilter('a eq 1 or b eq 2 and c eq 3')).toEqual(or(eq(p('a'), 1), and(eq(p('b'), 2), eq(p('c'), 3))));
    expect(parseFilter('a eq 1 and b eq 2 or c eq 3')).toEqual(or(and(eq(p('a'), 1), eq(p('b'), 2)), eq(p('c'), 3)));
  });

  it('and/or are left-associative', () => {
    expect(parseFilter('a pr and b pr and c pr')).toEqual(and(and(pr(p('a')), pr(p('b'))), pr(p('c'))));
    expect(parseFilter('a pr or b pr or c pr')).toEqual(or(or(pr(p('a')), pr(p('b'))), pr(p('c'))));
  });

  it('parentheses override precedence', () => {
    expect(parseFilter('(a eq 1 or b eq 2) and c eq 3')).toEqual(and(or(eq(p('a'), 1), eq(p('b'), 2)), eq(p('c'), 3)));
    expect(parseFilter('((a pr))')).toEqual(pr(p('a')));
  });

  it('not applies to a group', () => {
    expect(parseFilter('not (a pr) and b pr')).toEqual(and(not(pr(p('a'))), pr(p('b'))));
    expect(parseFilter('not(not (a pr or b pr))')).toEqual(not(not(or(pr(p('a')), pr(p('b'))))));
  });

  it('value paths with nested logic', () => {
    expect(parseFilter('emails[type eq "work" and value co "@x"]')).toEqual(
      vp(p('emails'), and(eq(p('type'), 'work'), { kind: 'compare', path: p('value'), op: 'co', value: '@x' })),
    );
    expect(parseFilter('emails[(type eq "work" or type eq "home") and not (primary eq true)]')).toEqual(
      vp(p('emails'), and(or(eq(p('type'), 'work'), eq(p('type'), 'home')), not(eq(p('primary'), true)))),
    );
    expect(parseFilter('userType eq "Employee" and (emails[type eq "work"] or ims pr)')).toEqual(
      and(eq(p('userType'), 'Employee'), or(vp(p('emails'), eq(p('type'), 'work')), pr(p('ims')))),
    );
    expect(parseFilter('emails[type eq "work" or type eq "home"].value eq "x"')).toEqual(
      vp(p('emails'), and(or(eq(p('type'), 'work'), eq(p('type'), 'home')), eq(p('value'), 'x'))),
    );
  });

  it('accepts nesting up to the maximum depth', () => {
    const deep = `${'('.repeat(MAX_FILTER_DEPTH)}a pr${')'.repeat(MAX_FILTER_DEPTH)}`;
    expect(parseFilter(deep)).toEqual(pr(p('a')));
  });

  it('round-trips through formatFilter', () => {
    const texts = [
      'a eq 1 or b eq 2 and c eq 3',
      '(a eq 1 or b eq 2) and c eq 3',
      'a pr and (b pr and c pr)',
      'not (emails[type eq "work" and value ew "@x.com"]) or userName eq "a\\"b"',
      'emails[type eq "work"].value eq "user@contoso.com"',
      `${ENT}:manager.value eq null`,
    ];
    for (const text of texts) {
      const ast = parseFilter(text);
      expect(parseFilter(formatFilter(ast))).toEqual(ast);
    }
    expect(formatFilter(parseFilter('emails[type eq "work"].value eq "x"'))).toBe(
      'emails[type eq "work" and value eq "x"]',
    );
  });
});

describe('parseFilter: errors', () => {
  it.each([
    ['', 'Filter is empty'],
    ['   ', 'Filter is empty'],
    ['userName', 'Expected a comparison operator after "userName" at offset 8 (found end of filter)'],
    ['userName xx "a"', 'Expected a comparison operator after "userName" at offset 9 (found "xx")'],
    ['userName "a"', 'Expected a comparison operator after "userName" at offset 9'],
    ['userName eq', 'Expected a value after "eq" at offset 11 (found end of filter)'],
    ['userName eq )', 'Expected a value after "eq" at offset 12 (found ")")'],
    ['userName eq and', 'Expected a value after "eq"'],
    ['userName eq "abc', 'Unterminated string starting at offset 12'],
    ['userName eq "a" foo', 'Unexpected "foo" at offset 16; expected "and", "or" or end of filter'],
    ['userName eq "a" )', 'Unexpected ")" at offset 16'],
    ['userName eq "a" and', 'Expected an attribute path, "(" or "not" at offset 19 (found end of filter)'],
    ['or a pr', 'Expected an attribute path, "(" or "not" at offset 0 (found "or")'],
    ['a pr and or b pr', 'Expected an attribute path'],
    ['eq "x"', 'Expected an attribute path'],
    ['"x" eq a', 'Expected an attribute path'],
    ['(a pr', 'Expected ")" at offset 5 to close "(" opened at offset 0 (found end of filter)'],
    ['emails[type eq "work"', 'Expected "]" at offset 21 to close "[" opened at offset 6 (found end of filter)'],
    ['emails[type eq "work" and', 'Expected an attribute path'],
    ['emails[]', 'Expected an attribute path, "(" or "not" at offset 7 (found "]")'],
    ['emails]', 'Expected a comparison operator after "emails" at offset 6'],
    ['not a pr', 'Expected "(" after "not" at offset 4 (found "a")'],
    ['emails[type eq "work"].value', 'Expected a comparison operator after ".value" at offset 28'],
    ['emails[type eq "work"] eq "x"', 'Unexpected "eq" at offset 23'],
    ['emails[type eq "work"]..value eq "x"', 'Invalid sub-attribute name "..value"'],
    ['emails[value[type eq "x"] pr]', 'Value filters cannot nest'],
    [
      'emails[emails.value eq "x"]',
      'Invalid attribute path "emails.value" at offset 7: inside "[...]" name a sub-attribute',
    ],
    [`emails[${ENT}:department eq "x"]`, 'inside "[...]" name a sub-attribute'],
    ['name.givenName[value eq "x"]', 'A value filter "[" cannot follow the sub-attribute path "name.givenName"'],
    ['user:name eq "x"', 'Invalid attribute path "user:name" at offset 0: a schema prefix must be a URN'],
    ['1abc eq "x"', 'Invalid attribute path "1abc"'],
    ['a.b.c eq "x"', 'Invalid attribute path "a.b.c" at offset 0: "b.c" is not a sub-attribute name'],
    ['a@b eq "x"', '"a@b" is not an attribute name'],
    ["userName eq 'bjensen'", 'strings must be in double quotes'],
    ['userName eq "a\\x"', 'Invalid escape "\\x" in string at offset 14'],
  ])('%j', (text, message) => {
    const e = errorOf(() => parseFilter(text));
    expect(e.status).toBe(400);
    expect(e.scimType).toBe('invalidFilter');
    expect(e.message).toContain(message);
  });

  it('rejects filters longer than the maximum', () => {
    const ok = `userName eq "${'x'.repeat(MAX_FILTER_LENGTH - 14)}"`;
    expect(ok.length).toBe(MAX_FILTER_LENGTH);
    expect(parseFilter(ok)).toMatchObject({ kind: 'compare' });
    const e = errorOf(() => parseFilter(`${ok} `));
    expect(e.scimType).toBe('invalidFilter');
    expect(e.message).toBe(
      `Filter is too long (${MAX_FILTER_LENGTH + 1} characters; the maximum is ${MAX_FILTER_LENGTH})`,
    );
  });

  it('rejects nesting deeper than the maximum', () => {
    const parens = `${'('.repeat(MAX_FILTER_DEPTH + 1)}a pr${')'.repeat(MAX_FILTER_DEPTH + 1)}`;
    expect(errorOf(() => parseFilter(parens)).message).toBe(
      `Filter is nested too deeply at offset ${MAX_FILTER_DEPTH} (the maximum depth is ${MAX_FILTER_DEPTH})`,
    );
    const nots = `${'not ('.repeat(MAX_FILTER_DEPTH + 1)}a pr${')'.repeat(MAX_FILTER_DEPTH + 1)}`;
    expect(errorOf(() => parseFilter(nots)).message).toContain('nested too deeply');
    const inBrackets = `emails[${'('.repeat(MAX_FILTER_DEPTH)}value pr${')'.repeat(MAX_FILTER_DEPTH)}]`;
    expect(errorOf(() => parseFilter(inBrackets)).message).toContain('nested too deeply');
  });

  it('refuses NUL and lone surrogates, raw or escaped, with invalidFilter', () => {
    expect(errorOf(() => parseFilter('userName eq "a\u0000b"'))).toMatchObject({
      scimType: 'invalidFilter',
      message: 'Filter contains U+0000 (NUL) at offset 14',
    });
    expect(errorOf(() => parseFilter('userName eq "a\\u0000b"')).message).toBe(
      'The string at offset 12 contains U+0000 (NUL) at offset 1',
    );
    expect(errorOf(() => parseFilter('userName eq "\\ud800"')).message).toContain('lone surrogate U+D800');
    expect(errorOf(() => parsePatchPath('emails[value eq "\u0000"]')).scimType).toBe('invalidPath');
  });

  it('caps the depth at 12, low enough for SQLite once compiled to SQL', () => {
    expect(MAX_FILTER_DEPTH).toBe(12);
  });

  it('shortens huge tokens in messages', () => {
    const e = errorOf(() => parseFilter(`${'a'.repeat(1000)} xx 1`));
    expect(e.message.length).toBeLessThan(200);
    expect(e.message).toContain('...');
  });
});

describe('parsePatchPath', () => {
  it.each([
    ['userName', { path: p('userName') }],
    ['name.givenName', { path: p('name', 'givenName') }],
    [`${ENT}:manager`, { path: p('manager', undefined, ENT) }],
    [`${ENT}:manager.value`, { path: p('manager', 'value', ENT) }],
    [`${ENT}:employeeNumber`, { path: p('employeeNumber', undefined, ENT) }],
    [ENT, { path: p('User', undefined, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0') }],
    [EGN, { path: p('User', undefined, 'urn:scim:schemas:extension:custom:egnyte:1.0') }],
    ['members[value eq "7f4bc1a3"]', { path: p('members'), filter: eq(p('value'), '7f4bc1a3') }],
    ['emails[type eq "work"].value', { path: p('emails'), filter: eq(p('type'), 'work'), subAfterFilter: 'value' }],
    [
      'addresses[type eq "work" and primary eq true].streetAddress',
      {
        path: p('addresses'),
        filter: and(eq(p('type'), 'work'), eq(p('primary'), true)),
        subAfterFilter: 'streetAddress',
      },
    ],
    [`${CORE}:emails[type eq "work"]`, { path: p('emails', undefined, CORE), filter: eq(p('type'), 'work') }],
  ])('%s', (text, expected) => {
    const parsed = parsePatchPath(text);
    expect(parsed).toEqual(expected);
    expect(parsePatchPath(formatPatchPath(parsed))).toEqual(parsed);
  });

  it.each([
    ['', 'Path is empty'],
    ['userName eq "x"', 'Unexpected "eq" at offset 9; expected end of path'],
    ['a b', 'Unexpected "b"'],
    ['members[value eq "x"', 'Expected "]" at offset 20 to close "[" opened at offset 7 (found end of path)'],
    ['members[value eq "x"].', 'Invalid sub-attribute name "."'],
    ['members[value eq "x"].value.display', 'Invalid sub-attribute name ".value.display"'],
    ['members[value eq "x"]]', 'Unexpected "]"'],
    ['members[]', 'Expected an attribute path'],
    ['[value eq "x"]', 'Expected an attribute path at offset 0 (found "[")'],
    ['"userName"', 'Expected an attribute path'],
    ['members[value eq "x', 'Unterminated string'],
    ['name..givenName', 'Invalid attribute path'],
    ['x'.repeat(MAX_FILTER_LENGTH + 1), 'Path is too long'],
  ])('%j is invalidPath', (text, message) => {
    const e = errorOf(() => parsePatchPath(text));
    expect(e.status).toBe(400);
    expect(e.scimType).toBe('invalidPath');
    expect(e.message).toContain(message);
  });
});
