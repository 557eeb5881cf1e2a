import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  server: {
    // The API (apps/server) in development; in production the server serves this app itself.
    proxy: { '/graphql': process.env.API_URL ?? 'http://localhost:4000' },
  },
  // The manifest lets scripts/bundle-size.mjs tell the initial chunks from the lazy ones.
  build: { sourcemap: true, manifest: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    // jsdom tests wait on real debounce timers; a busy CI machine can take seconds to render.
    testTimeout: 20_000,
  },
});
