import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the web, generated from the one SDL in packages/schema.
const config: CodegenConfig = {
  schema: '../../packages/schema/src/*.graphql',
  documents: ['src/**/*.tsx', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        // Graphcache normalizes by __typename + id, so every selection carries __typename.
        nonOptionalTypename: true,
      },
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'useFragment' } },
    },
    // Minified schema for graphcache, so unions (search results) and interfaces match exactly.
    './src/gql/introspection.ts': {
      plugins: ['urql-introspection'],
      config: { module: 'es2015', useTypeImports: true },
    },
  },
};

export default config;
