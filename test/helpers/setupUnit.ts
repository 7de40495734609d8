// Shared setup for unit tests (jsdom matchers etc. added by other tests as needed).
import { afterEach } from 'vitest';

// Component tests (files with `// @vitest-environment jsdom`): Vitest globals are off, so
// Testing Library cannot register its own cleanup. Unmount after every test so rendered trees
// do not pile up in one document, and tell React this is an act() environment.
if (typeof document !== 'undefined') {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}

export {};
