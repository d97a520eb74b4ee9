import { compileScopingFilter, type ScopingFilter } from '@scimdesk/scim';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { serverScopingOptions } from '../expression/context.js';
import { platformOwner } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { appAccess } from './app.access.js';
import { type AppDiagnostic, appFileSchema, shapeDiagnostics } from './app.file.js';
import type { StoredScope } from './app.types.js';
import { resolveAssignments } from './app.validate.js';
import { toDiagnosticNode } from './apps.node.js';
import { type PreviewScope, type PreviewSide, previewScopeOf, previewSide } from './scope.preview.js';
import { ScopePreviewNode } from './scope-preview.types.js';

function filterDiagnostics(filter: ScopingFilter, path: string, out: AppDiagnostic[]): void {
  for (const d of compileScopingFilter(filter, serverScopingOptions).diagnostics)
    out.push({
      path: d.clause < 0 ? `${path}.groups[${d.group}]` : `${path}.groups[${d.group}].clauses[${d.clause}].${d.field}`,
      code: d.code,
      severity: d.severity,
      message: d.message,
    });
}

/** The proposal as the engine would store it, or its diagnostics (assignments resolved as `app apply` does). */
async function proposedScope(
  ctx: GqlContext,
  directoryId: string,
  input: unknown,
): Promise<{ scope: StoredScope | null; diagnostics: AppDiagnostic[] }> {
  const parsed = appFileSchema.shape.scope.safeParse(input);
  if (!parsed.success) {
    const diagnostics = shapeDiagnostics(parsed.error).map((d) => ({
      ...d,
      path: d.path ? `scope.${d.path}` : 'scope',
    }));
    return { scope: null, diagnostics };
  }
  const file = parsed.data;
  const diagnostics: AppDiagnostic[] = [];
  filterDiagnostics(file.userFilter, 'scope.userFilter', diagnostics);
  filterDiagnostics(file.groupFilter, 'scope.groupFilter', diagnostics);
  const assigned = await resolveAssignments(ctx.services.sql, directoryId, file.assignments, diagnostics);
  if (file.mode === 'assigned' && !file.assignments.users.length && !file.assignments.groups.length)
    diagnostics.push({
      path: 'scope.assignments',
      code: 'APP_NOTHING_ASSIGNED',
      severity: 'warning',
      message: 'The scope is "assigned" and nothing is assigned: cycles will provision nobody.',
    });
  if (diagnostics.some((d) => d.severity === 'error')) return { scope: null, diagnostics };
  return {
    scope: { mode: file.mode, ...assigned, userFilter: file.userFilter, groupFilter: file.groupFilter },
    diagnostics,
  };
}

const suggestable = (side: PreviewSide): PreviewSide => ({
  ...side,
  attributes: side.attributes.filter((a) => a !== 'manager'),
});

/** The scope page's preview of a proposed scope (SPEC E5, W1). */
@Resolver()
export class ScopePreviewResolver {
  @Query(() => ScopePreviewNode, {
    description:
      "How many source objects are in scope now and under a proposed scope, who enters and who leaves, by the engine's own scope step over the app's source directory. Without `scope`: the counts now (viewers and up); with it: role admin and a platform owner, as for planApp's proposals.",
  })
  async scopePreview(
    @Ctx() ctx: GqlContext,
    @Arg('app', () => String, { description: "The app's name." }) name: string,
    @Arg('scope', () => GraphQLJSON, {
      nullable: true,
      description: 'A proposed `scope` as the app file takes it: `{ mode, assignments, userFilter, groupFilter }`.',
    })
    scope: unknown,
    @Arg('sample', () => Int, { defaultValue: 10, description: 'Objects per sample, 0 to 50.' }) sample: number,
  ): Promise<ScopePreviewNode> {
    const proposing = scope !== undefined && scope !== null;
    const app = await appAccess(ctx, name, proposing ? 'admin' : 'viewer');
    if (proposing) await platformOwner(ctx, 'proposed app changes');
    if (!Number.isInteger(sample) || sample < 0 || sample > 50) throw badInput('sample must be 0 to 50', 'sample');
    const now = previewScopeOf(JSON.parse(app.scope) as StoredScope);
    const proposal = proposing
      ? await proposedScope(ctx, app.directoryId, scope)
      : { scope: null, diagnostics: [] as AppDiagnostic[] };
    const next: PreviewScope | null = proposal.scope ? previewScopeOf(proposal.scope) : null;
    const users = await previewSide(ctx.services.sql, app.directoryId, 'user', now, next, { sample });
    const groups = await previewSide(ctx.services.sql, app.directoryId, 'group', now, next, { sample });
    return {
      proposed: !!next,
      users: suggestable(users),
      groups: suggestable(groups),
      diagnostics: proposal.diagnostics.map(toDiagnosticNode),
    };
  }
}
