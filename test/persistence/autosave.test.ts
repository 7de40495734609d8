/**
 * Autosave against a fake repository and fake timers: when writes happen, what they contain,
 * and that a failure is reported and kept for a retry rather than lost.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addCard, updateCard } from '../../src/model/ops';
import type { KanbanDoc } from '../../src/model/types';
import { startAutosave, type Autosave, type AutosaveStatus } from '../../src/persistence/autosave';
import { changesBetween, type Repository, type SavedState, type WriteStats } from '../../src/persistence/repository';
import { T0, cardId, ids, sampleDoc } from '../helpers/modelFactories';

const DELAY = 300;
const RETRY = 5000;

interface WriteCall {
  prev: SavedState;
  next: SavedState;
}

/**
 * A repository that records every write. By default a write succeeds at once; `hold()` makes the
 * next writes wait until the test settles them, `failNext()` makes the next write reject.
 */
function fakeRepository() {
  const writes: WriteCall[] = [];
  const pending: (() => void)[] = [];
  let holding = false;
  const failures: unknown[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const repository: Repository = {
    read: vi.fn(async () => ({ raw: { schemaVersion: undefined, boards: [], columns: [], cards: [] }, activeBoardId: null })),
    dump: vi.fn(async () => ({})),
    write(prev, next) {
      writes.push({ prev, next });
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const stats = (): WriteStats => {
        const c = changesBetween(prev, next);
        return { puts: c.puts.length, deletes: c.dels.length };
      };
      const settle = <T>(p: Promise<T>) => p.finally(() => (inFlight -= 1));
      if (failures.length) {
        const error = failures.shift();
        return settle(Promise.reject(error));
      }
      if (!holding) return settle(Promise.resolve(stats()));
      return settle(new Promise<WriteStats>((resolve) => pending.push(() => resolve(stats()))));
    },
  };
  return {
    repository,
    writes,
    hold: () => (holding = true),
    release: () => (holding = false),
    failNext: (error: unknown) => failures.push(error),
    /** Lets the oldest held write finish. */
    finishOldest: () => pending.shift()?.(),
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

/** The live state autosave reads, and helpers to change it as the store would. */
function liveState(doc: KanbanDoc = sampleDoc()) {
  let state: SavedState = { doc, activeBoardId: ids.work };
  return {
    read: () => state,
    get: () => state,
    editTitle(title: string, now = T0 + 1) {
      state = { ...state, doc: updateCard(state.doc, ids.t1, { title }, now) };
    },
    addCard(id: string, title: string) {
      state = { ...state, doc: addCard(state.doc, { id: cardId(id), columnId: ids.doing, title, now: T0 + 2 }) };
    },
    select(boardId: string) {
      state = { ...state, activeBoardId: boardId };
    },
  };
}

let autosave: Autosave | undefined;

function setup() {
  const repo = fakeRepository();
  const live = liveState();
  const initial = live.get();
  const statuses: AutosaveStatus[] = [];
  autosave = startAutosave({
    repository: repo.repository,
    initial,
    read: live.read,
    onStatus: (s) => statuses.push(s),
    delayMs: DELAY,
    retryMs: RETRY,
  });
  return { repo, live, initial, statuses, autosave };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  autosave?.stop();
  autosave = undefined;
  vi.useRealTimers();
});

describe('debounced writes', () => {
  it('turns several quick changes into one write of the latest state, after the delay', async () => {
    const { repo, live, initial, autosave } = setup();

    live.editTitle('One');
    autosave.notify();
    await vi.advanceTimersByTimeAsync(100);
    live.editTitle('Two');
    autosave.notify();
    await vi.advanceTimersByTimeAsync(100);
    live.addCard('card-new', 'Three');
    autosave.notify();

    await vi.advanceTimersByTimeAsync(DELAY - 201);
    expect(repo.writes).toHaveLength(0);
    expect(autosave.hasPending()).toBe(true);

    await vi.advanceTimersByTimeAsync(1);
    expect(repo.writes).toEqual([{ prev: initial, next: live.get() }]);
    expect(autosave.hasPending()).toBe(false);

    await vi.advanceTimersByTimeAsync(10 * RETRY);
    expect(repo.writes).toHaveLength(1);
  });

  it('reports saving, then saved with the write stats', async () => {
    const { repo, live, statuses, autosave } = setup();
    live.editTitle('One');
    autosave.notify();
    await vi.advanceTimersByTimeAsync(DELAY);

    expect(statuses.map((s) => s.kind)).toEqual(['saving', 'saved']);
    // Editing a card writes that card and nothing else (not its board): one record.
    expect(statuses[1]).toEqual({ kind: 'saved', at: expect.any(Number), stats: { puts: 1, deletes: 0 } });
    const written = changesBetween(repo.writes[0]!.prev, repo.writes[0]!.next);
    expect(written.puts.map(([key]) => key)).toEqual(['card:card-t1']);
    expect(written.dels).toEqual([]);
  });

  it('writes nothing when nothing changed', async () => {
    const { repo, statuses, autosave } = setup();

    autosave.notify();
    autosave.notify();
    await vi.advanceTimersByTimeAsync(10 * RETRY);
    await autosave.flush();

    expect(repo.writes).toEqual([]);
    expect(statuses).toEqual([]);
    expect(autosave.hasPending()).toBe(false);
  });

  it('writes nothing once a change has been undone before the delay ran out', async () => {
    const { repo, live, initial, autosave } = setup();
    live.select(ids.home);
    autosave.notify();
    live.select(initial.activeBoardId!);
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(repo.writes).toEqual([]);
  });
});

describe('flush', () => {
  it('writes at once, without waiting for the delay, and the timer then writes nothing more', async () => {
    const { repo, live, initial, autosave } = setup();
    live.editTitle('Now');
    autosave.notify();

    await autosave.flush();

    expect(repo.writes).toEqual([{ prev: initial, next: live.get() }]);
    expect(autosave.hasPending()).toBe(false);
    await vi.advanceTimersByTimeAsync(10 * RETRY);
    expect(repo.writes).toHaveLength(1);
  });

  it('writes a change even when notify() was never called for it', async () => {
    const { repo, live, autosave } = setup();
    live.editTitle('Unannounced');
    expect(autosave.hasPending()).toBe(true);
    await autosave.flush();
    expect(repo.writes).toHaveLength(1);
  });

  it('does not write the same change twice when flushed twice in a row', async () => {
    const { repo, live, autosave } = setup();
    live.editTitle('Once');

    await autosave.flush();
    await autosave.flush();
    expect(repo.writes).toHaveLength(1);

    live.editTitle('Twice');
    await Promise.all([autosave.flush(), autosave.flush(), autosave.flush()]);
    expect(repo.writes).toHaveLength(2);
  });

  it('never overlaps writes: a flush during a slow write waits, then writes only what changed since', async () => {
    const { repo, live, initial, autosave } = setup();
    repo.hold();
    live.editTitle('First');
    const first = live.get();
    const firstFlush = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(repo.writes).toHaveLength(1);

    // More edits while the first write is still on its way to disk.
    live.addCard('card-late', 'Late');
    autosave.notify();
    const secondFlush = autosave.flush();
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    expect(repo.writes).toHaveLength(1);

    repo.release();
    repo.finishOldest();
    await firstFlush;
    await secondFlush;

    expect(repo.maxInFlight).toBe(1);
    expect(repo.writes).toEqual([
      { prev: initial, next: first },
      { prev: first, next: live.get() },
    ]);
    // The second write carries only the new card: not the first edit again, and not its board.
    const second = changesBetween(repo.writes[1]!.prev, repo.writes[1]!.next);
    expect(second.puts.map(([key]) => key)).toEqual(['card:card-late']);
    expect(second.dels).toEqual([]);
    expect(autosave.hasPending()).toBe(false);
  });

  it('writes nothing after stop(), even on flush', async () => {
    const { repo, live, autosave } = setup();
    live.editTitle('Too late');
    autosave.notify();
    autosave.stop();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    await autosave.flush();
    expect(repo.writes).toEqual([]);
  });
});

describe('failed writes', () => {
  it('reports the error, keeps the change pending, and a later flush writes it', async () => {
    const { repo, live, initial, statuses, autosave } = setup();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    repo.failNext(quota);
    live.editTitle('Keep me');
    autosave.notify();

    await vi.advanceTimersByTimeAsync(DELAY);

    expect(statuses).toEqual([{ kind: 'saving' }, { kind: 'error', error: quota }]);
    expect(autosave.hasPending()).toBe(true);

    await autosave.flush();

    expect(repo.writes).toEqual([
      { prev: initial, next: live.get() },
      { prev: initial, next: live.get() },
    ]);
    expect(statuses.at(-1)?.kind).toBe('saved');
    expect(autosave.hasPending()).toBe(false);
  });

  it('retries on its own after the retry delay, including edits made in between', async () => {
    const { repo, live, initial, statuses, autosave } = setup();
    repo.failNext(new Error('connection closed'));
    live.editTitle('Keep me');
    autosave.notify();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(statuses.at(-1)?.kind).toBe('error');

    live.addCard('card-meanwhile', 'Meanwhile');
    autosave.notify();
    await vi.advanceTimersByTimeAsync(RETRY - 1);
    expect(repo.writes).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1);
    expect(repo.writes).toHaveLength(2);
    expect(repo.writes[1]).toEqual({ prev: initial, next: live.get() });
    expect(statuses.at(-1)?.kind).toBe('saved');
    expect(autosave.hasPending()).toBe(false);
  });

  it('a flush that hits a failure resolves (it does not throw at the caller) and reports it', async () => {
    const { repo, live, statuses, autosave } = setup();
    repo.failNext(new Error('disk full'));
    live.editTitle('x');
    await expect(autosave.flush()).resolves.toBeUndefined();
    expect(statuses.at(-1)).toMatchObject({ kind: 'error' });
    expect(autosave.hasPending()).toBe(true);
  });
});
