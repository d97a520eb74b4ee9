// Writes packages/server/schema.graphql from the resolvers (the web package generates its types from it),
// formatted by Biome like every other file. Usage: pnpm --filter @scimdesk/server schema
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaSdl } from '../src/graphql/schema.js';

const out = fileURLToPath(new URL('../schema.graphql', import.meta.url));
writeFileSync(out, await schemaSdl());
execFileSync('npx', ['biome', 'format', '--write', out], { stdio: 'ignore' });
console.log(`wrote ${out}`);
