// @vitest-environment jsdom
/**
 * Start-up against fake-indexeddb: the first visit, a reload, and every way stored data can
 * fail the load pipeline. Whatever fails must leave the stored records exactly as they were.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootstrap, type BootResult } from '../../src/app/bootstrap';
import { loadDocument } from '../../src/model/schema/load';
import { SCHEMA_VERSION } from '../../src/model/schema/version';
import { countBoardCards, getBoardIds, getColumns } from '../../src/model/selectors';
import { emptyDoc, type CardId } from '../../src/model/types';
import { ACTIVE_BOARD_KEY, META_KEY, boardKey, cardKey, columnKey } from '../../src/persistence/keys';
import { openRepository, type Repository } from '../../src/persistence/repository';
import { createKanbanStore, type KanbanStoreApi } from '../../src/store/store';
import { seedRecords, uniqueDbName } from '../helpers/idb';

const T = 1_700_000_000_000;
const started: BootResult[] = [];

afterEach(() => {
  for (const r of started.splice(0)) if (r.kind === 'ready') r.autosave.stop();
  vi.useRealTimers();
});

/** A real repository on `dbName` whose writes are counted. */
function countingRepository(dbName: string) {
  const real = openRepository(dbName);
  const write = vi.fn(real.write);
  const repository: Repository = { read: real.read, dump: real.dump, write };
  return { repository, write };
}

async function boot(store: KanbanStoreApi, repository: Repository): Promise<BootResult> {
  const result = await bootstrap(store, repository);
  started.push(result);
  return result;
}

function expectReady(result: BootResult): Extract<BootResult, { kind: 'ready' }> {
  expect(result.kind).toBe('ready');
  if (result.kind !== 'ready') throw new Error(`boot failed: ${result.message}`);
  return result;
}

function expectFailed(result: BootResult): Extract<BootResult, { kind: 'failed' }> {
  expect(result.kind).toBe('failed');
  if (result.kind !== 'failed') throw new Error('boot unexpectedly succeeded');
  return result;
}

function columnTitles(store: KanbanStoreApi): string[] {
  const { doc, activeBoardId } = store.getState();
  return activeBoardId ? getColumns(doc, activeBoardId).map((c) => c.title) : [];
}

/**
 * Everything a person could do in a tab whose data failed to load, plus the page events that
 * flush autosave, with time run far past any save delay.
 */
async function tryToWriteAnyway(store: KanbanStoreApi) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  const s = store.getState();
  const board = s.createBoard('Fresh start');
  if (board) {
    const column = store.getState().addColumn(board, 'Column');
    if (column) store.getState().addCard(column, 'Card');
  }
  expect(store.getState().doc).not.toEqual(emptyDoc);
  window.dispatchEvent(new Event('pagehide'));
  window.dispatchEvent(new Event('beforeunload'));
  hidePage();
  await vi.advanceTimersByTimeAsync(60_000);
  vi.useRealTimers();
}

/** Sends the tab to the background, as switching tabs or locking the phone does. */
function hidePage() {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    Reflect.deleteProperty(document, 'visibilityState');
  }
}

/** Records a newer or broken app could have left behind, keyed as the repository keys them. */
function storedRecords(schemaVersion: unknown, cardTitle: unknown = 'Stored card') {
  return {
    [META_KEY]: { schemaVersion },
    [ACTIVE_BOARD_KEY]: 'b1',
    [boardKey('b1')]: { id: 'b1', title: 'Stored board', order: 'a0', createdAt: T, updatedAt: T },
    [columnKey('c1')]: { id: 'c1', boardId: 'b1', title: 'Stored column', order: 'a0' },
    [cardKey('k1')]: { id: 'k1', columnId: 'c1', title: cardTitle, description: 'keep me', order: 'a0', createdAt: T, updatedAt: T },
    [cardKey('k2')]: { id: 'k2', columnId: 'c1', title: 'Second', description: '', order: 'a1', createdAt: T, updatedAt: T },
  };
}

describe('first visit', () => {
  it('opens the sample board (To do / Doing / Done, 5 cards) and saves it on flush', async () => {
    const name = uniqueDbName('boot-first');
    const store = createKanbanStore();
    const { repository } = countingRepository(name);

    const result = expectReady(await boot(store, repository));

    const { doc, activeBoardId } = store.getState();
    expect(getBoardIds(doc)).toHaveLength(1);
    expect(activeBoardId).toBe(getBoardIds(doc)[0]);
    expect(columnTitles(store)).toEqual(['To do', 'Doing', 'Done']);
    expect(countBoardCards(doc, activeBoardId!)).toBe(5);
    expect(result.autosave.hasPending()).toBe(true);

    await result.autosave.flush();

    const disk = await repository.read();
    expect(disk.raw.schemaVersion).toBe(SCHEMA_VERSION);
    expect(disk.raw.boards).toHaveLength(1);
    expect(disk.raw.columns).toHaveLength(3);
    expect(disk.raw.cards).toHaveLength(5);
    expect(loadDocument(disk.raw)).toEqual({ kind: 'ok', doc, repairs: [] });
    expect(disk.activeBoardId).toBe(activeBoardId);
    expect(result.autosave.hasPending()).toBe(false);
  });

  it('saves the sample board on its own after the autosave delay', async () => {
    const name = uniqueDbName('boot-first-auto');
    const store = createKanbanStore();
    expectReady(await boot(store, openRepository(name)));

    await vi.waitFor(
      async () => {
        expect((await openRepository(name).read()).raw.cards).toHaveLength(5);
      },
      { timeout: 2000, interval: 50 },
    );
  });

  it.each([
    ['the tab is hidden', hidePage],
    ['the page is closed (pagehide)', () => window.dispatchEvent(new Event('pagehide'))],
  ])('saves an edit at once when %s, without waiting for the autosave delay', async (_label, leave) => {
    const name = uniqueDbName('boot-leave');
    const store = createKanbanStore();
    const result = expectReady(await boot(store, openRepository(name)));
    await result.autosave.flush();
    const { doc, activeBoardId } = store.getState();
    const todo = getColumns(doc, activeBoardId!)[0]!.id;

    // The autosave delay never runs out in this test: only leaving the page can save the card.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    store.getState().addCard(todo, 'Written just before closing');
    leave();

    const titlesOnDisk = async () => (await openRepository(name).read()).raw.cards.map((c) => (c as { title: string }).title);
    let titles: string[] = [];
    for (let i = 0; i < 50 && !titles.includes('Written just before closing'); i++) {
      await new Promise((resolve) => setImmediate(resolve));
      titles = await titlesOnDisk();
    }
    expect(titles).toContain('Written just before closing');
  });

  it('does not save an edit before the autosave delay when the page stays open', async () => {
    const name = uniqueDbName('boot-stay');
    const store = createKanbanStore();
    const result = expectReady(await boot(store, openRepository(name)));
    await result.autosave.flush();
    const { doc, activeBoardId } = store.getState();
    const todo = getColumns(doc, activeBoardId!)[0]!.id;

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    store.getState().addCard(todo, 'Saved after the delay');
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect((await openRepository(name).read()).raw.cards).toHaveLength(5);

    await vi.advanceTimersByTimeAsync(1000);
    vi.useRealTimers();
    await result.autosave.flush();
    expect((await openRepository(name).read()).raw.cards).toHaveLength(6);
  });
});

describe('reopening', () => {
  it('shows the same document and the same active board, and writes nothing', async () => {
    const name = uniqueDbName('boot-reopen');
    const first = createKanbanStore();
    const firstRun = expectReady(await boot(first, openRepository(name)));
    // A second board, selected: the reopened app must not fall back to the first board.
    const second = first.getState().createBoard('Second board')!;
    const column = first.getState().addColumn(second, 'Ideas')!;
    first.getState().addCard(column, 'Try the reopen');
    await firstRun.autosave.flush();
    firstRun.autosave.stop();

    const store = createKanbanStore();
    const { repository, write } = countingRepository(name);
    const result = expectReady(await boot(store, repository));

    expect(store.getState().doc).toEqual(first.getState().doc);
    expect(store.getState().activeBoardId).toBe(second);
    expect(columnTitles(store)).toEqual(['Ideas']);
    expect(store.getState().lastChange).toBe('load');
    expect(result.autosave.hasPending()).toBe(false);
    await result.autosave.flush();
    expect(write).not.toHaveBeenCalled();
  });

  it('falls back to the first board when the saved active board no longer exists', async () => {
    const name = uniqueDbName('boot-stale-active');
    await seedRecords(name, { ...storedRecords(SCHEMA_VERSION), [ACTIVE_BOARD_KEY]: 'gone' });
    const store = createKanbanStore();
    expectReady(await boot(store, openRepository(name)));
    expect(store.getState().activeBoardId).toBe('b1');
    expect(columnTitles(store)).toEqual(['Stored column']);
  });

  it('leaves records it had to leave out of the board on disk, even after later edits', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const name = uniqueDbName('boot-orphan');
    const orphan = { id: 'lost', columnId: 'no-such-column', title: 'Orphan', description: '', order: 'a0', createdAt: T, updatedAt: T };
    await seedRecords(name, { ...storedRecords(SCHEMA_VERSION), [cardKey('lost')]: orphan });
    const store = createKanbanStore();
    const result = expectReady(await boot(store, openRepository(name)));
    expect(store.getState().doc.cards['lost' as CardId]).toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();

    store.getState().updateCard('k2' as CardId, { title: 'Edited' });
    store.getState().deleteCard('k1' as CardId);
    await result.autosave.flush();

    const disk = await openRepository(name).dump();
    expect(disk[cardKey('lost')]).toEqual(orphan);
    expect(disk[cardKey('k1')]).toBeUndefined();
    expect(disk[cardKey('k2')]).toMatchObject({ title: 'Edited' });
  });
});

describe('stored data that must not be touched', () => {
  it('data from a newer app version: fails with the version in the message and leaves every record as it was', async () => {
    const name = uniqueDbName('boot-too-new');
    const records = storedRecords(99);
    // A newer app may store fields this version does not know.
    (records[boardKey('b1')] as Record<string, unknown>).color = 'teal';
    await seedRecords(name, records);
    const { repository, write } = countingRepository(name);
    const before = await repository.dump();
    expect(before).toEqual(records);

    const store = createKanbanStore();
    const result = expectFailed(await boot(store, repository));

    expect(result.message).toMatch(/\b99\b/);
    expect(result.message).toMatch(/newer version/i);
    expect(result.repository).not.toBeNull();
    expect(store.getState().doc).toEqual(emptyDoc);
    expect(JSON.stringify(await repository.dump())).toBe(JSON.stringify(before));

    await tryToWriteAnyway(store);

    expect(write).not.toHaveBeenCalled();
    expect(JSON.stringify(await repository.dump())).toBe(JSON.stringify(before));
    // The raw data is still there to download.
    expect(await result.repository!.dump()).toEqual(records);
  });

  it('invalid data (a card title that is a number): fails naming the card and field, and writes nothing', async () => {
    const name = uniqueDbName('boot-invalid');
    const records = storedRecords(SCHEMA_VERSION, 42);
    await seedRecords(name, records);
    const { repository, write } = countingRepository(name);
    const before = JSON.stringify(await repository.dump());

    const store = createKanbanStore();
    const result = expectFailed(await boot(store, repository));

    expect(result.message).toMatch(/nothing has been changed/i);
    expect(result.details.some((d) => d.includes('k1') && /\btitle\b/.test(d))).toBe(true);
    expect(result.details.some((d) => d.includes('k2'))).toBe(false);
    expect(store.getState().doc).toEqual(emptyDoc);

    await tryToWriteAnyway(store);

    expect(write).not.toHaveBeenCalled();
    expect(JSON.stringify(await repository.dump())).toBe(before);
  });

  it('records without a schema version: fails and writes nothing', async () => {
    const name = uniqueDbName('boot-no-version');
    const { [META_KEY]: _meta, ...records } = storedRecords(SCHEMA_VERSION);
    void _meta;
    await seedRecords(name, records);
    const { repository, write } = countingRepository(name);
    const before = JSON.stringify(await repository.dump());

    const store = createKanbanStore();
    expectFailed(await boot(store, repository));
    await tryToWriteAnyway(store);

    expect(write).not.toHaveBeenCalled();
    expect(JSON.stringify(await repository.dump())).toBe(before);
  });

  it('storage that cannot be read: fails with a clear message that gives the reason', async () => {
    const write = vi.fn();
    const dump = vi.fn();
    const repository: Repository = {
      read: () => Promise.reject(new DOMException('Connection to Indexed Database server lost', 'UnknownError')),
      write,
      dump,
    };
    const store = createKanbanStore();

    const result = expectFailed(await boot(store, repository));

    expect(result.message).toMatch(/storage/i);
    expect(result.message).toContain('Connection to Indexed Database server lost');
    expect(result.repository).toBeNull();
    expect(store.getState().doc).toEqual(emptyDoc);
    await tryToWriteAnyway(store);
    expect(write).not.toHaveBeenCalled();
  });

  it('a read that rejects with a bare value still gives a message', async () => {
    const repository: Repository = { read: () => Promise.reject('blocked'), write: vi.fn(), dump: vi.fn() };
    const result = expectFailed(await boot(createKanbanStore(), repository));
    expect(result.message).toContain('blocked');
  });
});
