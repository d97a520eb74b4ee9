import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CJS (`main`) and ESM (`module`) builds; Node, type-graphql and Apollo load the CJS one,
    // while Vite would hand our sources the ESM one: two realms, and "Cannot use GraphQLObjectType from
    // another module or realm". Point our sources at the same file Node loads.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Engine and CLI tests spawn real processes (each CLI start ~3 s on this 2-core machine); speed
    // is measured by the benchmarks, not by timeouts, so a slow shared machine must not fail them.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
