import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const vite = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/** Builds the app and serves the build on a free loopback port for the real-browser tests. */
export default async function setup(project: TestProject) {
  // Built every time (a few seconds): a dist/ left by an earlier edit or another
  // branch would otherwise be what the browser tests judge, not the source.
  // NODE_ENV as `npm start` builds it: vitest sets it to "test", and a build that inherits it bundles React's
  // development build and AG Grid's checks (twice the code, a start half a second slower), not what people get.
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  const port = await freePort();
  // Its own process group, so teardown stops the server and anything it started.
  const child = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  try {
    await waitFor(baseUrl, child, 30_000);
  } catch (error) {
    process.kill(-child.pid!, 'SIGTERM');
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  return () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
}
