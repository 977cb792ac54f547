import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { AppendixPage } from './appendixPage';
import { findChrome } from '../../../.ci/tools.mjs';

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chrome/Chromium found: run `npm test` (it installs one) or set CHROME_PATH.');
  return chromium.launch({ executablePath, args: ARGS, headless: true });
}

export interface OpenedPage {
  readonly page: Page;
  /** Every URL the page asked for. */
  readonly requests: string[];
  /** Errors the page threw or logged. */
  readonly errors: string[];
}

export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  // The clipboard tests copy and paste through the system clipboard, as a person does.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, requests, errors };
}

/** One Chromium for the tests of a `describe` block, launched before them and closed after, and where the built app is served. */
export function useBrowser(): { readonly baseUrl: string; readonly browser: () => Browser } {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { baseUrl, browser: () => browser };
}

/** {@link useBrowser}, and a function that opens the built app in a fresh context. */
export function useApp(): () => Promise<{ app: AppendixPage; opened: OpenedPage }> {
  const { baseUrl, browser } = useBrowser();
  return async () => {
    const opened = await openPage(browser(), baseUrl);
    return { app: await new AppendixPage(opened.page).ready(), opened };
  };
}
