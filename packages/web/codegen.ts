import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types and typed documents from the server's written-out schema: web knows the server only through it. */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: 'src/graphql/**/*.graphql',
  generates: {
    'src/graphql/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTimeISO: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
  hooks: { afterAllFileWrite: ['biome check --write'] },
};

export default config;
