/**
 * The store's actions as the UI uses them: what gets selected, opened or closed after an
 * edit, how many state changes an action makes, and which edits count as a person's.
 * Also the drag preview: what a column shows while a card is dragged over it.
 */
import { describe, expect, it } from 'vitest';
import { getBoardIds, getCardIds, getColumnIds } from '../../src/model/selectors';
import type { BoardId, CardId, ColumnId, KanbanDoc } from '../../src/model/types';
import { applyPreview, type DragPreview } from '../../src/store/dragPreview';
import { createKanbanStore, type KanbanStoreApi } from '../../src/store/store';
import { T0, cardId, columnId, ids, sampleDoc } from '../helpers/modelFactories';

const { work, home, todo, doing, done, chores, t1, t2, t3, d1, h1 } = ids;
const NOW = T0 + 3_600_000;

function makeStore(doc: KanbanDoc = sampleDoc(), active: BoardId | null = work) {
  let n = 0;
  const store = createKanbanStore({ newId: () => `id-${++n}`, now: () => NOW });
  store.getState().hydrate(doc, active);
  return store;
}

/** Counts the state changes (set() calls that notify subscribers) made while `fn` runs. */
function changesDuring(store: KanbanStoreApi, fn: () => void): number {
  let count = 0;
  const unsubscribe = store.subscribe(() => (count += 1));
  try {
    fn();
  } finally {
    unsubscribe();
  }
  return count;
}

const cardsIn = (store: KanbanStoreApi, column: ColumnId) => getCardIds(store.getState().doc, column);

describe('boards', () => {
  it('createBoard adds the board, opens it and closes an open card', () => {
    const store = makeStore();
    store.getState().openCard(t1);

    const id = store.getState().createBoard('  Garden  ');

    expect(id).toBe('id-1');
    const s = store.getState();
    expect(s.activeBoardId).toBe(id);
    expect(s.doc.boards[id!]).toMatchObject({ title: 'Garden', createdAt: NOW, updatedAt: NOW });
    expect(getBoardIds(s.doc)).toEqual([work, home, id]);
    expect(s.openCardId).toBeNull();
    expect(s.lastChange).toBe('user');
  });

  it.each([
    ['the next board', work, home],
    ['the previous board when it was the last', home, work],
  ])('deleting the open board opens %s', (_label, deleted, expected) => {
    const store = makeStore(sampleDoc(), deleted);
    store.getState().openCard(deleted === work ? t1 : h1);

    store.getState().deleteBoard(deleted);

    const s = store.getState();
    expect(s.doc.boards[deleted]).toBeUndefined();
    expect(s.activeBoardId).toBe(expected);
    expect(s.openCardId).toBeNull();
  });

  it('deleting the open board in the middle opens the one after it', () => {
    const store = makeStore();
    const third = store.getState().createBoard('Third')!;
    store.getState().selectBoard(home);

    store.getState().deleteBoard(home);

    expect(store.getState().activeBoardId).toBe(third);
  });

  it('deleting the only board leaves no board open', () => {
    const store = makeStore();
    store.getState().deleteBoard(home);
    store.getState().deleteBoard(work);
    expect(store.getState().activeBoardId).toBeNull();
    expect(getBoardIds(store.getState().doc)).toEqual([]);
  });

  it('deleting another board keeps the open board and the open card', () => {
    const store = makeStore();
    store.getState().openCard(t2);
    store.getState().deleteBoard(home);
    expect(store.getState().activeBoardId).toBe(work);
    expect(store.getState().openCardId).toBe(t2);
  });

  it('selectBoard ignores unknown boards and closes the open card on a switch', () => {
    const store = makeStore();
    store.getState().openCard(t1);
    store.getState().selectBoard('nope' as BoardId);
    expect(store.getState().activeBoardId).toBe(work);
    expect(store.getState().openCardId).toBe(t1);

    store.getState().selectBoard(home);
    expect(store.getState().activeBoardId).toBe(home);
    expect(store.getState().openCardId).toBeNull();
  });
});

describe('open card dialog', () => {
  it('deleting the column of the open card closes the dialog', () => {
    const store = makeStore();
    store.getState().openCard(t2);
    store.getState().deleteColumn(todo);
    expect(store.getState().doc.cards[t2]).toBeUndefined();
    expect(store.getState().openCardId).toBeNull();
  });

  it('deleting another column keeps the dialog open', () => {
    const store = makeStore();
    store.getState().openCard(d1);
    store.getState().deleteColumn(todo);
    expect(store.getState().openCardId).toBe(d1);
  });

  it('deleting the open card closes the dialog; deleting another card does not', () => {
    const store = makeStore();
    store.getState().openCard(t1);
    store.getState().deleteCard(t2);
    expect(store.getState().openCardId).toBe(t1);
    store.getState().deleteCard(t1);
    expect(store.getState().openCardId).toBeNull();
    expect(cardsIn(store, todo)).toEqual([t3]);
  });

  it('openCard refuses a card that does not exist', () => {
    const store = makeStore();
    store.getState().openCard('ghost' as CardId);
    expect(store.getState().openCardId).toBeNull();
  });
});

describe('moveCard', () => {
  it('moves the card, clears the drag preview and makes exactly one state change; the board record is untouched', () => {
    const store = makeStore();
    const before = store.getState().doc;
    store.getState().setDragPreview({ cardId: t1, columnId: doing, index: 1 });

    const changes = changesDuring(store, () => store.getState().moveCard(t1, { columnId: doing, index: 1 }));

    expect(changes).toBe(1);
    const s = store.getState();
    expect(s.dragPreview).toBeNull();
    expect(cardsIn(store, todo)).toEqual([t2, t3]);
    expect(cardsIn(store, doing)).toEqual([d1, t1]);
    expect(s.lastChange).toBe('user');
    expect(s.doc.cards[t1]?.updatedAt).toBe(NOW);
    expect(s.doc.boards).toBe(before.boards);
    expect(s.doc.columns).toBe(before.columns);
  });

  it('reorders within a column in one state change', () => {
    const store = makeStore();
    store.getState().setDragPreview({ cardId: t3, columnId: todo, index: 0 });
    expect(changesDuring(store, () => store.getState().moveCard(t3, { columnId: todo, index: 0 }))).toBe(1);
    expect(cardsIn(store, todo)).toEqual([t3, t1, t2]);
    expect(store.getState().dragPreview).toBeNull();
  });

  it('a drop where the card started clears the preview and leaves the document as it was', () => {
    const store = makeStore();
    const before = store.getState().doc;
    store.getState().setDragPreview({ cardId: t2, columnId: todo, index: 1 });

    const changes = changesDuring(store, () => store.getState().moveCard(t2, { columnId: todo, index: 1 }));

    expect(changes).toBe(1);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().dragPreview).toBeNull();
    expect(store.getState().lastChange).toBe('load');
  });

  it('will not move a card to a column of another board', () => {
    const store = makeStore();
    const before = store.getState().doc;
    store.getState().moveCard(t1, { columnId: chores, index: 0 });
    expect(store.getState().doc).toBe(before);
    expect(cardsIn(store, chores)).toEqual([h1]);
  });
});

describe('who changed the document', () => {
  it('hydrate marks the change as "load", edits as "user", and hydrating again resets it', () => {
    const store = makeStore();
    expect(store.getState().lastChange).toBe('load');

    store.getState().renameColumn(todo, 'Backlog');
    expect(store.getState().lastChange).toBe('user');

    store.getState().hydrate(sampleDoc(), home);
    expect(store.getState().lastChange).toBe('load');
    expect(store.getState().activeBoardId).toBe(home);
  });

  it('hydrate keeps the open board when the new data still has it, and closes dialogs and drags', () => {
    const store = makeStore(sampleDoc(), home);
    store.getState().openCard(h1);
    store.getState().setDragPreview({ cardId: h1, columnId: chores, index: 0 });

    store.getState().hydrate(sampleDoc());

    const s = store.getState();
    expect(s.activeBoardId).toBe(home);
    expect(s.openCardId).toBeNull();
    expect(s.dragPreview).toBeNull();
  });

  it('hydrate falls back to the first board when the preferred one is unknown', () => {
    const store = makeStore(sampleDoc(), 'missing' as BoardId);
    expect(store.getState().activeBoardId).toBe(work);
  });
});

describe('edits that add things', () => {
  it('addColumn and addCard append and return the new ids', () => {
    const store = makeStore();
    const column = store.getState().addColumn(work, 'Review')!;
    const card = store.getState().addCard(column, 'Check the diff')!;
    expect(getColumnIds(store.getState().doc, work)).toEqual([todo, doing, done, column]);
    expect(cardsIn(store, column)).toEqual([card]);
    expect(store.getState().doc.cards[card]).toMatchObject({ title: 'Check the diff', columnId: column, createdAt: NOW });
  });

  it('updateCard and moveColumn change what the board shows', () => {
    const store = makeStore();
    store.getState().updateCard(t1, { title: 'Write more tests', description: 'for the store' });
    store.getState().moveColumn(done, 0);
    expect(store.getState().doc.cards[t1]).toMatchObject({ title: 'Write more tests', description: 'for the store' });
    expect(getColumnIds(store.getState().doc, work)).toEqual([done, todo, doing]);
  });
});

describe('invalid input changes nothing', () => {
  it.each<[string, (s: KanbanStoreApi) => unknown]>([
    ['createBoard with an empty title', (s) => s.getState().createBoard('')],
    ['createBoard with a blank title', (s) => s.getState().createBoard(' \n\t ')],
    ['renameBoard to a blank title', (s) => s.getState().renameBoard(work, '   ')],
    ['addColumn with a blank title', (s) => s.getState().addColumn(work, '  ')],
    ['addColumn on an unknown board', (s) => s.getState().addColumn('nope' as BoardId, 'Column')],
    ['renameColumn to an empty title', (s) => s.getState().renameColumn(todo, '')],
    ['addCard with a blank title', (s) => s.getState().addCard(todo, '   ')],
    ['addCard to an unknown column', (s) => s.getState().addCard(columnId('nope'), 'Card')],
    ['updateCard with a blank title', (s) => s.getState().updateCard(t1, { title: '  ' })],
    ['deleteCard of an unknown card', (s) => s.getState().deleteCard(cardId('nope'))],
    ['deleteColumn of an unknown column', (s) => s.getState().deleteColumn(columnId('nope'))],
    ['deleteBoard of an unknown board', (s) => s.getState().deleteBoard('nope' as BoardId)],
  ])('%s', (_label, act) => {
    const store = makeStore();
    store.getState().openCard(t1);
    const before = store.getState();

    let returned: unknown;
    const changes = changesDuring(store, () => (returned = act(store)));

    const after = store.getState();
    expect(after.doc).toBe(before.doc);
    expect(after.activeBoardId).toBe(work);
    expect(after.openCardId).toBe(t1);
    expect(after.lastChange).toBe('load');
    expect(returned ?? null).toBeNull();
    // Not even a no-op notification for autosave or a future undo history to pick up.
    expect(changes).toBe(0);
  });
});

describe('applyPreview (what a column shows during a drag)', () => {
  const a = cardId('a');
  const b = cardId('b');
  const c = cardId('c');
  const x = cardId('x');
  const colA = columnId('A');
  const colB = columnId('B');
  const preview = (cardId: CardId, column: ColumnId, index: number): DragPreview => ({ cardId, columnId: column, index });

  it('shows the list unchanged (same array) without a preview or when the drag does not involve the column', () => {
    const ids = [a, b, c];
    expect(applyPreview(ids, colA, null)).toBe(ids);
    expect(applyPreview(ids, colA, preview(x, colB, 0))).toBe(ids);
  });

  it('moves a card within its column', () => {
    expect(applyPreview([a, b, c], colA, preview(a, colA, 2))).toEqual([b, c, a]);
    expect(applyPreview([a, b, c], colA, preview(c, colA, 0))).toEqual([c, a, b]);
    expect(applyPreview([a, b, c], colA, preview(b, colA, 1))).toEqual([a, b, c]);
  });

  it('takes the card out of the column it leaves and puts it into the column it enters', () => {
    expect(applyPreview([a, b, c], colA, preview(b, colB, 0))).toEqual([a, c]);
    expect(applyPreview([x], colB, preview(b, colB, 0))).toEqual([b, x]);
    expect(applyPreview([x], colB, preview(b, colB, 1))).toEqual([x, b]);
  });

  it('puts the card into an empty column', () => {
    expect(applyPreview([], colB, preview(a, colB, 0))).toEqual([a]);
    expect(applyPreview([], colB, preview(a, colB, 5))).toEqual([a]);
  });

  it('clamps the index to the ends of the list', () => {
    expect(applyPreview([a, b], colB, preview(x, colB, 99))).toEqual([a, b, x]);
    expect(applyPreview([a, b], colB, preview(x, colB, -3))).toEqual([x, a, b]);
    expect(applyPreview([a, b, c], colA, preview(a, colA, 99))).toEqual([b, c, a]);
  });

  it('never mutates the list it is given', () => {
    const ids = Object.freeze([a, b, c]) as readonly CardId[];
    expect(() => applyPreview(ids, colA, preview(a, colA, 2))).not.toThrow();
    expect(() => applyPreview(ids, colB, preview(x, colB, 1))).not.toThrow();
    expect(ids).toEqual([a, b, c]);
  });
});
