/**
 * Proposed app changes as the server takes them: `planApp(app, proposal)` plans an app file
 * (packages/server/src/apps/app.file.ts) and applying that plan saves it as `applyApp` would. The
 * file is built from the App the dashboard loaded (fragment AppFileFields in graphql/plans.graphql)
 * with only the mappings and/or scope replaced, so nothing else the app has is lost:
 *
 * - source and target are the app's own (a proposal may not change them); an external target
 *   whose token is stored is sent as `{ url }` (the server keeps the stored token);
 * - schedule, deletion threshold and webhook are sent as they are (the webhook as `{ url }`:
 *   the server keeps its stored secret); the app's state is left out (kept);
 * - mappings: the preset's name while the app uses a preset unchanged, else the mapping set;
 * - scope: assignments by the name they were assigned by (UPN or group displayName).
 *
 *   const file = proposalFile(app, { scope: { ...scopeOfApp(app), userFilter } });
 *   const r = await planProposal(client, app.name, file);
 *   if (r.ok) open PlanReview with r.planId; else show r.diagnostics / r.error.
 */
import type { Client } from '@urql/core';
import { errorCode, errorMessage } from '../graphql/client';
import {
  type AppFileFieldsFragment,
  PlanAppDocument,
  type PlanDiagnosticFieldsFragment,
  type ProposalScopingFilterFragment,
} from '../graphql/generated';

export type ProposalApp = AppFileFieldsFragment;

export interface ScopingClauseFile {
  attribute: string;
  operator: string;
  value?: string | null;
}
export interface ScopingFilterFile {
  groups: { title?: string; clauses: ScopingClauseFile[] }[];
}

/** The `scope` of an app file. */
export interface ScopeFile {
  mode: 'assigned' | 'all';
  /** userPrincipalName or objectId / group displayName or objectId. */
  assignments: { users: string[]; groups: string[] };
  userFilter: ScopingFilterFile;
  groupFilter: ScopingFilterFile;
}

/** A mapping set `{ user, group }` (the shape of `App.mappings`), or a preset's name. */
export type MappingsFile = string | Record<string, unknown>;

export type TargetFile = { tenant: string } | { url: string; tokenEnv: string } | { url: string };

/** An app file (the parts the dashboard sends). */
export interface AppFile {
  name: string;
  source: { directory: string } | { tenant: string };
  target: TargetFile;
  mappings: MappingsFile;
  scope: ScopeFile;
  schedule: { enabled: boolean; followChanges: boolean; intervalMinutes: number };
  deletionThreshold: number;
  webhook?: { url: string };
}

export interface ProposalChanges {
  /** The proposed mapping set (or a preset's name); default: the app's own. */
  mappings?: MappingsFile;
  /** The proposed scope; default: the app's own (`scopeOfApp`). */
  scope?: ScopeFile;
}

function filterFile(f: ProposalScopingFilterFragment): ScopingFilterFile {
  return {
    groups: f.groups.map((g) => ({
      ...(g.title ? { title: g.title } : {}),
      clauses: g.clauses.map((c) => ({ attribute: c.attribute, operator: c.operator, value: c.value ?? null })),
    })),
  };
}

/** The app's current scope in app-file form, to change one part of it. */
export function scopeOfApp(app: ProposalApp): ScopeFile {
  return {
    mode: app.scope.mode === 'ALL' ? 'all' : 'assigned',
    assignments: { users: app.scope.users.map((u) => u.name), groups: app.scope.groups.map((g) => g.name) },
    userFilter: filterFile(app.scope.userFilter),
    groupFilter: filterFile(app.scope.groupFilter),
  };
}

/** The app's current mappings in app-file form: its preset's name while unchanged, else its mapping set. */
export function mappingsOfApp(app: ProposalApp): MappingsFile {
  return app.mappingsPreset ?? app.mappings;
}

function targetOf(app: ProposalApp): TargetFile {
  const t = app.target;
  if (t.tenant) return { tenant: t.tenant };
  if (!t.url) throw new Error(`App ${app.name} has neither a target tenant nor a target URL.`);
  return t.tokenEnv ? { url: t.url, tokenEnv: t.tokenEnv } : { url: t.url };
}

function sourceOf(app: ProposalApp): AppFile['source'] {
  if (app.sourceTenant) return { tenant: app.sourceTenant };
  if (!app.directory) throw new Error(`App ${app.name} has no source directory.`);
  return { directory: app.directory };
}

/** The app file `planApp(app, proposal)` takes: the app as it is, with `changes` applied. */
export function proposalFile(app: ProposalApp, changes: ProposalChanges = {}): AppFile {
  return {
    name: app.name,
    source: sourceOf(app),
    target: targetOf(app),
    mappings: changes.mappings ?? mappingsOfApp(app),
    scope: changes.scope ?? scopeOfApp(app),
    schedule: {
      enabled: app.schedule.enabled,
      followChanges: app.schedule.followChanges,
      intervalMinutes: app.schedule.intervalMinutes,
    },
    deletionThreshold: app.deletionThreshold,
    ...(app.webhookUrl ? { webhook: { url: app.webhookUrl } } : {}),
  };
}

/** A plan started, or why not: the proposal's diagnostics, or the GraphQL error (message and code). */
export type PlanStart =
  | { ok: true; planId: string }
  | { ok: false; error: string; code: string | null; diagnostics: PlanDiagnosticFieldsFragment[] };

async function plan(client: Client, app: string, restart: boolean, proposal: AppFile | null): Promise<PlanStart> {
  const r = await client.mutation(PlanAppDocument, { app, restart, proposal }).toPromise();
  if (r.error || !r.data)
    return {
      ok: false,
      error: errorMessage(r.error) || 'No answer from the server.',
      code: errorCode(r.error) ?? null,
      diagnostics: [],
    };
  const { plan: made, diagnostics } = r.data.planApp;
  if (!made) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    return {
      ok: false,
      error: `The proposal has ${errors === 1 ? '1 error' : `${errors} errors`}: nothing was planned.`,
      code: 'PLAN_INVALID',
      diagnostics,
    };
  }
  return { ok: true, planId: made.id };
}

/** Plans a proposed app file (computed in the background: follow it with usePlan / PlanReview). Platform owners. */
export function planProposal(client: Client, appName: string, file: AppFile): Promise<PlanStart> {
  return plan(client, appName, false, file);
}

/** Plans a restart ("Restart provisioning": every object again, links kept). Role admin. */
export function planRestart(client: Client, appName: string): Promise<PlanStart> {
  return plan(client, appName, true, null);
}
