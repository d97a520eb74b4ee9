import type { AttrPath } from '../filter/ast.js';
import { findDef } from '../resource/coerce.js';
import { commonAttributes } from './common.js';
import { egnyteUserSchema } from './egnyte-user.js';
import { enterpriseUserSchema } from './enterprise-user.js';
import { groupSchema } from './group.js';
import type { AttributeDef, ResourceTypeDef, SchemaDef } from './types.js';
import { userSchema } from './user.js';

export const userResourceType: ResourceTypeDef = {
  id: 'User',
  name: 'User',
  endpoint: '/Users',
  description: 'User Account',
  schema: userSchema,
  extensions: [
    { schema: enterpriseUserSchema, required: false },
    { schema: egnyteUserSchema, required: false },
  ],
};

export const groupResourceType: ResourceTypeDef = {
  id: 'Group',
  name: 'Group',
  endpoint: '/Groups',
  description: 'Group',
  schema: groupSchema,
  extensions: [],
};

export const resourceTypes: readonly ResourceTypeDef[] = [userResourceType, groupResourceType];
export const allSchemas: readonly SchemaDef[] = [userSchema, groupSchema, enterpriseUserSchema, egnyteUserSchema];

/** Where an attribute lives and what it is, with canonical (schema-cased) names. */
export interface ResolvedAttribute {
  /** The extension URN when the value lives under `resource[urn]`; undefined for core and common attributes. */
  extension?: string;
  /** The schema the attribute belongs to ('' for id/externalId/meta). */
  schemaId: string;
  def: AttributeDef;
  /** Set when the path names a sub-attribute. */
  subDef?: AttributeDef;
}

const findAttr = findDef;

type SchemaHit = { schema: SchemaDef; extension: boolean };
/** Per resource type, its schema ids in lower case (built once: resource types never change). */
const schemaIds = new WeakMap<ResourceTypeDef, Map<string, SchemaHit>>();

/** The schema of a resource type whose id matches `uri` case-insensitively. */
export function schemaOf(rt: ResourceTypeDef, uri: string): SchemaHit | undefined {
  let ids = schemaIds.get(rt);
  if (!ids) {
    ids = new Map([[rt.schema.id.toLowerCase(), { schema: rt.schema, extension: false }]]);
    for (const e of rt.extensions) {
      const id = e.schema.id.toLowerCase();
      if (!ids.has(id)) ids.set(id, { schema: e.schema, extension: true });
    }
    schemaIds.set(rt, ids);
  }
  return ids.get(uri.toLowerCase());
}

/**
 * Resolves an attribute path against a resource type: case-insensitive names, optional URN
 * prefix. Unqualified names are looked up in the core schema and the common attributes first,
 * then in the extensions (Entra sends `manager` unqualified in some PATCH requests).
 */
export function resolveAttribute(rt: ResourceTypeDef, path: AttrPath): ResolvedAttribute | undefined {
  const withSub = (r: Omit<ResolvedAttribute, 'subDef'>): ResolvedAttribute | undefined => {
    if (path.sub === undefined) return r;
    const subDef = findAttr(r.def.subAttributes, path.sub);
    return subDef ? { ...r, subDef } : undefined;
  };
  if (path.uri) {
    const found = schemaOf(rt, path.uri);
    if (!found) return undefined;
    const def = findAttr(found.schema.attributes, path.attr);
    if (!def) return undefined;
    return withSub({ schemaId: found.schema.id, def, extension: found.extension ? found.schema.id : undefined });
  }
  const core = findAttr(rt.schema.attributes, path.attr);
  if (core) return withSub({ schemaId: rt.schema.id, def: core });
  const common = findAttr(commonAttributes, path.attr);
  if (common) return withSub({ schemaId: '', def: common });
  for (const ext of rt.extensions) {
    const def = findAttr(ext.schema.attributes, path.attr);
    if (def) return withSub({ schemaId: ext.schema.id, def, extension: ext.schema.id });
  }
  return undefined;
}

/** Splits `urn:a:b:User:name.givenName` into { uri, attr, sub }; `name.givenName` into { attr, sub }. */
export function splitAttrPath(text: string): AttrPath {
  let uri: string | undefined;
  let rest = text;
  const colon = text.lastIndexOf(':');
  if (colon >= 0) {
    uri = text.slice(0, colon);
    rest = text.slice(colon + 1);
  }
  const dot = rest.indexOf('.');
  const attr = dot >= 0 ? rest.slice(0, dot) : rest;
  const sub = dot >= 0 ? rest.slice(dot + 1) : undefined;
  const out: AttrPath = { attr };
  if (uri) out.uri = uri;
  if (sub !== undefined) out.sub = sub;
  return out;
}
