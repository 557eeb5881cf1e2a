import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// The whole suite runs on embedded PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set
// (scripts/with-postgres.sh starts one and sets it).
const engines = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export default defineConfig({
  resolve: {
    // graphql ships CJS and ESM builds; Vite would pick the ESM one for our code while graphql-yoga
    // (loaded by Node) gets the CJS one, and two GraphQLError classes make Yoga mask every error.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: engines.map((engine) => ({
      extends: true,
      test: { name: engine, env: { NEWSGRAPH_TEST_ENGINE: engine } },
    })),
  },
});
