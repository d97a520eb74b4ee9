import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { platformOwner, signedIn } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import { notFound } from '../graphql/errors.js';
import { appAccess } from './app.access.js';
import { App } from './app.entity.js';
import { appFileSchema, shapeDiagnostics } from './app.file.js';
import { applyApp, deleteApp, hasErrorDiagnostics } from './app.service.js';
import { validateApp } from './app.validate.js';
import { appNodeOf, toAppNodes, toDiagnosticNode } from './apps.node.js';
import { ApplyAppResultNode, AppNode, AppValidationNode } from './apps.types.js';

const APPS = 'provisioning apps';
const NAME = { description: "The app's name." };
const FILE = {
  description: 'The app file as JSON: `{ name, source, target, mappings, scope, schedule, deletionThreshold }`.',
};

/**
 * Provisioning apps (SPEC E2, G1). Platform owners manage them; admins and viewers of an app's
 * local target tenant see it (apps/app.access.ts); anyone else gets NOT_FOUND, as for no app.
 */
@Resolver(() => AppNode)
export class AppsResolver {
  @Query(() => [AppNode], {
    description: 'The apps the caller may see: every app for platform owners, else those targeting their tenants.',
  })
  async apps(@Ctx() ctx: GqlContext): Promise<AppNode[]> {
    const principal = await signedIn(ctx);
    const tenantIds = principal.memberships.map((m) => m.tenant.id);
    if (!principal.platformOwner && !tenantIds.length) return [];
    const apps = await ctx.em.find(App, principal.platformOwner ? {} : { targetTenantId: { $in: tenantIds } }, {
      orderBy: { name: 'asc' },
      disableIdentityMap: true,
    });
    return toAppNodes(ctx.services.sql, apps);
  }

  @Query(() => AppNode, { description: 'One app by name (viewers of its target tenant and up).' })
  async app(@Ctx() ctx: GqlContext, @Arg('name', () => String, NAME) name: string): Promise<AppNode> {
    return appNodeOf(ctx.services.sql, await appAccess(ctx, name, 'viewer'));
  }

  @Mutation(() => ApplyAppResultNode, {
    description:
      'Creates or updates an app from an app file (platform owners only). With an error diagnostic nothing is saved and `app` is null.',
  })
  async applyApp(
    @Ctx() ctx: GqlContext,
    @Arg('file', () => GraphQLJSON, FILE) file: unknown,
    @Arg('testConnection', () => Boolean, {
      defaultValue: true,
      description: 'Test an external target (a SCIM URL) before saving.',
    })
    testConnection: boolean,
    @Arg('onlyNew', () => Boolean, {
      defaultValue: false,
      description:
        "Create only: when an app of that name exists, save nothing and answer the diagnostic `APP_EXISTS` (how the dashboard's New app form creates, so it never overwrites an app).",
    })
    onlyNew: boolean,
  ): Promise<ApplyAppResultNode> {
    await platformOwner(ctx, APPS);
    const name = (file as { name?: unknown } | null)?.name;
    if (onlyNew && typeof name === 'string' && (await ctx.em.count(App, { name })) > 0)
      return {
        app: null,
        created: false,
        reevaluate: false,
        diagnostics: [
          {
            path: 'name',
            code: 'APP_EXISTS',
            severity: 'error',
            message: `An app named "${name}" exists; choose another name (its own pages change it).`,
            expression: null,
          },
        ],
      };
    const r = await applyApp(ctx.services, ctx.em, file, { testConnection });
    const ok = r.app && !hasErrorDiagnostics(r.diagnostics);
    return {
      app: ok && r.app ? await appNodeOf(ctx.services.sql, r.app) : null,
      created: r.created,
      reevaluate: r.reevaluate,
      diagnostics: r.diagnostics.map(toDiagnosticNode),
    };
  }

  @Mutation(() => AppValidationNode, {
    description: "Checks an app file's shape, mappings, scope, directory, assignments and target; saves nothing.",
  })
  async validateApp(
    @Ctx() ctx: GqlContext,
    @Arg('file', () => GraphQLJSON, FILE) file: unknown,
  ): Promise<AppValidationNode> {
    await platformOwner(ctx, APPS);
    const parsed = appFileSchema.safeParse(file);
    const diagnostics = parsed.success
      ? (await validateApp(ctx.services.sql, parsed.data)).diagnostics
      : shapeDiagnostics(parsed.error);
    return { ok: !hasErrorDiagnostics(diagnostics), diagnostics: diagnostics.map(toDiagnosticNode) };
  }

  @Mutation(() => Boolean, {
    description: 'Deletes an app with its cycles, links and log (platform owners only); the target keeps its objects.',
  })
  async deleteApp(@Ctx() ctx: GqlContext, @Arg('name', () => String, NAME) name: string): Promise<boolean> {
    await platformOwner(ctx, APPS);
    const app = await ctx.em.findOne(App, { name }, { disableIdentityMap: true });
    if (!app) throw notFound(`App "${name}"`);
    await deleteApp(ctx.services, ctx.em, app);
    return true;
  }
}
