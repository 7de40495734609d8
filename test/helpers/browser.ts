/**
 * Browser helpers for the e2e tests: find a Chromium that is already on the machine, launch it
 * with playwright-core, and open the app in a fresh context.
 *
 * Owns: locating the browser binary and the launch flags that work as root in a container.
 * Must not: download browsers (`npx playwright install` is not available everywhere), or share
 * state between tests (every `newAppPage` gets its own context, so its own IndexedDB).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Places we look for Chromium when no environment variable names one. */
const KNOWN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const HOW_TO_GET_ONE =
  'On Debian/Ubuntu install it with: apt-get update && apt-get install -y chromium\n' +
  'or set CHROMIUM_PATH=/path/to/chromium (any Chromium or Chrome build).';

/**
 * Flags that let Chromium run headless as root in a container without touching the network
 * on its own (no updater, no sync, no QUIC probes).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Path of a Chromium executable: `$CHROMIUM_PATH`, then `$PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH`,
 * then the usual system locations. Throws an Error that says how to get one.
 */
export function findChromium(): string {
  for (const name of ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const) {
    const value = process.env[name];
    if (value) {
      if (existsSync(value)) return value;
      // A variable that names a missing file is a mistake; say so instead of silently falling back.
      throw new Error(`${name} is set to "${value}", but no file exists there.\n${HOW_TO_GET_ONE}`);
    }
  }
  const found = KNOWN_PATHS.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Looked in $CHROMIUM_PATH, ' +
      `$PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, ${KNOWN_PATHS.join(', ')}.\n${HOW_TO_GET_ONE}`,
  );
}

/** Launches headless Chromium (from `findChromium()`) with `CHROMIUM_ARGS`. Close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

export interface AppPageOptions {
  /** Emulated `prefers-color-scheme`; defaults to 'light'. */
  colorScheme?: 'light' | 'dark' | 'no-preference';
  /** Path appended to the base URL, e.g. '/?board=x'. Defaults to '/'. */
  path?: string;
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /**
   * Console errors and uncaught page errors seen so far, in order, as text. Live array: it keeps
   * filling while the page runs. Assert `expect(errors).toEqual([])` at the end of a test.
   */
  errors: string[];
}

/**
 * Opens the app in a new, empty browser context (fresh IndexedDB, localStorage, service workers)
 * and waits for the `load` event. Close it with `context.close()` when done.
 */
export async function newAppPage(
  browser: Browser,
  baseUrl: string,
  opts: AppPageOptions = {},
): Promise<AppPage> {
  const context = await browser.newContext({ colorScheme: opts.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => {
    errors.push(`pageerror: ${err.stack ?? err.message}`);
  });
  await page.goto(new URL(opts.path ?? '/', baseUrl).href, { waitUntil: 'load' });
  return { context, page, errors };
}
