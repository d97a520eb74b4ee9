/**
 * The target schema a mapping set writes to: the resource types scimdesk knows (core User with
 * the enterprise and egnyte extensions, core Group) plus the set's custom target attributes.
 */
import { groupResourceType, splitAttrPath, userResourceType } from '../schemas/resource-types.js';
import type { AttributeDef, AttributeType, ResourceTypeDef, SchemaDef } from '../schemas/types.js';
import { attr } from '../schemas/types.js';
import { type MappingDiagnostic, mappingDiagnostic } from './diagnostics.js';
import type { ObjectType, TargetAttribute, TargetAttributeType } from './types.js';

const TYPES: Record<TargetAttributeType, AttributeType> = {
  String: 'string',
  Boolean: 'boolean',
  Integer: 'integer',
  DateTime: 'dateTime',
  Reference: 'reference',
  Binary: 'binary',
};

function toDef(t: TargetAttribute, name: string): AttributeDef {
  return attr(name, TYPES[t.type] ?? 'string', {
    multiValued: t.multiValued ?? false,
    required: t.required ?? false,
    caseExact: t.caseExact ?? false,
  });
}

/**
 * The resource type of `objectType` extended with `custom` attributes. Custom names must be
 * URN-qualified (`urn:...:User:costCode`); a URN that is already an extension gains attributes,
 * a new URN becomes a new extension schema.
 */
export function targetResourceType(
  objectType: ObjectType,
  custom: readonly TargetAttribute[] = [],
): { rt: ResourceTypeDef; diagnostics: MappingDiagnostic[] } {
  const base = objectType === 'user' ? userResourceType : groupResourceType;
  const diagnostics: MappingDiagnostic[] = [];
  if (custom.length === 0) return { rt: base, diagnostics };
  const byUri = new Map<string, AttributeDef[]>();
  for (const t of custom) {
    const path = splitAttrPath(t.name.trim());
    if (!path.uri || path.sub !== undefined || !/^urn:/i.test(path.uri)) {
      diagnostics.push(
        mappingDiagnostic(
          'MAP_INVALID_TARGET_ATTRIBUTE',
          `Custom target attribute "${t.name}" must be a URN-qualified simple attribute, e.g. urn:...:User:costCode.`,
          'set',
        ),
      );
      continue;
    }
    const list = byUri.get(path.uri) ?? [];
    list.push(toDef(t, path.attr));
    byUri.set(path.uri, list);
  }
  const extensions = base.extensions.map((e) => {
    const extra = byUri.get(e.schema.id);
    if (!extra) return e;
    byUri.delete(e.schema.id);
    return { ...e, schema: withAttributes(e.schema, extra) };
  });
  let schema = base.schema;
  const core = byUri.get(base.schema.id);
  if (core) {
    byUri.delete(base.schema.id);
    schema = withAttributes(schema, core);
  }
  for (const [uri, attributes] of byUri) {
    extensions.push({
      schema: { id: uri, name: uri, description: 'Custom target attributes', attributes },
      required: false,
    });
  }
  return { rt: { ...base, schema, extensions }, diagnostics };
}

function withAttributes(schema: SchemaDef, extra: readonly AttributeDef[]): SchemaDef {
  const names = new Set(schema.attributes.map((a) => a.name.toLowerCase()));
  return { ...schema, attributes: [...schema.attributes, ...extra.filter((a) => !names.has(a.name.toLowerCase()))] };
}
