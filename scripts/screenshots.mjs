#!/usr/bin/env node
// Builds the app, serves it with `vite preview`, and saves screenshots of the board in light
// and dark themes (docs/screenshot-light.png, docs/screenshot-dark.png) for the README and for
// looking at spacing, contrast and focus rings by eye. Uses the machine's Chromium
// ($CHROMIUM_PATH or /usr/bin/chromium), never a downloaded one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

process.env.NODE_ENV = 'production';
await build({ root, logLevel: 'warn' });
const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 620 }, colorScheme });
    await page.goto(url);
    await page.getByRole('button', { name: 'Add a card', exact: true }).first().waitFor();
    // Show a focus ring as a keyboard user would see it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: /^Drag cards between/ }).focus();
    const file = `docs/screenshot-${colorScheme}.png`;
    await page.screenshot({ path: file });
    console.log(`saved ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
