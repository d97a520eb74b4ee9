import { Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors.js';

/** Largest page any connection returns; larger `first` values are refused, not silently cut. */
export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 50;

@ObjectType({ description: 'Where a page of a cursor connection sits in the whole list (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when a next page follows (pass `endCursor` as `after`).' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when this page was asked for `after` a cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor?: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge.' })
  endCursor?: string | null;
}

export function pageSize(first: number | undefined | null): number {
  const n = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE) throw badInput(`first must be between 0 and ${MAX_PAGE}`, 'first');
  return n;
}

export const encodeCursor = (parts: (string | number)[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

/** A cursor of this API: `[sort value, id]`; anything else is BAD_USER_INPUT. */
export function decodeCursor(cursor: string): [string | number, string] {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(parts) &&
      parts.length === 2 &&
      ['string', 'number'].includes(typeof parts[0]) &&
      typeof parts[1] === 'string'
    )
      return parts as [string | number, string];
  } catch {
    // fall through
  }
  throw badInput('after is not a cursor of this list', 'after');
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export function pageInfoOf<T>(page: Page<T>): PageInfo {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.cursors[0] ?? null,
    endCursor: page.cursors[page.cursors.length - 1] ?? null,
  };
}

// biome-ignore lint/complexity/noBannedTypes: a type-graphql object type is any class
type NodeClass = Function;

/**
 * A Relay connection type for `Node`: `edges { node cursor }`, `pageInfo`, and `totalCount`,
 * which is counted only when asked for (a getter the resolver fills with a counting function).
 */
export function connectionOf<TNode>(Node: NodeClass, name: string, what: string, whatPlural = `${what}s`) {
  @ObjectType(`${name}Edge`, { description: `One ${what} and its cursor.` })
  class Edge {
    @Field(() => Node)
    node!: TNode;

    @Field(() => String, { description: 'Pass as `after` to get the items that follow this one.' })
    cursor!: string;
  }

  @ObjectType(`${name}ConnectionBase`)
  abstract class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, { description: `How many ${whatPlural} match the filters (all pages).` })
    get totalCount(): Promise<number> {
      return this.count();
    }
  }
  return Connection;
}

/** Fills a connection object from a page and a counting function. */
export function toConnection<TNode, C extends { edges: { node: TNode; cursor: string }[] }>(
  target: C,
  page: Page<TNode>,
  count: () => Promise<number>,
): C {
  return Object.assign(target, {
    edges: page.nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
    pageInfo: pageInfoOf(page),
    count,
  });
}
