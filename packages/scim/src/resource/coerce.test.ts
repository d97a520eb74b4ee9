import { describe, expect, it } from 'vitest';
import { ScimError } from '../errors.js';
import { type AttributeType, attr, type ResourceTypeDef } from '../schemas/types.js';
import { coerceScalar, isDateTime, toScimBoolean } from './coerce.js';
import { normalizeResource } from './normalize.js';

const def = (type: AttributeType) => attr('x', type);

describe('coerceScalar', () => {
  it.each([
    ['boolean', true, true],
    ['boolean', 'True', true],
    ['boolean', 'FALSE', false],
    ['boolean', ' false ', false],
    ['integer', 42, 42],
    ['integer', '-7', -7],
    ['integer', ' 25 ', 25],
    ['decimal', 1.5, 1.5],
    ['decimal', '2.75', 2.75],
    ['decimal', '1e3', 1000],
    ['string', 'x', 'x'],
    ['string', '', ''],
    ['string', 701984, '701984'],
    ['reference', 'https://x/Users/1', 'https://x/Users/1'],
    ['binary', 'TWFu', 'TWFu'],
    ['dateTime', '2008-01-23T04:56:22Z', '2008-01-23T04:56:22Z'],
    ['dateTime', '2019-09-18T18:15:26.5788954+00:00', '2019-09-18T18:15:26.5788954+00:00'],
  ] as const)('%s accepts %j as %j', (type, value, expected) => {
    expect(coerceScalar(def(type), value, 'x')).toBe(expected);
  });

  it.each([
    ['boolean', 'yes'],
    ['boolean', 0],
    ['boolean', null],
    ['integer', 1.5],
    ['integer', '1.5'],
    ['integer', '12abc'],
    ['integer', 2 ** 60],
    ['decimal', 'NaN'],
    ['decimal', Number.POSITIVE_INFINITY],
    ['decimal', true],
    ['string', false],
    ['string', ['a']],
    ['reference', 5],
    ['binary', 'a b'],
    ['dateTime', '2008-01-23'],
    ['dateTime', '2021-02-30T00:00:00Z'],
    ['dateTime', '2021-13-01T00:00:00Z'],
    ['dateTime', 'yesterday'],
    ['dateTime', 1700000000],
    ['complex', {}],
  ] as const)('%s rejects %j with 400 invalidValue', (type, value) => {
    let error: unknown;
    try {
      coerceScalar(def(type), value, 'x');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScimError);
    expect(error).toMatchObject({ status: 400, scimType: 'invalidValue' });
  });
});

describe('toScimBoolean and isDateTime', () => {
  it('reads booleans in any case and nothing else', () => {
    expect([true, 'tRuE', 'False', 'no', 1, undefined].map(toScimBoolean)).toEqual([
      true,
      true,
      false,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('checks the calendar, not just the shape', () => {
    expect(isDateTime('2024-02-29T23:59:60.5-08:00')).toBe(true);
    expect(isDateTime('2023-02-29T00:00:00Z')).toBe(false);
    expect(isDateTime('2024-01-01T24:00:00Z')).toBe(false);
    expect(isDateTime('2024-01-01T00:00:00+25:00')).toBe(false);
  });
});

/** A resource type exercising the types User and Group do not use. */
const deviceType: ResourceTypeDef = {
  id: 'Device',
  name: 'Device',
  endpoint: '/Devices',
  description: 'test only',
  schema: {
    id: 'urn:test:Device',
    name: 'Device',
    description: '',
    attributes: [
      attr('serial', 'string', { required: true }),
      attr('ports', 'integer', { multiValued: true }),
      attr('weight', 'decimal'),
      attr('seenAt', 'dateTime'),
    ],
  },
  extensions: [],
};

describe('normalizeResource with integer, decimal and dateTime attributes', () => {
  it('coerces numeric strings, wraps a single value of a multi-valued simple attribute, keeps dateTime text', () => {
    const { resource } = normalizeResource(
      { serial: 'S1', ports: '8080', weight: '1.25', seenAt: '2024-05-01T12:00:00.123Z' },
      deviceType,
      { mode: 'create' },
    );
    expect(resource).toEqual({
      schemas: ['urn:test:Device'],
      serial: 'S1',
      ports: [8080],
      weight: 1.25,
      seenAt: '2024-05-01T12:00:00.123Z',
    });
  });

  it('names the attribute in the error', () => {
    expect(() => normalizeResource({ serial: 'S1', ports: [80, 'x'] }, deviceType, { mode: 'create' })).toThrow(
      'Attribute "ports" must be an integer, got "x"',
    );
  });
});
