/**
 * Keeps storage in step with the live state: debounced writes of what changed,
 * one transaction per write, and a flush that callers use when the page is hidden
 * or closed. A failed write is reported (never only logged) and retried.
 * It does not know about React, the store or the DOM: the app passes in functions.
 */
import type { Repository, SavedState, WriteStats } from './repository';

export type AutosaveStatus = { kind: 'saving' } | { kind: 'saved'; at: number; stats: WriteStats } | { kind: 'error'; error: unknown };

export interface AutosaveOptions {
  repository: Repository;
  /** What is on disk right now (the state the load pipeline hydrated). */
  initial: SavedState;
  /** The live state to save. */
  read: () => SavedState;
  onStatus: (status: AutosaveStatus) => void;
  delayMs?: number;
  /** Wait after a failure before trying again on its own. */
  retryMs?: number;
}

export interface Autosave {
  /** Call after every state change; schedules a write if something differs from disk. */
  notify(): void;
  /** Writes now whatever is pending; resolves when it is on disk (or has failed). */
  flush(): Promise<void>;
  /** Whether the live state differs from what is on disk. */
  hasPending(): boolean;
  stop(): void;
}

function same(a: SavedState, b: SavedState): boolean {
  return a.doc === b.doc && a.activeBoardId === b.activeBoardId;
}

export function startAutosave(options: AutosaveOptions): Autosave {
  const { repository, read, onStatus, delayMs = 300, retryMs = 5000 } = options;
  let saved = options.initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let stopped = false;

  const schedule = (ms: number) => {
    if (timer !== undefined || stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, ms);
  };

  async function writeOnce(): Promise<void> {
    const next = read();
    if (same(saved, next)) return;
    onStatus({ kind: 'saving' });
    try {
      const stats = await repository.write(saved, next);
      saved = next;
      onStatus({ kind: 'saved', at: Date.now(), stats });
    } catch (error) {
      onStatus({ kind: 'error', error });
      schedule(retryMs);
    }
  }

  async function flush(): Promise<void> {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    // One write at a time; a flush during a write waits for it, then writes what came since.
    while (running) await running;
    if (stopped || same(saved, read())) return;
    running = writeOnce().finally(() => {
      running = null;
    });
    await running;
  }

  return {
    notify() {
      if (!same(saved, read())) schedule(delayMs);
    },
    flush,
    hasPending: () => !same(saved, read()),
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
