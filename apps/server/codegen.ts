import { defineConfig } from '@eddeee888/gcg-typescript-resolver-files';
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../packages/schema/src/*.graphql',
  generates: {
    'src/schema': defineConfig({
      mode: 'merged',
      resolverRelativeTargetDir: 'resolvers',
      // Mappers (DB rows) live in this app, not beside the SDL: src/mappers/<sdl>.mappers.ts.
      mappersRelativeTargetDir: '../../../apps/server/src/mappers',
      mergeSchema: false,
      typesPluginsConfig: { contextType: '../context.ts#GraphQLContext', useTypeImports: true },
    }),
  },
};

export default config;
