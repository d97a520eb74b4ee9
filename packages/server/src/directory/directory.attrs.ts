/**
 * The source user's attributes, with Entra's names. Five live in their own columns (indexed or
 * typed); every other attribute is a string in the `attrs` JSON column: the known Entra ones
 * below and free-form extension attributes (`extension_<app>_<name>` or any other valid name).
 */

/** Attributes with their own column (`manager` is the manager's objectId in `manager_id`). */
export const USER_COLUMN_ATTRS = ['objectId', 'userPrincipalName', 'displayName', 'mail', 'accountEnabled', 'manager'];

/** Entra attributes kept in `attrs` (any other valid name is kept too, as an extension attribute). */
export const USER_KNOWN_ATTRS = [
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

/** Names that would shadow the row's bookkeeping; refused as attribute names. */
const RESERVED = new Set(['seq', 'deletedAt', 'createdAt', 'updatedAt', 'upnKey', 'managerId', 'attrs', 'members']);

/** An attribute name: a letter, then letters, digits or `_` (Entra's extension names have that shape), at most 128. */
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;

export const MAX_VALUE_LENGTH = 256;

/** Why `name` cannot be a user attribute, or undefined when it can. */
export function attributeNameProblem(name: string): string | undefined {
  if (!NAME.test(name)) return 'not a valid attribute name (a letter, then letters, digits or _)';
  if (RESERVED.has(name)) return 'is reserved, not an attribute';
  return undefined;
}

/** Why `value` cannot be stored, or undefined (the limits every string attribute has). */
export function valueProblem(value: string, max = MAX_VALUE_LENGTH): string | undefined {
  if (value.includes('\u0000')) return 'contains a NUL byte';
  if (value.length > max) return `is longer than ${max} characters`;
  return undefined;
}

/** `true`/`false` in any case (and JSON booleans); undefined for anything else. */
export function parseBoolean(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') return undefined;
  const t = v.trim().toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

/** An attrs object with its keys sorted, so equal attributes serialize equally (the import's "unchanged" test). */
export function canonicalAttrs(attrs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(attrs).sort()) out[k] = attrs[k];
  return out;
}
