/**
 * Provision on demand (SPEC E6): one user, or one group with all its direct user members, through
 * the same pipeline as a cycle (import -> scope -> match -> action, cycle.reconcile.ts), at once,
 * answered with every step and its details. It writes the same provisioning log entries as a
 * cycle (with no cycle id) and the same links, so the next cycle does not redo the work.
 *
 * A group runs in three parts: the group itself (created or updated with the members the target
 * already has), then each member user (reported as it finishes, `onObject`), then the group
 * again, so the members provisioned just now are added to it ("membership"). Azure stops at 5
 * members; here a group of any size runs, members `ENGINE_BATCH_SIZE` at a time.
 */
import type { EntityManager } from '@mikro-orm/core';
import { compileApp } from '../apps/app.compile.js';
import type { App } from '../apps/app.entity.js';
import { targetFor } from '../apps/app.target.js';
import type { SqlRunner } from '../db/sql.js';
import { groupNameKey } from '../directory/directory.fields.js';
import { readUserByRef } from '../directory/directory.read.js';
import type { LogEntry, LogStep } from '../provisioning/log.types.js';
import { insertLogs } from '../provisioning/log.writer.js';
import type { Services } from '../scim/services.js';
import { buildItems, mapLimit } from './cycle.batch.js';
import { groupParents, type ObjectType, userMembers } from './cycle.reader.js';
import { type ObjectResult, type ReconcileEnv, reconcile } from './cycle.reconcile.js';
import { writeLinks } from './links.js';

/** The object was not found in the app's source directory, or the request names none / both. */
export class OnDemandError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'BAD_REQUEST',
    message: string,
  ) {
    super(message);
  }
}

export interface OnDemandObject {
  objectType: ObjectType;
  /** `object` (the user or group asked for), `member` (a group's member), `membership` (the group's second pass). */
  role: 'object' | 'member' | 'membership';
  sourceId: string;
  sourceName: string;
  action: LogEntry['action'];
  status: LogEntry['status'];
  targetId: string | null;
  targetName: string | null;
  /** Attributes written, old -> new (redacted values stay redacted). */
  modified: NonNullable<LogEntry['modified']>;
  /** testConnection (external targets), import, scope, match, action; each with its details. */
  steps: LogStep[];
  /** The last SCIM request sent for this object, with its body, and the answer's status. */
  request: { method: string; path: string; body?: unknown } | null;
  response: { status: number; retries: number; durationMs: number } | null;
  errorCode: string | null;
  errorMessage: string | null;
  durationMs: number;
}

export interface OnDemandResult {
  app: string;
  objectType: ObjectType;
  /** The user or group asked for (for a group, its first pass). */
  object: OnDemandObject;
  /** A group's direct user members, each through the pipeline. */
  members: OnDemandObject[];
  /** A group's second pass, adding the members provisioned just now; null for a user. */
  membership: OnDemandObject | null;
  /** False when the connection test failed: nothing else was tried. */
  connected: boolean;
  durationMs: number;
}

export interface OnDemandRequest {
  /** A user's userPrincipalName or objectId. */
  user?: string;
  /** A group's displayName or objectId. */
  group?: string;
}

async function findGroupId(q: SqlRunner, directoryId: string, ref: string): Promise<string | undefined> {
  const byId = await q.get<{ object_id: string }>(
    'select object_id from directory_group where directory_id = ? and object_id = ?',
    [directoryId, ref],
  );
  if (byId) return byId.object_id;
  const byName = await q.all<{ object_id: string }>(
    'select object_id from directory_group where directory_id = ? and name_key = ? order by object_id limit 2',
    [directoryId, groupNameKey(ref)],
  );
  if (byName.length > 1)
    throw new OnDemandError('BAD_REQUEST', `Several groups are named "${ref}": name the group by its objectId.`);
  return byName[0]?.object_id;
}

function objectOf(r: ObjectResult, role: OnDemandObject['role']): OnDemandObject {
  const l = r.log;
  const call = r.lastCall;
  return {
    objectType: l.objectType as ObjectType,
    role,
    sourceId: l.sourceId,
    sourceName: l.sourceName ?? l.sourceId,
    action: l.action,
    status: l.status,
    targetId: l.targetId ?? null,
    targetName: l.targetName ?? null,
    modified: l.modified ?? [],
    steps: l.steps ?? [],
    request: call
      ? { method: call.method, path: call.path, ...(call.body !== undefined ? { body: call.body } : {}) }
      : null,
    // Whole milliseconds: GraphQL's Int (a local target measures fractions).
    response: call ? { status: call.status, retries: call.retries, durationMs: Math.round(call.durationMs) } : null,
    errorCode: l.errorCode ?? null,
    errorMessage: l.errorMessage ?? null,
    durationMs: l.durationMs ?? 0,
  };
}

/**
 * Runs `request` for `app` now. `onObject` hears each object as it finishes (a group's members
 * stream this way). Throws OnDemandError when the object is not in the directory.
 */
export async function provisionOnDemand(
  services: Services,
  em: EntityManager,
  app: App,
  request: OnDemandRequest,
  onObject?: (o: OnDemandObject) => void,
): Promise<OnDemandResult> {
  const started = performance.now();
  const { sql, config } = services;
  if (!!request.user === !!request.group)
    throw new OnDemandError('BAD_REQUEST', 'Name one user (userPrincipalName or objectId) or one group.');
  const objectType: ObjectType = request.user ? 'user' : 'group';
  const ref = String(request.user ?? request.group).trim();
  const id =
    objectType === 'user'
      ? (await readUserByRef(sql, app.directoryId, ref))?.objectId
      : await findGroupId(sql, app.directoryId, ref);
  if (!id) throw new OnDemandError('NOT_FOUND', `No ${objectType} "${ref}" in the app's source directory.`);

  const target = await targetFor(services, em, app);
  try {
    const connection: LogStep =
      target.kind === 'tenant'
        ? { step: 'testConnection', status: 'Success', details: { message: 'A local tenant, reached in-process.' } }
        : await target.testConnection().then((t) => ({
            step: 'testConnection',
            status: t.ok ? 'Success' : 'Failure',
            details: { message: t.message, ...(t.status !== undefined ? { status: t.status } : {}) },
          }));
    const compiled = compileApp(app, await target.declaredTypes?.());
    const env: ReconcileEnv = {
      app,
      compiled,
      target,
      cycleId: null,
      timeoutMs: config.ENGINE_EVALUATION_TIMEOUT_MS,
      parents: await groupParents(sql, app.directoryId),
    };
    const concurrency = target.kind === 'tenant' ? config.ENGINE_LOCAL_CONCURRENCY : services.httpPolicy.maxConcurrency;
    const one = async (type: ObjectType, ids: readonly string[], role: OnDemandObject['role']) => {
      const items = await buildItems(sql, app.directoryId, app.id, type, ids);
      const results = await mapLimit(items, concurrency, (item) => reconcile(env, item));
      const now = new Date();
      await sql.transaction(async (tx) => {
        await writeLinks(
          tx,
          app.id,
          results.flatMap((r) => (r.link ? [r.link] : [])),
          now,
        );
        await insertLogs(
          tx,
          results.map((r) => ({ ...r.log, at: now })),
        );
      });
      const out = results.map((r) => {
        const o = objectOf(r, role);
        o.steps = [connection, ...o.steps];
        return o;
      });
      for (const o of out) onObject?.(o);
      return out;
    };

    if (connection.status !== 'Success') {
      const failed: OnDemandObject = {
        objectType,
        role: 'object',
        sourceId: id,
        sourceName: ref,
        action: 'Other',
        status: 'Failure',
        targetId: null,
        targetName: null,
        modified: [],
        steps: [connection],
        request: null,
        response: null,
        errorCode: 'TargetUnreachable',
        errorMessage: String(connection.details?.message ?? 'The connection test failed.'),
        durationMs: Math.round(performance.now() - started),
      };
      onObject?.(failed);
      return {
        app: app.name,
        objectType,
        object: failed,
        members: [],
        membership: null,
        connected: false,
        durationMs: failed.durationMs,
      };
    }

    const [object] = await one(objectType, [id], 'object');
    const members: OnDemandObject[] = [];
    let membership: OnDemandObject | null = null;
    if (objectType === 'group') {
      const memberIds = (await userMembers(sql, app.directoryId, [id])).get(id) ?? [];
      for (let i = 0; i < memberIds.length; i += config.ENGINE_BATCH_SIZE)
        members.push(...(await one('user', memberIds.slice(i, i + config.ENGINE_BATCH_SIZE), 'member')));
      if (memberIds.length) [membership] = await one('group', [id], 'membership');
    }
    return {
      app: app.name,
      objectType,
      object,
      members,
      membership,
      connected: true,
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    await target.close();
  }
}
