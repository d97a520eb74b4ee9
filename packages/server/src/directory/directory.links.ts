import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toDate, toDateOrNull } from '../db/row.js';
import type { SqlRunner } from '../db/sql.js';

/**
 * Where a directory object went: the links of the apps that read its directory (app_link, written
 * by cycles and on-demand runs, cycles/links.ts), by app name. One primary-key lookup per app.
 */
export enum DirectoryLinkState {
  PROVISIONED = 'provisioned',
  DISABLED = 'disabled',
  DELETED = 'deleted',
}
registerEnumType(DirectoryLinkState, {
  name: 'DirectoryLinkState',
  description: 'Where an app left an object in its target: provisioned (in scope), disabled there, or deleted there.',
});

@ObjectType('DirectoryObjectLink', {
  description: 'What one app knows of a directory object in its target (SPEC E7): target id, state, last action.',
})
export class DirectoryObjectLinkNode {
  @Field(() => String, { description: "The app's name." })
  app!: string;

  @Field(() => String, {
    nullable: true,
    description: "The object's id in the target (null until created or matched).",
  })
  targetId!: string | null;

  @Field(() => DirectoryLinkState)
  state!: DirectoryLinkState;

  @Field(() => String, {
    nullable: true,
    description: 'What the app last did: Create, Update, Enable, Disable, Delete, Skip, Fail, Staged or Held.',
  })
  lastAction!: string | null;

  @Field(() => Date, { description: 'When the app last processed the object.' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Failures in a row (kept in escrow and retried).' })
  failures!: number;

  @Field(() => String, { nullable: true, description: 'The last failure, while it is not resolved.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: 'When a cycle may retry it (escrow).' })
  retryAt!: Date | null;
}

interface RawLink {
  app: string;
  target_id: string | null;
  state: string;
  last_action: string | null;
  updated_at: unknown;
  failures: number | string;
  last_error: string | null;
  retry_at: unknown;
}

export async function linksOf(
  q: SqlRunner,
  directoryId: string,
  type: 'user' | 'group',
  objectId: string,
): Promise<DirectoryObjectLinkNode[]> {
  const rows = await q.all<RawLink>(
    `select a.name as app, l.target_id, l.state, l.last_action, l.updated_at, l.failures, l.last_error, l.retry_at
       from app a join app_link l on l.app_id = a.id and l.object_type = ? and l.source_id = ?
      where a.directory_id = ? order by a.name`,
    [type, objectId, directoryId],
  );
  return rows.map((r) => ({
    app: r.app,
    targetId: r.target_id,
    state: (Object.values(DirectoryLinkState) as string[]).includes(r.state)
      ? (r.state as DirectoryLinkState)
      : DirectoryLinkState.PROVISIONED,
    lastAction: r.last_action,
    updatedAt: toDate(r.updated_at),
    failures: Number(r.failures),
    lastError: r.last_error,
    retryAt: toDateOrNull(r.retry_at),
  }));
}
