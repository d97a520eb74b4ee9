import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AppDiagnosticNode } from './apps.types.js';

@ObjectType('ScopePreviewObject', { description: 'A source object whose scope the proposal changes.' })
export class ScopePreviewObjectNode {
  @Field(() => ID)
  objectId!: string;

  @Field(() => String, { description: 'userPrincipalName or displayName.' })
  name!: string;

  @Field(() => String, { description: 'Why it is in scope under the proposal (entering), or out of it (leaving).' })
  reason!: string;
}

@ObjectType('ScopePreviewSide', { description: 'The scope step over one object type of the source directory.' })
export class ScopePreviewSideNode {
  @Field(() => Int, { description: 'Source objects looked at: every one not soft-deleted.' })
  total!: number;

  @Field(() => Int, { description: 'In scope under the saved scope.' })
  inScopeNow!: number;

  @Field(() => Int, { nullable: true, description: 'In scope under the proposal; null without a valid proposal.' })
  inScopeProposed!: number | null;

  @Field(() => Int, { description: 'Out of scope now, in scope under the proposal.' })
  entering!: number;

  @Field(() => Int, { description: 'In scope now, out of scope under the proposal.' })
  leaving!: number;

  @Field(() => [ScopePreviewObjectNode], { description: 'The first entering objects by objectId (`sample` of them).' })
  enteringSample!: ScopePreviewObjectNode[];

  @Field(() => [ScopePreviewObjectNode], { description: 'The first leaving objects by objectId (`sample` of them).' })
  leavingSample!: ScopePreviewObjectNode[];

  @Field(() => [String], {
    description:
      'Attribute names the objects have a value for, sorted (`manager` left out: Entra cannot filter on it).',
  })
  attributes!: string[];
}

@ObjectType('ScopePreview', {
  description: 'Who the scope step lets through now and under a proposed scope (nothing is saved or sent).',
})
export class ScopePreviewNode {
  @Field(() => Boolean, { description: 'A proposal was given and evaluated (false: none given, or it has errors).' })
  proposed!: boolean;

  @Field(() => ScopePreviewSideNode)
  users!: ScopePreviewSideNode;

  @Field(() => ScopePreviewSideNode)
  groups!: ScopePreviewSideNode;

  @Field(() => [AppDiagnosticNode], {
    description: "The proposal's problems, at app-file paths (`scope.userFilter.groups[0].clauses[1].value`).",
  })
  diagnostics!: AppDiagnosticNode[];
}
