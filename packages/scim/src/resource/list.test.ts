import { describe, expect, it } from 'vitest';
import { ScimError } from '../errors.js';
import { LIST_RESPONSE_SCHEMA, listResponse, parsePaging } from './list.js';

describe('listResponse', () => {
  it('answers an empty query with Resources present (Entra Test Connection)', () => {
    expect(listResponse([], 0, 1)).toEqual({
      schemas: [LIST_RESPONSE_SCHEMA],
      totalResults: 0,
      itemsPerPage: 0,
      startIndex: 1,
      Resources: [],
    });
  });

  it('counts the page, not the total, in itemsPerPage', () => {
    const page = listResponse([{ id: 'a' }, { id: 'b' }], 12, 3);
    expect(page).toMatchObject({ totalResults: 12, itemsPerPage: 2, startIndex: 3 });
    expect(page.Resources).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});

describe('parsePaging', () => {
  it.each([
    [{}, { startIndex: 1, count: 100 }],
    [
      { startIndex: '1', count: '1' },
      { startIndex: 1, count: 1 },
    ],
    [
      { startIndex: '21', count: '20' },
      { startIndex: 21, count: 20 },
    ],
    [{ startIndex: '0' }, { startIndex: 1, count: 100 }],
    [{ startIndex: '-5' }, { startIndex: 1, count: 100 }],
    [{ count: '0' }, { startIndex: 1, count: 0 }],
    [{ count: '-1' }, { startIndex: 1, count: 0 }],
    [{ count: '500' }, { startIndex: 1, count: 100 }],
    [
      { startIndex: ' 7 ', count: '+3' },
      { startIndex: 7, count: 3 },
    ],
    [
      { startIndex: '', count: '' },
      { startIndex: 1, count: 100 },
    ],
  ])('%j -> %j (max 100)', (query, expected) => {
    expect(parsePaging(query, 100)).toEqual(expected);
  });

  it.each([
    [{ count: 'ten' }, '"count" must be an integer, got "ten"'],
    [{ count: '1.5' }, '"count" must be an integer, got "1.5"'],
    [{ startIndex: '1e3' }, '"startIndex" must be an integer, got "1e3"'],
  ])('%j -> 400 invalidValue', (query, detail) => {
    let error: unknown;
    try {
      parsePaging(query, 100);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScimError);
    expect(error).toMatchObject({ status: 400, scimType: 'invalidValue', message: detail });
  });
});
