// Where the real programs the tests drive may live: a Chrome/Chromium for the
// browser tests, LibreOffice for recomputing exported workbooks. Shared by the
// install step (.ci/ensure.mjs) and the tests.
import { existsSync } from 'node:fs';

const CHROME = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const OFFICE = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

const first = (fromEnv, candidates) => [fromEnv, ...candidates].find((path) => !!path && existsSync(path));

/** The browser to drive: $CHROME_PATH when set, else the first one installed. */
export function findChrome() {
  return first(process.env.CHROME_PATH, CHROME);
}

/** LibreOffice's command: $SOFFICE_PATH when set, else the first one installed. */
export function findOffice() {
  return first(process.env.SOFFICE_PATH, OFFICE);
}
