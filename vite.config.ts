import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One config for the app and every test project:
// - unit: engine, io, state and components (jsdom where a file asks for it)
// - e2e:  the built app in a real Chromium (see test/e2e/support/server.ts)
// - bench: `npm run bench`, timings only, never a pass/fail on time
export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/{model,io,state,ui}/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          include: [],
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
        },
      },
    ],
  },
});
