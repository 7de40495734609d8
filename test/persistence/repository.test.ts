/**
 * The IndexedDB repository against fake-indexeddb: what a write puts on disk, that a
 * reload reads the same boards back, that one edit writes only the records it changed,
 * and that a write is all-or-nothing.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCard, addColumn, createBoard, deleteBoard, deleteColumn, moveCard, updateCard } from '../../src/model/ops';
import { loadDocument } from '../../src/model/schema/load';
import { SCHEMA_VERSION } from '../../src/model/schema/version';
import { emptyDoc, type Card, type KanbanDoc } from '../../src/model/types';
import { ACTIVE_BOARD_KEY, META_KEY, boardKey, cardKey, columnKey } from '../../src/persistence/keys';
import { changesBetween, openRepository, type SavedState } from '../../src/persistence/repository';
import { uniqueDbName } from '../helpers/idb';
import { T0, boardId, cardId, columnId, ids, sampleDoc } from '../helpers/modelFactories';

const T1 = T0 + 60_000;
const { work, home, todo, doing, t1, t2, t3, d1, h1 } = ids;
const nothing: SavedState = { doc: emptyDoc, activeBoardId: null };

/** A fresh database holding `state` (written through the repository, as autosave would). */
async function stored(state: SavedState) {
  const name = uniqueDbName('repo');
  const repository = openRepository(name);
  await repository.write(nothing, state);
  return { name, repository };
}

/** What a reload would hydrate from `dbName`: a fresh connection, then the load pipeline. */
async function reload(dbName: string) {
  const data = await openRepository(dbName).read();
  return { result: loadDocument(data.raw), activeBoardId: data.activeBoardId, schemaVersion: data.raw.schemaVersion };
}

function withCard(doc: KanbanDoc, card: Card): KanbanDoc {
  return { ...doc, cards: { ...doc.cards, [card.id]: card } };
}

describe('round trip', () => {
  it('reads back the same document and the same active board after a reload', async () => {
    const doc = sampleDoc();
    const { name } = await stored({ doc, activeBoardId: home });

    const { result, activeBoardId, schemaVersion } = await reload(name);

    expect(result).toEqual({ kind: 'ok', doc, repairs: [] });
    expect(activeBoardId).toBe(home);
    expect(schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('keeps descriptions, unusual characters and timestamps exactly', async () => {
    let doc = createBoard(emptyDoc, { id: boardId('b'), title: 'Ünïcödé 🗂️ board', now: T0 });
    doc = addColumn(doc, { id: columnId('c'), boardId: boardId('b'), title: '"Quotes" & <tags>', now: T0 + 1 });
    doc = addCard(doc, {
      id: cardId('k'),
      columnId: columnId('c'),
      title: 'Line one',
      description: 'first line\nsecond line\ttabbed — “typographic”',
      now: T0 + 2,
    });
    const { name } = await stored({ doc, activeBoardId: 'b' });

    const { result } = await reload(name);

    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.doc).toEqual(doc);
    expect(result.doc.cards[cardId('k')]?.description).toBe('first line\nsecond line\ttabbed — “typographic”');
  });

  it('reads an empty database as "nothing stored yet"', async () => {
    const { result, activeBoardId } = await reload(uniqueDbName('repo-empty'));
    expect(result).toEqual({ kind: 'empty' });
    expect(activeBoardId).toBeNull();
  });

  it('stores one record per board, column and card, plus the meta and active-board records', async () => {
    const { repository } = await stored({ doc: sampleDoc(), activeBoardId: work });
    const keys = Object.keys(await repository.dump()).sort();
    expect(keys).toEqual(
      [
        META_KEY,
        ACTIVE_BOARD_KEY,
        boardKey(work),
        boardKey(home),
        ...[todo, doing, ids.done, ids.chores].map(columnKey),
        ...[t1, t2, t3, d1, h1].map(cardKey),
      ].sort(),
    );
  });
});

describe('per-record writes', () => {
  it('writes exactly one record when exactly one card changed', async () => {
    const doc = sampleDoc();
    const before: SavedState = { doc, activeBoardId: work };
    const { name, repository } = await stored(before);
    const diskBefore = await repository.dump();
    const edited: Card = { ...doc.cards[t2]!, title: 'Review PR #42', updatedAt: T1 };
    const after: SavedState = { doc: withCard(doc, edited), activeBoardId: work };

    expect(changesBetween(before, after)).toEqual({ puts: [[cardKey(t2), edited]], dels: [] });
    expect(await repository.write(before, after)).toEqual({ puts: 1, deletes: 0 });

    const diskAfter = await repository.dump();
    expect(diskAfter).toEqual({ ...diskBefore, [cardKey(t2)]: edited });
    expect((await reload(name)).result).toEqual({ kind: 'ok', doc: after.doc, repairs: [] });
  });

  it.each([
    ['editing a card title', (doc: KanbanDoc) => updateCard(doc, t2, { title: 'Review PR #42' }, T1), t2],
    ['moving a card to another column', (doc: KanbanDoc) => moveCard(doc, t1, { columnId: doing, index: 0 }, T1), t1],
    ['reordering a card in its column', (doc: KanbanDoc) => moveCard(doc, t3, { columnId: todo, index: 0 }, T1), t3],
  ])('%s writes exactly one record, that card, and leaves the board record untouched', async (_label, op, card) => {
    const before: SavedState = { doc: sampleDoc(), activeBoardId: work };
    const after: SavedState = { doc: op(before.doc), activeBoardId: work };
    const { repository } = await stored(before);
    const diskBefore = await repository.dump();

    expect(changesBetween(before, after)).toEqual({ puts: [[cardKey(card), after.doc.cards[card]]], dels: [] });
    expect(await repository.write(before, after)).toEqual({ puts: 1, deletes: 0 });

    const diskAfter = await repository.dump();
    expect(diskAfter).toEqual({ ...diskBefore, [cardKey(card)]: after.doc.cards[card] });
    expect(diskAfter[boardKey(work)]).toEqual(diskBefore[boardKey(work)]);
  });

  it('writes the meta record with every write but does not count it', async () => {
    const name = uniqueDbName('repo-meta');
    const repository = openRepository(name);
    const doc = createBoard(emptyDoc, { id: boardId('b'), title: 'Only board', now: T0 });

    const stats = await repository.write(nothing, { doc, activeBoardId: null });

    expect(stats).toEqual({ puts: 1, deletes: 0 });
    expect(await repository.dump()).toEqual({
      [META_KEY]: { schemaVersion: SCHEMA_VERSION },
      [boardKey('b')]: doc.boards[boardId('b')],
    });
  });

  it('writes nothing at all, not even the meta record, when nothing changed', async () => {
    const repository = openRepository(uniqueDbName('repo-noop'));
    const state: SavedState = { doc: sampleDoc(), activeBoardId: work };

    expect(changesBetween(state, state)).toEqual({ puts: [], dels: [] });
    expect(await repository.write(state, state)).toEqual({ puts: 0, deletes: 0 });
    expect(await repository.dump()).toEqual({});
  });

  it('switching boards writes only the active-board record', async () => {
    const doc = sampleDoc();
    const before: SavedState = { doc, activeBoardId: work };
    const after: SavedState = { doc, activeBoardId: home };
    const { name, repository } = await stored(before);

    expect(changesBetween(before, after)).toEqual({ puts: [[ACTIVE_BOARD_KEY, home]], dels: [] });
    expect(await repository.write(before, after)).toEqual({ puts: 1, deletes: 0 });
    expect((await reload(name)).activeBoardId).toBe(home);
  });

  it('deleting a column deletes its record and the records of its cards, and writes nothing else', async () => {
    const before: SavedState = { doc: sampleDoc(), activeBoardId: work };
    const after: SavedState = { doc: deleteColumn(before.doc, todo), activeBoardId: work };
    const { name, repository } = await stored(before);
    const diskBefore = await repository.dump();

    const changes = changesBetween(before, after);
    expect(changes.dels.sort()).toEqual([cardKey(t1), cardKey(t2), cardKey(t3), columnKey(todo)].sort());
    expect(changes.puts).toEqual([]);
    expect(await repository.write(before, after)).toEqual({ puts: 0, deletes: 4 });

    const disk = await repository.dump();
    expect(disk[boardKey(work)]).toEqual(diskBefore[boardKey(work)]);
    for (const key of [columnKey(todo), cardKey(t1), cardKey(t2), cardKey(t3)]) expect(disk).not.toHaveProperty([key]);
    for (const key of [columnKey(doing), cardKey(d1), columnKey(ids.chores), cardKey(h1)]) expect(disk).toHaveProperty([key]);
    expect((await reload(name)).result).toEqual({ kind: 'ok', doc: after.doc, repairs: [] });
  });

  it('deleting a board deletes it with all its columns and cards, and leaves the other board alone', async () => {
    const before: SavedState = { doc: sampleDoc(), activeBoardId: home };
    const after: SavedState = { doc: deleteBoard(before.doc, work), activeBoardId: home };
    const { repository } = await stored(before);

    expect(await repository.write(before, after)).toEqual({ puts: 0, deletes: 1 + 3 + 4 });
    expect(Object.keys(await repository.dump()).sort()).toEqual(
      [META_KEY, ACTIVE_BOARD_KEY, boardKey(home), columnKey(ids.chores), cardKey(h1)].sort(),
    );
  });
});

describe('one write is one transaction', () => {
  it('lands none of a change when one of its records cannot be stored, and keeps working afterwards', async () => {
    const before: SavedState = { doc: sampleDoc(), activeBoardId: work };
    const { name, repository } = await stored(before);
    const diskBefore = await repository.dump();

    // One user action touching several records: a new column with two cards, and a board switch.
    const later = columnId('col-later');
    let doc = addColumn(before.doc, { id: later, boardId: work, title: 'Later', now: T1 });
    doc = addCard(doc, { id: cardId('card-a'), columnId: later, title: 'A', now: T1 });
    doc = addCard(doc, { id: cardId('card-b'), columnId: later, title: 'B', now: T1 });
    const good: SavedState = { doc, activeBoardId: home };
    // The second card carries something IndexedDB cannot clone (a function).
    const poisonedCard = { ...doc.cards[cardId('card-b')]!, description: (() => 'not data') as unknown as string };
    const poisoned: SavedState = { doc: withCard(doc, poisonedCard), activeBoardId: home };
    // The bad record sits in the middle of the change: some records come before it, some after.
    const keys = changesBetween(before, poisoned).puts.map(([key]) => key);
    expect(keys.indexOf(cardKey('card-b'))).toBeGreaterThan(0);
    expect(keys.indexOf(cardKey('card-b'))).toBeLessThan(keys.length - 1);

    await expect(repository.write(before, poisoned)).rejects.toThrow();

    expect(await repository.dump()).toEqual(diskBefore);
    const reloaded = await reload(name);
    expect(reloaded.result).toEqual({ kind: 'ok', doc: before.doc, repairs: [] });
    expect(reloaded.activeBoardId).toBe(work);

    // The failure did not break the connection: the good version of the change saves in full.
    expect(await repository.write(before, good)).toEqual({ puts: keys.length, deletes: 0 });
    const after = await reload(name);
    expect(after.result).toEqual({ kind: 'ok', doc: good.doc, repairs: [] });
    expect(after.activeBoardId).toBe(home);
  });
});
