import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { asAdmin, inTenant, TENANT_ARG } from '../graphql/access.js';
import type { GqlContext } from '../graphql/context.js';
import type { Role } from '../graphql/enums.js';
import { badInput, conflict } from '../graphql/errors.js';
import { AdminAccount } from './admin.entity.js';
import { createAdmin } from './admin.service.js';
import { AdminNode, CreateAdminInput, CreatedAdmin } from './admins.types.js';

const toAdminNode = (a: AdminAccount): AdminNode => ({
  id: a.id,
  userName: a.userName,
  email: a.email ?? null,
  role: a.role as Role,
  platformOwner: a.platformOwner,
  userId: a.userId ?? null,
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
    return rows.map(toAdminNode);
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
    return { admin: toAdminNode(out.admin), generatedPassword: out.generatedPassword ?? null };
  }
}
