/**
 * Apps: create or update one from an app file (validated first, saved only when clean), read,
 * list and delete. Platform owners manage apps; cycles read them through `compileApp`.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Services } from '../scim/services.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { compileApp, evaluationHash } from './app.compile.js';
import { App } from './app.entity.js';
import { type AppDiagnostic, type AppFile, appFileSchema, shapeDiagnostics } from './app.file.js';
import { testTarget } from './app.target.js';
import { validateApp } from './app.validate.js';

export class AppError extends Error {
  constructor(
    readonly code: 'APP_NOT_FOUND' | 'APP_INVALID' | 'APP_TARGET_FAILED',
    message: string,
    readonly diagnostics: AppDiagnostic[] = [],
  ) {
    super(message);
  }
}

export interface ApplyResult {
  app?: App;
  created: boolean;
  /** Mappings or scope changed: the next cycle evaluates every object again. */
  reevaluate: boolean;
  diagnostics: AppDiagnostic[];
}

export const hasErrorDiagnostics = (list: readonly AppDiagnostic[]) => list.some((d) => d.severity === 'error');

/**
 * Validates and saves. `raw` is the parsed JSON of an app file. With errors nothing is saved and
 * the result has no `app`. An external target is tested first, as Entra's "Test connection".
 */
export async function applyApp(
  services: Services,
  em: EntityManager,
  raw: unknown,
  opts: { testConnection?: boolean } = {},
): Promise<ApplyResult> {
  const parsed = appFileSchema.safeParse(raw);
  if (!parsed.success) return { created: false, reevaluate: false, diagnostics: shapeDiagnostics(parsed.error) };
  const file: AppFile = parsed.data;
  const { diagnostics, resolved } = await validateApp(services.sql, file);
  if (!resolved) return { created: false, reevaluate: false, diagnostics };
  const existing = await em.findOne(App, { name: file.name });
  const app = existing ?? Object.assign(new App(), { id: randomUUID(), name: file.name, mappings: '', scope: '' });
  if (!existing) em.persist(app);
  const sealedBefore = app.targetTokenSealed;
  app.directoryId = resolved.directoryId;
  app.targetTenantId = resolved.targetTenantId;
  app.targetUrl = 'url' in file.target ? file.target.url.replace(/\/+$/, '') : null;
  app.targetTokenEnv = 'tokenEnv' in file.target ? file.target.tokenEnv : null;
  app.targetTokenSealed =
    'token' in file.target ? services.secrets.seal(file.target.token) : app.targetUrl ? sealedBefore : null;
  if ('url' in file.target && !('token' in file.target) && !app.targetTokenEnv && !app.targetTokenSealed)
    diagnostics.push({
      path: 'target',
      code: 'APP_NO_TOKEN',
      severity: 'error',
      message: 'An external target needs "token" or "tokenEnv".',
    });
  const mappings = JSON.stringify(resolved.mappingSet);
  const scope = JSON.stringify(resolved.scope);
  const reevaluate = !!existing && evaluationHash(mappings, scope) !== evaluationHash(app.mappings, app.scope);
  app.mappings = mappings;
  app.mappingsPreset = resolved.mappingsPreset;
  app.scope = scope;
  app.intervalMinutes = file.schedule.intervalMinutes;
  app.scheduleEnabled = file.schedule.enabled;
  app.followChanges = file.schedule.followChanges;
  app.deletionThreshold = file.deletionThreshold;
  app.webhookUrl = file.webhook?.url ?? null;
  app.webhookSecretSealed = !file.webhook
    ? null
    : file.webhook.secret
      ? services.secrets.seal(file.webhook.secret)
      : (app.webhookSecretSealed ?? null);
  if (file.webhook && !app.webhookSecretSealed)
    diagnostics.push({
      path: 'webhook.secret',
      code: 'APP_NO_WEBHOOK_SECRET',
      severity: 'error',
      message: 'A webhook needs a "secret" (at least 16 characters) the first time it is set.',
    });
  if (file.state) app.state = file.state;
  app.updatedAt = new Date();
  if (!existing || app.nextRunAt == null) app.nextRunAt = new Date(Date.now() + app.intervalMinutes * 60_000);
  if (!hasErrorDiagnostics(diagnostics) && app.targetUrl && opts.testConnection !== false) {
    const test = await testTarget(services, em, app);
    if (!test.ok)
      diagnostics.push({ path: 'target.url', code: 'APP_TARGET_FAILED', severity: 'error', message: test.message });
  }
  if (hasErrorDiagnostics(diagnostics)) {
    em.clear();
    return { created: false, reevaluate: false, diagnostics };
  }
  await em.flush();
  compileApp(app);
  return { app, created: !existing, reevaluate, diagnostics };
}

export async function requireApp(em: EntityManager, name: string): Promise<App> {
  const app = await em.findOne(App, { name });
  if (!app) throw new AppError('APP_NOT_FOUND', `No app "${name}"`);
  return app;
}

export async function appTenantSlug(em: EntityManager, app: App): Promise<string | null> {
  if (!app.targetTenantId) return null;
  return (await em.findOne(Tenant, { id: app.targetTenantId }))?.slug ?? null;
}

/** Deletes the app with its links, cycles, plans and provisioning log (the target keeps what was provisioned). */
export async function deleteApp(services: Services, em: EntityManager, app: App): Promise<void> {
  await services.sql.transaction(async (tx) => {
    for (const table of ['app_link', 'cycle', 'provisioning_log'])
      await tx.run(`delete from ${table} where app_id = ?`, [app.id]);
    await tx.run('delete from plan_entry where plan_id in (select id from plan where app_id = ?)', [app.id]);
    await tx.run('delete from plan where app_id = ?', [app.id]);
    await tx.run('delete from app where id = ?', [app.id]);
  });
  em.clear();
}
