import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { asAdmin, inTenant, TENANT_ARG } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import type { Role } from '../graphql/enums.js';
import { badInput, conflict } from '../graphql/errors.js';
import { AdminAccount } from './admin.entity.js';
import { createAdmin } from './admin.service.js';
import { type AdminAccountState, accountStates } from './admin.state.js';
import { AdminNode, type AdminState, CreateAdminInput, CreatedAdmin } from './admins.types.js';

const toAdminNode = (a: AdminAccount, state: AdminAccountState | undefined): AdminNode => ({
  id: a.id,
  userName: a.userName,
  email: a.email ?? null,
  role: a.role as Role,
  platformOwner: a.platformOwner,
  userId: a.userId ?? null,
  state: (state ?? 'active') as AdminState,
  createdAt: a.createdAt,
});

@Resolver()
export class AdminsResolver {
  @Query(() => [AdminNode], { description: "A tenant's admin accounts." })
  async admins(@Ctx() ctx: GqlContext, @Arg('tenant', () => String, TENANT_ARG) tenant: string): Promise<AdminNode[]> {
    const { membership } = await inTenant(ctx, tenant, 'viewer');
    const rows = await ctx.em.find(
      AdminAccount,
      { tenantId: membership.tenant.id },
      { orderBy: { userNameLower: 'asc' } },
    );
    const states = await accountStates(ctx.em, membership.tenant.id, rows);
    return rows.map((a) => toAdminNode(a, states.get(a.id)));
  }

  @Mutation(() => CreatedAdmin, {
    description: 'Creates an admin account (owners only). Under the egnyte rules its tenant user is created too.',
  })
  async createAdmin(
    @Ctx() ctx: GqlContext,
    @Arg('tenant', () => String, TENANT_ARG) tenant: string,
    @Arg('input', () => CreateAdminInput) input: CreateAdminInput,
  ): Promise<CreatedAdmin> {
    const access = await inTenant(ctx, tenant, 'owner');
    const t = access.membership.tenant;
    const userName = input.userName.trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9._@-]{0,255}$/.test(userName))
      throw badInput(
        'userName must start with a letter or digit and use letters, digits, ".", "_", "@" or "-"',
        'userName',
      );
    if (input.password != null && input.password.length < 12)
      throw badInput('password must have at least 12 characters', 'password');
    if (await ctx.em.findOne(AdminAccount, { tenantId: t.id, userNameLower: userName.toLowerCase() }))
      throw conflict(`Admin "${userName}" exists in tenant ${t.slug}`);
    const actor = `admin:${access.principal.userName}`;
    const out = await asAdmin(ctx, access, 'createAdmin', async (scim) => {
      const made = await createAdmin(ctx.services, ctx.em, t, {
        userName,
        email: input.email ?? undefined,
        role: input.role,
        password: input.password ?? undefined,
        actor,
      });
      scim.audit.targetId = made.admin.id;
      scim.audit.targetName = made.admin.userName;
      scim.audit.modified = [{ attribute: 'admin', old: null, new: { userName, role: input.role } }];
      return made;
    });
    const states = await accountStates(ctx.em, t.id, [out.admin]);
    return {
      admin: toAdminNode(out.admin, states.get(out.admin.id)),
      generatedPassword: out.generatedPassword ?? null,
    };
  }
}
