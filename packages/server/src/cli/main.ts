import { appOnDemandCli } from './on-demand.js';
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { AdminAccount } from '../admins/admin.entity.js';
import { createAdmin, findAdmin } from '../admins/admin.service.js';
import { accountStates, inactiveReason } from '../admins/admin.state.js';
import { AppError } from '../apps/app.service.js';
import { ConfigError, loadConfig } from '../config.js';
import { configuredOrigin } from '../http/origin.js';
import { PlanError } from '../plans/plan.apply.js';
import { PlanInputError } from '../plans/plan.compute.js';
import { startRuntime } from '../runtime.js';
import { publicBase } from '../scim/actor.js';
import { createTenant, requireTenant, TenantError } from '../tenants/tenant.service.js';
import { ownerProblem } from '../tokens/token.problem.js';
import { tokenInfos } from '../tokens/tokens.query.js';
import { tokenState } from '../tokens/tokens.types.js';
import { createApiTokenCli, revokeApiTokenCli } from './api-token.js';
import { appApplyCli, appListCli, appRestartCli, appShowCli, appStateCli, CliExit, cycleRunCli } from './app.js';
import { appLogsCli } from './app-logs.js';
import { CliError, parseArgs, parseDuration } from './args.js';
import { directoryCli } from './directory.js';
import { type CliOutput, runExpr, runMap } from './expr.js';
import { appFailuresCli } from './failures.js';
import { appDeletesCli } from './held-deletes.js';
import { appPlanCli } from './plan.js';

const USAGE = `scimdesk <command>

  serve [--demo]                         start the server (--demo: create the demo data on first start)
  migrate                                apply database migrations
  tenant create <slug> [--name N] [--rules egnyte|standard] [--sso]
  admin create <userName> --tenant <slug> [--email E] [--role owner|admin|viewer] [--password-stdin]
  token create --tenant <slug> --owner <userName> [--expires-in 90d] [--description D]
  token revoke <id>
  token list --tenant <slug>
  api-token create --admin <userName> --tenant <slug> [--expires-in 30d] [--description D]
                                         a personal API token for the GraphQL API (last line)
  api-token revoke <id>
  app logs <app> [--cycle ID] [--format csv|json] [--action A,B] [--status S,T] [--identity X] [--from ISO] [--to ISO]
                                         an app's provisioning log, every matching entry, on stdout
  demo                                   create the demo tenants, admins, tokens and users if missing
  directory create <slug> [--name N] [--purge-after-days 30]
                                         a source directory (SPEC E1)
  directory list
  directory import <slug> --users FILE [--groups FILE] [--soft-delete-missing]
                                         users from .csv or .json, groups from .json; all or nothing
  expr '<expression>' [--source '<json>'] [--now <iso>]
                                         evaluate an Entra mapping expression: {"value", "diagnostics"}
  app apply --file app.json [--no-test]  create or update an app from its file (diagnostics with positions; exit 2)
  app show <app> [--json]                the app, its state, its current cycle's progress and its last cycle
  app list
  app pause|resume|stop <app>
  app restart <app> [--full] [--wait] [--json]
                                         clear the watermark and run an initial cycle (--full also drops the links)
  app on-demand <app> (--user UPN|objectId | --group displayName|objectId) [--json]
                                         provision one user, or a group and its members, now, step by step
  app deletes <app> [--allow | --reject] [--only ID,ID] [--wait] [--json]
                                         disables and deletes the deletion threshold held: list, allow (a cycle
                                         sends them) or reject (the target keeps them); all, or --only these
  app failures <app> [--retry] [--only ID,ID] [--wait] [--json]
                                         objects whose last attempt failed (escrow): list with the last error
                                         and when they are retried, or retry them now (all, or --only these)
  app plan <app> [--restart] [--file proposed-app.json] [--json] [--all]
                                         what the next cycle, a restart or a proposed app file would do, per
                                         object, sending nothing; --all also lists objects with no change
  app plan <app> --apply PLAN [--wait] [--json] | --drop PLAN
                                         apply a plan (a proposal is saved; re-planned objects are listed) or drop it
  cycle run <app> [--wait] [--json]      start a cycle (initial when none has run); --json: summary as the last line
  map [--preset seed|entra-default] --source '<json>' [--current '<json>'] [--object user|group] [--explain]
                                         the SCIM resource to POST, or with --current the PATCH body to send

Configuration comes from the environment (see .env.example).`;

const str = (v: string | true | undefined, name: string): string => {
  if (typeof v !== 'string' || !v) throw new CliError(`--${name} is required`);
  return v;
};

async function main(argv: string[]): Promise<void> {
  const { positional, flags } = parseArgs(argv);
  const [cmd, sub, arg] = positional;
  if (!cmd || cmd === 'help' || flags.help) {
    console.log(USAGE);
    return;
  }
  if (cmd === 'expr' || cmd === 'map') {
    print(cmd === 'expr' ? runExpr(sub, flags) : runMap(flags));
    return;
  }
  const config = loadConfig();
  const quiet = cmd !== 'serve';
  const rt = await startRuntime(config, pino({ level: quiet ? 'warn' : config.LOG_LEVEL }));
  // The server (fastify, Apollo, type-graphql) and the demo (faker) load only when asked for: every
  // other command starts in about half the time without them.
  const demo = async () => (await import('../demo/seed.js')).seedDemo(rt);
  if (cmd === 'serve') {
    if (flags.demo) await printDemo(await demo());
    const app = await (await import('../http/serve.js')).serve(rt);
    // The bound port: PORT=0 picks a free one, which the configured value does not tell.
    const addr = app.server.address();
    const base = configuredOrigin(rt.config, typeof addr === 'object' && addr ? addr.port : rt.config.PORT);
    console.log(`\nscimdesk is up. Dashboard: ${base}/   SCIM: ${base}/scim/v2/<tenant>`);
    return;
  }
  const em = rt.db.orm.em.fork();
  try {
    switch (`${cmd} ${sub ?? ''}`.trim()) {
      case 'migrate':
        console.log('database is up to date');
        break;
      case 'demo':
        await printDemo(await demo());
        break;
      case 'tenant create': {
        const rules = (flags.rules ?? 'egnyte') as string;
        if (rules !== 'egnyte' && rules !== 'standard') throw new CliError('--rules must be egnyte or standard');
        const t = await createTenant(em, {
          slug: str(arg, 'slug'),
          name: typeof flags.name === 'string' ? flags.name : undefined,
          rules,
          ssoEnabled: flags.sso === true || flags.sso === 'true',
        });
        console.log(`tenant ${t.slug} (${t.rules} rules, SSO ${t.ssoEnabled ? 'on' : 'off'})`);
        console.log(`tenant URL: ${publicBase(rt.services)}/scim/v2/${t.slug}`);
        break;
      }
      case 'admin create': {
        const tenant = await requireTenant(em, str(flags.tenant, 'tenant'));
        const role = (flags.role ?? 'owner') as string;
        if (!['owner', 'admin', 'viewer'].includes(role)) throw new CliError('--role must be owner, admin or viewer');
        const password = flags['password-stdin'] ? readFileSync(0, 'utf8').trim() : undefined;
        if (flags['password-stdin'] && !password) throw new CliError('no password on stdin');
        const firstAdmin = (await em.count(AdminAccount, {})) === 0;
        const out = await createAdmin(rt.services, em, tenant, {
          userName: str(arg, 'userName'),
          email: typeof flags.email === 'string' ? flags.email : undefined,
          role: role as 'owner' | 'admin' | 'viewer',
          password,
          platformOwner: firstAdmin,
        });
        console.log(`admin ${out.admin.userName} (${out.admin.role}) in ${tenant.slug}, id ${out.admin.id}`);
        if (out.linkedUser)
          console.log(`tied to user ${out.linkedUser.id}${out.linkedUser.created ? ' (created)' : ''}`);
        else console.log('not tied to a user (no user with this userName in the tenant)');
        if (firstAdmin) console.log('platform owner: yes (first admin of this install)');
        if (out.generatedPassword) console.log(`password: ${out.generatedPassword}`);
        break;
      }
      case 'token create': {
        const tenant = await requireTenant(em, str(flags.tenant, 'tenant'));
        const owner = await findAdmin(em, tenant, str(flags.owner, 'owner'));
        if (!owner) throw new CliError(`No admin "${String(flags.owner)}" in tenant ${tenant.slug}`);
        const why = inactiveReason(owner.userName, (await accountStates(em, tenant.id, [owner])).get(owner.id)!);
        if (why) throw new CliError(`${why}: a token it owns would not work. Pick an active owner.`);
        const expiresInMs = typeof flags['expires-in'] === 'string' ? parseDuration(flags['expires-in']) : undefined;
        const description = typeof flags.description === 'string' ? flags.description : undefined;
        const { token, secret } = await rt.services.tokens.create(em, tenant, owner, { expiresInMs, description });
        console.log(
          `token ${token.id} for ${tenant.slug}, owner ${owner.userName}, expires ${token.expiresAt?.toISOString() ?? 'never'}`,
        );
        console.log(`tenant URL: ${publicBase(rt.services)}/scim/v2/${tenant.slug}`);
        console.log(secret);
        break;
      }
      case 'api-token create':
        await createApiTokenCli(rt, em, flags);
        break;
      case 'app logs':
        await appLogsCli(rt, arg, flags);
        break;
      case 'api-token revoke':
        await revokeApiTokenCli(rt, em, arg);
        break;
      case 'directory create':
      case 'directory list':
      case 'directory import':
        await directoryCli(rt, sub, arg, flags);
        break;
      case 'token revoke': {
        const token = await rt.services.tokens.revoke(em, str(arg, 'id'));
        if (!token) throw new CliError(`No token ${arg}`);
        console.log(`token ${token.id} revoked at ${token.revokedAt?.toISOString()}`);
        break;
      }
      case 'token list': {
        const tenant = await requireTenant(em, str(flags.tenant, 'tenant'));
        // Oldest first; the state counts the owner too (a deactivated or deleted owner stops the token).
        const tokens = (await tokenInfos(em, tenant.id)).reverse();
        for (const t of tokens) {
          const state = tokenState(t, new Date(), t.ownerInactive);
          console.log(
            [
              t.id,
              state === 'ownerInactive' ? `ownerInactive: ${ownerProblem(t)}` : state,
              t.ownerUserName ?? '?',
              `created ${t.createdAt.toISOString()}`,
              `expires ${t.expiresAt?.toISOString() ?? 'never'}`,
              `last used ${t.lastUsedAt?.toISOString() ?? 'never'}`,
            ].join('  '),
          );
        }
        if (!tokens.length) console.log('no tokens');
        break;
      }
      case 'app apply':
        await appApplyCli(rt, em, flags);
        break;
      case 'app show':
        await appShowCli(rt, em, arg, flags);
        break;
      case 'app list':
        await appListCli(em);
        break;
      case 'app pause':
      case 'app resume':
      case 'app stop':
        await appStateCli(rt, em, arg, sub as string);
        break;
      case 'app restart':
        await appRestartCli(rt, em, arg, flags);
        break;
      case 'app on-demand':
        await appOnDemandCli(rt, em, arg, flags);
        break;
      case 'app deletes':
        await appDeletesCli(rt, em, arg, flags);
        break;
      case 'app failures':
        await appFailuresCli(rt, em, arg, flags);
        break;
      case 'app plan':
        await appPlanCli(rt, em, arg, flags);
        break;
      case 'cycle run':
        await cycleRunCli(rt, em, arg, flags);
        break;
      default:
        throw new CliError(`Unknown command "${positional.join(' ')}"\n\n${USAGE}`);
    }
  } finally {
    await rt.close();
  }
}

function print(out: CliOutput): void {
  for (const line of out.stderr) console.error(line);
  console.log(out.stdout);
  process.exitCode = out.exitCode;
}

async function printDemo(lines: string[]): Promise<void> {
  for (const l of lines) console.log(l);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof CliExit) process.exit(err.code);
  if (err instanceof PlanError || err instanceof PlanInputError) {
    console.error(`error: ${err instanceof PlanError ? `${err.code}: ` : ''}${err.message}`);
    process.exit(2);
  }
  if (err instanceof AppError) {
    console.error(`error: ${err.message}`);
    process.exit(2);
  }
  if (err instanceof CliError || err instanceof TenantError || err instanceof ConfigError) {
    console.error(`error: ${err.message}`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
