import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// The built app talks to no host but its own: people use it offline in
// meeting rooms, and figures on public money stay on their machine. (Dev mode
// goes without: React's refresh preamble is an inline script.)
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
  ],
});

// One config for the app and every test project:
// - unit: engine, io, state and components (jsdom where a file asks for it)
// - e2e:  the built app in a real Chromium (see test/e2e/support/server.ts)
// - bench: `npm run bench`, timings only, never a pass/fail on time
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/*
 * Installable and offline: a service worker precaches the whole build (the
 * workers and the lazily loaded chunks included, so an export works offline
 * too) and serves it with no network after the first load. A new version
 * waits until the person chooses to reload (UpdateBanner), never changing
 * under their hands. The manifest and icons are public/'s, as they are.
 */
const offline = () =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: null,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // The workbook writer's worker is over 1 MB: precached like the rest.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      // A first visit is served by the worker at once; an update still waits to be chosen.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offline()],
  // The served app sends its policy as a header too: a meta tag cannot forbid framing.
  preview: { headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`, 'X-Content-Type-Options': 'nosniff' } },
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Libraries in chunks of their own, loaded beside the app's in parallel: a new version of the app
    // downloads its own code again, not the grid's or React's, and the app's chunk stays small.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'grid', test: /node_modules[\\/](ag-grid-community|ag-grid-react|ag-stack)[\\/]/, priority: 3 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'libs', test: /node_modules[\\/](zod|decimal\.js|papaparse|zustand)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/{model,io,state,ui,i18n}/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/support/english.ts'],
          // Properties run hundreds of cases: on a busy 2-core machine they need more than the default 5 s (never a test of speed).
          testTimeout: 30_000,
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
          // `npm run bench` only: the built app in Chromium, timed (see test/bench/browser.timings.ts).
          name: 'timings',
          include: ['test/bench/**/*.timings.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/globalSetup.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
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
