import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum MappingObjectType {
  USER = 'user',
  GROUP = 'group',
}
registerEnumType(MappingObjectType, { name: 'MappingObjectType', description: 'Users or groups.' });

@ObjectType('ExpressionDiagnostic', { description: 'A problem in an expression, at a position.' })
export class ExpressionDiagnosticNode {
  @Field(() => String, { description: 'Stable code, e.g. `EXPR_UNKNOWN_FUNCTION`.' })
  code!: string;

  @Field(() => String, { description: '`error` or `warning`.' })
  severity!: string;

  @Field(() => String, { description: 'What is wrong, for people.' })
  message!: string;

  @Field(() => Int, { description: '0-based offset in the expression.' })
  offset!: number;

  @Field(() => Int, { description: '1-based line.' })
  line!: number;

  @Field(() => Int, { description: '1-based column.' })
  column!: number;
}

@ObjectType('ExpressionPreview', { description: 'An expression evaluated against one source object.' })
export class ExpressionPreviewNode {
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The value: a string, number, boolean, list of strings, or null.',
  })
  value!: unknown;

  @Field(() => Boolean, { description: 'IgnoreFlowIfNullOrEmpty dropped the target attribute from the flow.' })
  ignoreFlow!: boolean;

  @Field(() => [ExpressionDiagnosticNode], { description: 'Every compile and evaluation diagnostic.' })
  diagnostics!: ExpressionDiagnosticNode[];
}

@ObjectType('MappingDiagnostic', { description: 'A problem of a mapping set, placed on a mapping and field.' })
export class MappingDiagnosticNode {
  @Field(() => String, { description: 'Stable code, e.g. `MAP_INVALID_TARGET` or an `EXPR_` code.' })
  code!: string;

  @Field(() => String, { description: '`error` or `warning`.' })
  severity!: string;

  @Field(() => String, { description: 'What is wrong, for people.' })
  message!: string;

  @Field(() => Int, { nullable: true, description: '0-based index of the mapping; null for the whole set.' })
  mapping?: number;

  @Field(() => String, { description: '`source`, `target`, `defaultValue`, `matchingPrecedence` or `set`.' })
  field!: string;

  @Field(() => Int, { nullable: true, description: 'Offset in the source expression.' })
  offset?: number;

  @Field(() => Int, { nullable: true, description: 'Line in the source expression.' })
  line?: number;

  @Field(() => Int, { nullable: true, description: 'Column in the source expression.' })
  column?: number;
}

@ObjectType('MappingOutcome', { description: 'What one mapping produced for one source object.' })
export class MappingOutcomeNode {
  @Field(() => Int, { description: '0-based index of the mapping.' })
  mapping!: number;

  @Field(() => String, { description: 'Target attribute path.' })
  target!: string;

  @Field(() => String, {
    description:
      '`set`, `default`, `empty`, `ignored`, `error`; for updates also `unchanged`, `changed`, `createOnly`.',
  })
  status!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value sent (`[Redact]` for redacted mappings).' })
  value?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Updates: what the target held before.' })
  old?: unknown;
}

@ObjectType('MatchQuery', {
  description: 'A matching attribute with a value, as the SCIM filter that finds the target.',
})
export class MatchQueryNode {
  @Field(() => Int, { description: 'Matching precedence: lower is tried first.' })
  precedence!: number;

  @Field(() => String, { description: 'Target attribute path.' })
  target!: string;

  @Field(() => String, { description: 'SCIM filter, e.g. `userName eq "adele.vance"`.' })
  filter!: string;
}

@ObjectType('MappingPreview', { description: 'What a mapping set does with one source object; nothing is sent.' })
export class MappingPreviewNode {
  @Field(() => [MappingDiagnosticNode], { description: 'Compile and evaluation diagnostics.' })
  diagnostics!: MappingDiagnosticNode[];

  @Field(() => [MatchQueryNode], { description: 'Matching queries by precedence.' })
  matching!: MatchQueryNode[];

  @Field(() => GraphQLJSONObject, { description: 'The SCIM resource a create would POST.' })
  resource!: Record<string, unknown>;

  @Field(() => [MappingOutcomeNode], { description: 'Per mapping, for the create.' })
  createOutcomes!: MappingOutcomeNode[];

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'With `current`: the PATCH body an update would send; null when nothing changes.',
  })
  patch?: Record<string, unknown> | null;

  @Field(() => [MappingOutcomeNode], { nullable: true, description: 'With `current`: per mapping, for the update.' })
  updateOutcomes?: MappingOutcomeNode[];

  @Field(() => Boolean, { description: 'False when a mapping has an error (the engine would escrow the object).' })
  ok!: boolean;
}

@ObjectType('MappingPreset', { description: 'A mapping set scimdesk ships, as data.' })
export class MappingPresetNode {
  @Field(() => String, { description: '`seed` (the seed article) or `entra-default`.' })
  name!: string;

  @Field(() => GraphQLJSONObject, { description: 'The mapping set: `{ user, group }` object mappings.' })
  mappingSet!: Record<string, unknown>;
}
