import { describe, expect, it } from 'vitest';
import { addCard, deleteBoard, deleteCard, moveCard, renameBoard, updateCard } from '../../src/model/ops';
import {
  countBoardCards,
  getBoardIdOfCard,
  getBoardIds,
  getCardIds,
  getCards,
  getColumnIds,
  getColumns,
} from '../../src/model/selectors';
import { emptyDoc } from '../../src/model/types';
import {
  T0,
  boardId,
  cardId,
  columnId,
  docOf,
  ids,
  makeBoard,
  makeCard,
  makeColumn,
  sampleDoc,
} from '../helpers/modelFactories';

const T1 = T0 + 1000;
const { work, home, todo, doing, done, chores, t1, t2, t3, d1, h1 } = ids;

describe('ordering', () => {
  it('lists boards by order key, whatever order the records are stored in', () => {
    const doc = docOf({ boards: [makeBoard('c', 'a2'), makeBoard('a', 'a0'), makeBoard('b', 'a1')] });
    expect(getBoardIds(doc)).toEqual(['a', 'b', 'c']);
  });

  it('compares keys by code unit, not by locale ("Zz" sorts before "a0")', () => {
    // Upper-case heads are the keys generated before "a0"; localeCompare would put them after.
    const doc = docOf({ boards: [makeBoard('second', 'a0'), makeBoard('third', 'a0V'), makeBoard('first', 'Zz')] });
    expect(getBoardIds(doc)).toEqual(['first', 'second', 'third']);
  });

  it('breaks ties between equal keys by id, so the order is stable', () => {
    const doc = docOf({ boards: [makeBoard('y', 'a1'), makeBoard('x', 'a1'), makeBoard('w', 'a2')] });
    expect(getBoardIds(doc)).toEqual(['x', 'y', 'w']);
  });

  it('lists only the columns of the given board, by order key', () => {
    const doc = docOf({
      boards: [makeBoard('b1', 'a0'), makeBoard('b2', 'a1')],
      columns: [makeColumn('late', 'b1', 'a2'), makeColumn('other', 'b2', 'a0'), makeColumn('early', 'b1', 'Zz'), makeColumn('mid', 'b1', 'a1')],
    });
    expect(getColumnIds(doc, boardId('b1'))).toEqual(['early', 'mid', 'late']);
    expect(getColumnIds(doc, boardId('b2'))).toEqual(['other']);
    expect(getColumns(doc, boardId('b1')).map((c) => c.title)).toEqual(['Column early', 'Column mid', 'Column late']);
  });

  it('lists only the cards of the given column, by order key', () => {
    const doc = docOf({
      boards: [makeBoard('b1', 'a0')],
      columns: [makeColumn('c1', 'b1', 'a0'), makeColumn('c2', 'b1', 'a1')],
      cards: [makeCard('k3', 'c1', 'a1'), makeCard('k1', 'c1', 'a0'), makeCard('x', 'c2', 'a0'), makeCard('k2', 'c1', 'a0V')],
    });
    expect(getCardIds(doc, columnId('c1'))).toEqual(['k1', 'k2', 'k3']);
    expect(getCardIds(doc, columnId('c2'))).toEqual(['x']);
    expect(getCards(doc, columnId('c1')).map((c) => c.id)).toEqual(['k1', 'k2', 'k3']);
  });

  it('gives empty lists for an empty document and unknown parents', () => {
    expect(getBoardIds(emptyDoc)).toEqual([]);
    const doc = sampleDoc();
    expect(getColumnIds(doc, boardId('nope'))).toEqual([]);
    expect(getCardIds(doc, columnId('nope'))).toEqual([]);
    expect(getCardIds(doc, done)).toEqual([]);
  });
});

describe('memoisation', () => {
  it('returns the same card id array while doc.cards is unchanged', () => {
    const doc = sampleDoc();
    const first = getCardIds(doc, todo);
    expect(getCardIds(doc, todo)).toBe(first);
    // A new document object that shares the card map: still the same array.
    expect(getCardIds({ ...doc }, todo)).toBe(first);
    const renamed = renameBoard(doc, work, 'Office', T1);
    expect(renamed).not.toBe(doc);
    expect(renamed.cards).toBe(doc.cards);
    expect(getCardIds(renamed, todo)).toBe(first);
  });

  it('returns a new card id array after the cards change, and leaves the old one as it was', () => {
    const doc = sampleDoc();
    const before = getCardIds(doc, todo);
    const next = addCard(doc, { id: cardId('new'), columnId: todo, title: 'New', now: T1, index: 0 });
    const after = getCardIds(next, todo);
    expect(after).not.toBe(before);
    expect(after).toEqual(['new', t1, t2, t3]);
    expect(before).toEqual([t1, t2, t3]);
    expect(getCardIds(next, todo)).toBe(after);
  });

  it('recomputes after an edit that keeps every list the same', () => {
    const doc = sampleDoc();
    const next = updateCard(doc, t2, { title: 'Renamed' }, T1);
    expect(getCards(next, todo)[1]?.title).toBe('Renamed');
    expect(getCards(doc, todo)[1]?.title).toBe('Review PR');
  });

  it('keeps column and board id arrays while their maps are unchanged', () => {
    const doc = sampleDoc();
    const columnIds = getColumnIds(doc, work);
    const boardIds = getBoardIds(doc);
    expect(getColumnIds(doc, work)).toBe(columnIds);
    expect(getBoardIds(doc)).toBe(boardIds);

    const moved = moveCard(doc, t1, { columnId: doing, index: 0 }, T1);
    expect(moved.columns).toBe(doc.columns);
    expect(getColumnIds(moved, work)).toBe(columnIds);

    const removed = deleteBoard(doc, home);
    expect(getBoardIds(removed)).not.toBe(boardIds);
    expect(getBoardIds(removed)).toEqual([work]);
    expect(getBoardIds(doc)).toEqual([work, home]);
  });
});

describe('getBoardIdOfCard', () => {
  it('finds the board through the card’s column', () => {
    const doc = sampleDoc();
    expect(getBoardIdOfCard(doc, t1)).toBe(work);
    expect(getBoardIdOfCard(doc, d1)).toBe(work);
    expect(getBoardIdOfCard(doc, h1)).toBe(home);
  });

  it('follows a card after a move', () => {
    const doc = moveCard(sampleDoc(), t1, { columnId: done, index: 0 }, T1);
    expect(getBoardIdOfCard(doc, t1)).toBe(work);
  });

  it('is undefined for an unknown card or a card whose column is missing', () => {
    const doc = docOf({ boards: [makeBoard('b1', 'a0')], cards: [makeCard('lost', 'gone', 'a0')] });
    expect(getBoardIdOfCard(doc, cardId('lost'))).toBeUndefined();
    expect(getBoardIdOfCard(sampleDoc(), cardId('nope'))).toBeUndefined();
  });
});

describe('countBoardCards', () => {
  it('counts the cards in all columns of a board', () => {
    const doc = sampleDoc();
    expect(countBoardCards(doc, work)).toBe(4);
    expect(countBoardCards(doc, home)).toBe(1);
    expect(countBoardCards(doc, boardId('nope'))).toBe(0);
  });

  it('follows adds, deletes and moves', () => {
    let doc = sampleDoc();
    doc = addCard(doc, { id: cardId('x'), columnId: chores, title: 'X', now: T1 });
    expect(countBoardCards(doc, home)).toBe(2);
    doc = deleteCard(doc, t2);
    expect(countBoardCards(doc, work)).toBe(3);
    doc = moveCard(doc, t1, { columnId: done, index: 0 }, T1);
    expect(countBoardCards(doc, work)).toBe(3);
    expect(countBoardCards(emptyDoc, work)).toBe(0);
  });
});
