/**
 * The attribute lists the mapping editor offers: every target attribute path a mapping may write
 * (Entra's "target attribute" drop-down, built from the target schema of @scimdesk/scim plus the
 * set's custom attributes) and the source attributes of an Entra-shaped directory object.
 */
import {
  type AttributeDef,
  type ObjectType,
  type TargetAttribute,
  type TargetAttributeType,
  targetResourceType,
} from '@scimdesk/scim';

export interface TargetOption {
  /** The mapping target path: `name.givenName`, `emails[type eq "work"].value`, `urn:...:User:email`. */
  path: string;
  type: TargetAttributeType;
  multiValued: boolean;
  required: boolean;
  /** Declared in the set's custom target attributes (Entra's "Edit attribute list"). */
  custom: boolean;
}

const TYPE_NAMES: Record<AttributeDef['type'], TargetAttributeType> = {
  string: 'String',
  boolean: 'Boolean',
  integer: 'Integer',
  decimal: 'String',
  dateTime: 'DateTime',
  reference: 'Reference',
  binary: 'Binary',
  complex: 'Reference',
};

const writable = (d: AttributeDef) => d.mutability !== 'readOnly' && d.mutability !== 'writeOnly';
const sub = (d: AttributeDef, name: string) => d.subAttributes?.find((s) => s.name === name);

function option(path: string, d: AttributeDef, custom = false, multiValued = d.multiValued): TargetOption {
  return { path, type: TYPE_NAMES[d.type], multiValued, required: d.required, custom };
}

/** The paths of one attribute, as Entra's SCIM apps list them. */
function pathsOf(prefix: string, d: AttributeDef): TargetOption[] {
  if (!writable(d)) return [];
  const name = `${prefix}${d.name}`;
  if (d.type !== 'complex') return [option(name, d)];
  const subs = (d.subAttributes ?? []).filter(writable);
  if (!d.multiValued) {
    // A singular complex attribute written through its value (enterprise manager), or its parts (name.givenName).
    if (sub(d, 'value')) return [option(name, d, false, false)];
    return subs.map((s) => option(`${name}.${s.name}`, s));
  }
  const typeDef = sub(d, 'type');
  // Group members carry an immutable type (User or Group): they are mapped as the whole list.
  const types = typeDef?.mutability === 'immutable' ? [] : (typeDef?.canonicalValues ?? []);
  const parts = subs.filter((s) => s.name !== 'type' && s.name !== 'primary' && s.name !== 'display');
  if (types.length === 0) {
    // roles, entitlements, members: the whole list, and the primary role's parts (Entra's role paths).
    const out = [option(name, d)];
    if (d.name === 'roles') {
      for (const s of ['display', 'type', 'value']) {
        const def = sub(d, s);
        if (def) out.push(option(`${name}[primary eq "True"].${s}`, def));
      }
    }
    return out;
  }
  return types.flatMap((t) => parts.map((s) => option(`${name}[type eq "${t}"].${s.name}`, s, false, false)));
}

/** Every target attribute of `objectType` a mapping may write, core first, then extensions and custom attributes. */
export function targetOptions(objectType: ObjectType, custom: readonly TargetAttribute[] = []): TargetOption[] {
  const { rt } = targetResourceType(objectType, custom);
  const customNames = new Set(custom.map((c) => c.name.trim().toLowerCase()));
  const out: TargetOption[] = [
    { path: 'externalId', type: 'String', multiValued: false, required: false, custom: false },
  ];
  for (const d of rt.schema.attributes) out.push(...pathsOf('', d));
  for (const e of rt.extensions) for (const d of e.schema.attributes) out.push(...pathsOf(`${e.schema.id}:`, d));
  for (const o of out) if (customNames.has(o.path.toLowerCase())) o.custom = true;
  return out;
}

/** The option for a target path (any letter case), if the list has it. */
export const findTarget = (options: readonly TargetOption[], path: string) =>
  options.find((o) => o.path.toLowerCase() === path.trim().toLowerCase());

/** Entra's user attributes as a directory holds them (packages/server/src/directory/directory.attrs.ts). */
const USER_SOURCE = [
  'objectId',
  'userPrincipalName',
  'originalUserPrincipalName',
  'displayName',
  'mail',
  'accountEnabled',
  'IsSoftDeleted',
  'manager',
  'givenName',
  'surname',
  'mailNickname',
  'department',
  'jobTitle',
  'employeeId',
  'companyName',
  'officeLocation',
  'city',
  'country',
  'mobile',
  'telephoneNumber',
  'preferredLanguage',
  ...Array.from({ length: 15 }, (_, i) => `extensionAttribute${i + 1}`),
];
const GROUP_SOURCE = ['objectId', 'displayName', 'mailNickname', 'description', 'members', 'IsSoftDeleted'];

/** Source attribute names for pickers and completion: Entra's, then those of a sample object not listed yet. */
export function sourceAttributeNames(objectType: ObjectType, sample?: Record<string, unknown> | null): string[] {
  const base = objectType === 'user' ? USER_SOURCE : GROUP_SOURCE;
  const extra = Object.keys(sample ?? {}).filter((k) => !base.includes(k));
  return [...base, ...extra.sort()];
}
