// Installs what `npm start`, `npm test` and `npm run bench` need on a fresh
// clone: the npm dependencies (npm ci, when node_modules is missing or older
// than the lockfile); with --browser, Debian's chromium when no Chrome/Chromium
// is found; with --office, Debian's LibreOffice Calc (to recompute exported
// workbooks) when none is found. Debian packages need apt-get.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, findOffice } from './tools.mjs';

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

const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
let isAptUpdated = false;

/** Installs a Debian package when `isFound()` says the program is missing. */
function ensureDebian(what, pkg, isFound, hint) {
  if (isFound()) return;
  if (!existsSync('/usr/bin/apt-get')) {
    console.error(`[ensure] no ${what} found and no apt-get to install one: ${hint}.`);
    process.exit(1);
  }
  console.log(`[ensure] installing Debian's ${pkg} (${what})…`);
  if (!isAptUpdated) run(`${sudo}apt-get update -qq`);
  isAptUpdated = true;
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${pkg}`);
  if (!isFound()) {
    console.error(`[ensure] ${pkg} was installed but ${what} is not at a known path: ${hint}.`);
    process.exit(1);
  }
}

if (process.argv.includes('--browser')) {
  ensureDebian('Chrome/Chromium for the real-browser tests', 'chromium', () => !!findChrome(), 'set CHROME_PATH');
}
/** LibreOffice with its spreadsheet: on Debian the launcher can outlive a removed Calc. */
function hasCalc() {
  if (!findOffice()) return false;
  if (process.env.SOFFICE_PATH || !existsSync('/usr/bin/dpkg-query')) return true;
  try {
    const status = execSync("dpkg-query -W -f='${Status}\\n' libreoffice-calc-nogui libreoffice-calc 2>/dev/null || true", { encoding: 'utf8' });
    return status.includes('install ok installed');
  } catch {
    return false;
  }
}

if (process.argv.includes('--office')) {
  ensureDebian('LibreOffice Calc to recompute exported workbooks', 'libreoffice-calc-nogui', hasCalc, 'set SOFFICE_PATH');
}
