import { caseFold, usernameKey } from '@scimdesk/scim';
import {
  attributeNameProblem,
  MAX_VALUE_LENGTH,
  parseBoolean,
  USER_COLUMN_ATTRS,
  valueProblem,
} from './directory.attrs.js';

/**
 * Loose input (an import row, a GraphQL input) to checked user and group values. Problems are
 * collected, not thrown, so an import reports every bad field of every row.
 */
export interface Problem {
  field: string;
  problem: string;
}

/** What a row or input says about a user; a key left out is "not given", null is "clear it". */
export interface UserValues {
  objectId?: string;
  userPrincipalName?: string;
  displayName?: string | null;
  mail?: string | null;
  accountEnabled?: boolean;
  /** The manager as the input named it (objectId or userPrincipalName); resolved by the caller. */
  manager?: string | null;
  attrs: Record<string, string | null>;
}

export interface GroupValues {
  objectId?: string;
  displayName?: string;
  mailNickname?: string | null;
  description?: string | null;
}

export const upnKeyOf = (upn: string) => usernameKey(upn);
export const groupNameKey = (name: string) => caseFold(name.trim());

const OBJECT_ID = /^[A-Za-z0-9._:{}-]{1,64}$/;
export const DESCRIPTION_MAX = 1024;

/** A string attribute value: strings as given, numbers and booleans as text, '' and null as null. */
function text(field: string, v: unknown, problems: Problem[], max = MAX_VALUE_LENGTH): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v !== 'string') {
    problems.push({ field, problem: 'must be a string' });
    return undefined;
  }
  const p = valueProblem(v, max);
  if (p) {
    problems.push({ field, problem: p });
    return undefined;
  }
  return v;
}

function objectId(v: unknown, problems: Problem[]): string | undefined {
  const t = text('objectId', v, problems, 64);
  if (t === null || t === undefined) return undefined;
  const id = t.trim();
  if (!OBJECT_ID.test(id)) {
    problems.push({ field: 'objectId', problem: 'must be 1-64 letters, digits or ._:{}-' });
    return undefined;
  }
  return id;
}

export function readUserValues(input: Record<string, unknown>, problems: Problem[]): UserValues {
  const out: UserValues = { attrs: {} };
  for (const [field, v] of Object.entries(input)) {
    if (!USER_COLUMN_ATTRS.includes(field)) {
      const bad = attributeNameProblem(field);
      if (bad) problems.push({ field, problem: bad });
      else {
        const t = text(field, v, problems);
        if (t !== undefined) out.attrs[field] = t;
      }
      continue;
    }
    switch (field) {
      case 'objectId':
        out.objectId = objectId(v, problems);
        break;
      case 'userPrincipalName': {
        const t = text(field, v, problems);
        if (t === null) problems.push({ field, problem: 'is required' });
        else if (t !== undefined) {
          if (!/^[^@\s]+@[^@\s]+$/.test(t.trim()))
            problems.push({ field, problem: `"${t}" is not a user principal name (alias@domain)` });
          else out.userPrincipalName = t.trim();
        }
        break;
      }
      case 'accountEnabled': {
        if (v === undefined || v === null || v === '') break;
        const b = parseBoolean(v);
        if (b === undefined) problems.push({ field, problem: `"${String(v)}" is not true or false` });
        else out.accountEnabled = b;
        break;
      }
      case 'manager': {
        const t = text(field, v, problems);
        if (t !== undefined) out.manager = t === null ? null : t.trim();
        break;
      }
      default: {
        const t = text(field, v, problems);
        if (t !== undefined) out[field as 'displayName' | 'mail'] = t;
      }
    }
  }
  return out;
}

const GROUP_FIELDS = ['objectId', 'displayName', 'mailNickname', 'description'];

export function readGroupValues(
  input: Record<string, unknown>,
  problems: Problem[],
  extra: readonly string[] = [],
): GroupValues {
  const out: GroupValues = {};
  for (const [field, v] of Object.entries(input)) {
    if (extra.includes(field)) continue;
    if (!GROUP_FIELDS.includes(field)) {
      problems.push({ field, problem: 'is not a group attribute (objectId, displayName, mailNickname, description)' });
      continue;
    }
    if (field === 'objectId') out.objectId = objectId(v, problems);
    else if (field === 'displayName') {
      const t = text(field, v, problems);
      if (t === null || (typeof t === 'string' && !t.trim())) problems.push({ field, problem: 'is required' });
      else if (t !== undefined) out.displayName = t.trim();
    } else {
      const t = text(field, v, problems, field === 'description' ? DESCRIPTION_MAX : MAX_VALUE_LENGTH);
      if (t !== undefined) out[field as 'mailNickname' | 'description'] = t;
    }
  }
  return out;
}
