// Installs what `npm start`, `npm test` and `npm run bench` need on a fresh
// clone: the npm dependencies (npm ci, when node_modules is missing or older
// than the lockfile) and, with --browser, Debian's chromium when no
// Chrome/Chromium is found and apt-get is available.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './chrome.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

function dependenciesAreCurrent() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(installed)) return false;
  return !existsSync(lock) || statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
}

if (!dependenciesAreCurrent()) {
  console.log('[ensure] installing npm dependencies (npm ci)…');
  run(existsSync(join(root, 'package-lock.json')) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund');
}

if (process.argv.includes('--browser') && !findChrome()) {
  const hasAptGet = existsSync('/usr/bin/apt-get');
  if (!hasAptGet) {
    console.error('[ensure] no Chrome/Chromium found and no apt-get to install one: set CHROME_PATH.');
    process.exit(1);
  }
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  console.log("[ensure] installing Debian's chromium for the real-browser tests…");
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium`);
  if (!findChrome()) {
    console.error('[ensure] chromium was installed but not found at a known path: set CHROME_PATH.');
    process.exit(1);
  }
}
