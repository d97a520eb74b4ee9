import { type AttributeDef, attr, type ResourceTypeDef } from './types.js';

/** Attributes every resource has (RFC 7643 §3.1). They belong to no schema URN. */
export const commonAttributes: readonly AttributeDef[] = [
  attr('id', 'string', { caseExact: true, mutability: 'readOnly', returned: 'always', uniqueness: 'server' }),
  attr('externalId', 'string', { caseExact: true, maxLength: 256 }),
  attr('meta', 'complex', {
    mutability: 'readOnly',
    subAttributes: [
      attr('resourceType', 'string', { caseExact: true, mutability: 'readOnly' }),
      attr('created', 'dateTime', { mutability: 'readOnly' }),
      attr('lastModified', 'dateTime', { mutability: 'readOnly' }),
      attr('location', 'reference', { mutability: 'readOnly', referenceTypes: ['uri'] }),
      attr('version', 'string', { caseExact: true, mutability: 'readOnly' }),
    ],
  }),
];

const coreOf = new WeakMap<ResourceTypeDef, readonly AttributeDef[]>();

/**
 * The common attributes and the resource type's core schema attributes, one array per resource
 * type (so the name index findDef keeps for an array is built once, not per request).
 */
export function coreAttributesOf(rt: ResourceTypeDef): readonly AttributeDef[] {
  let defs = coreOf.get(rt);
  if (!defs) {
    defs = [...commonAttributes, ...rt.schema.attributes];
    coreOf.set(rt, defs);
  }
  return defs;
}

/** value/display/type/primary, the shape of most multi-valued attributes. */
export function multiValued(
  name: string,
  description: string,
  types: readonly string[],
  valueType: AttributeDef['type'] = 'string',
  extra: Partial<AttributeDef> = {},
  valueExtra: Partial<AttributeDef> = {},
): AttributeDef {
  return attr(name, 'complex', {
    multiValued: true,
    description,
    ...extra,
    subAttributes: [
      attr('value', valueType, {
        ...(valueType === 'reference' ? { referenceTypes: ['external'] } : {}),
        ...valueExtra,
      }),
      attr('display', 'string'),
      attr('type', 'string', types.length ? { canonicalValues: types } : {}),
      attr('primary', 'boolean'),
    ],
  });
}
