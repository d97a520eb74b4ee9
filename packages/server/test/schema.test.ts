import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { adminSchema } from '../src/graphql/schema.js';

/** Printed the same way, so Biome's formatting of the checked-in file does not matter; descriptions do. */
const canonical = (sdl: string) => printSchema(lexicographicSortSchema(buildSchema(sdl)));

describe('schema.graphql', () => {
  it('is what the resolvers build (run `pnpm --filter @scimdesk/server schema` after changing them)', async () => {
    const checkedIn = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(canonical(checkedIn)).toBe(printSchema(lexicographicSortSchema(await adminSchema())));
  });

  it('describes every type but the root ones', async () => {
    const sdl = printSchema(lexicographicSortSchema(await adminSchema()));
    const bare = [...sdl.matchAll(/(?:^|\n\n)(?:type|input|enum) (\w+)/g)].map((m) => m[1]);
    expect(bare.filter((t) => t !== 'Query' && t !== 'Mutation')).toEqual([]);
  });
});
