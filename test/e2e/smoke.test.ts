/**
 * Smoke test: the built app loads in real Chromium, has a main landmark and a title, and throws
 * nothing on the way.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newAppPage } from '../helpers/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('the app loads with a main landmark, a title and no errors', async () => {
  const { context, page, errors } = await newAppPage(browser, inject('baseUrl'));
  try {
    const main = page.getByRole('main');
    // The app renders client-side: wait for React to mount before counting landmarks.
    await main.first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await main.count()).toBe(1);
    expect((await page.title()).trim()).not.toBe('');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
