/**
 * Global setup for the `e2e` Vitest project: checks that Chromium exists, builds the app with
 * Vite, serves dist/ with `vite preview` on a free port of 127.0.0.1, and provides the base URL
 * to the tests as `inject('baseUrl')`. The returned teardown closes the server.
 *
 * Must not: start a dev server (tests run against the production build) or download a browser.
 */
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../helpers/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the preview server, e.g. 'http://127.0.0.1:41234/' (trailing slash). */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Fail before the (slow) build if there is no browser to run the tests in.
  findChromium();

  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build;
  // the browser tests must run the same production bundle a user gets.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }

  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('vite preview did not report a TCP address');
  }
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  project.provide('baseUrl', baseUrl);

  return async () => {
    await server.close();
  };
}
