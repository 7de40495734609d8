import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../src/model/invariants';
import {
  addCard,
  addColumn,
  createBoard,
  deleteBoard,
  deleteCard,
  deleteColumn,
  moveCard,
  moveColumn,
  normaliseTitle,
  renameBoard,
  renameColumn,
  updateCard,
} from '../../src/model/ops';
import { getBoardIds, getCardIds, getColumnIds } from '../../src/model/selectors';
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH, emptyDoc, type KanbanDoc } from '../../src/model/types';
import {
  T0,
  boardId,
  cardId,
  columnId,
  deepFreeze,
  docOf,
  ids,
  makeBoard,
  makeCard,
  makeColumn,
  sampleDoc,
} from '../helpers/modelFactories';

const T1 = T0 + 60_000;
const { work, home, todo, doing, done, chores, t1, t2, t3, d1, h1 } = ids;

/**
 * Runs `op` on a deep-frozen `doc` (so any mutation throws), checks that the input still equals
 * a snapshot taken before, and that the result satisfies every invariant.
 */
function run(doc: KanbanDoc, op: (d: KanbanDoc) => KanbanDoc): KanbanDoc {
  deepFreeze(doc);
  const before = structuredClone(doc);
  const next = op(doc);
  expect(doc).toEqual(before);
  expect(checkInvariants(next)).toEqual([]);
  return next;
}

describe('sample document', () => {
  it('is built as the tests below expect', () => {
    const doc = sampleDoc();
    expect(checkInvariants(doc)).toEqual([]);
    expect(getBoardIds(doc)).toEqual([work, home]);
    expect(getColumnIds(doc, work)).toEqual([todo, doing, done]);
    expect(getColumnIds(doc, home)).toEqual([chores]);
    expect(getCardIds(doc, todo)).toEqual([t1, t2, t3]);
    expect(getCardIds(doc, doing)).toEqual([d1]);
    expect(getCardIds(doc, done)).toEqual([]);
    expect(getCardIds(doc, chores)).toEqual([h1]);
  });
});

describe('normaliseTitle', () => {
  it('trims and collapses runs of whitespace into one space', () => {
    expect(normaliseTitle('  Buy \n\t milk  ')).toBe('Buy milk');
    expect(normaliseTitle('Plain')).toBe('Plain');
  });

  it.each(['', ' ', '   ', '\n\t ', '\u00a0'])('returns null for empty or whitespace-only %j', (raw) => {
    expect(normaliseTitle(raw)).toBeNull();
  });

  it('cuts titles longer than MAX_TITLE_LENGTH instead of rejecting them', () => {
    const title = normaliseTitle('x'.repeat(MAX_TITLE_LENGTH + 100));
    expect(title).toBe('x'.repeat(MAX_TITLE_LENGTH));
  });

  it('never leaves whitespace at the end after cutting (normalising twice changes nothing)', () => {
    const raw = 'a'.repeat(MAX_TITLE_LENGTH - 1) + ' b';
    const once = normaliseTitle(raw);
    expect(once).not.toBeNull();
    expect(once).toBe(once!.trim());
    expect(normaliseTitle(once!)).toBe(once);
  });

  it('does not cut a character made of two UTF-16 code units in half', () => {
    const title = normaliseTitle('a'.repeat(MAX_TITLE_LENGTH - 1) + '😀 party');
    expect(title).not.toBeNull();
    // A lone high surrogate at the end would show as a broken glyph.
    expect(title).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(title!.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
});

describe('createBoard', () => {
  it('creates the first board in an empty document', () => {
    const next = run(emptyDoc, (d) => createBoard(d, { id: boardId('b1'), title: '  My   board ', now: T0 }));
    expect(getBoardIds(next)).toEqual(['b1']);
    expect(next.boards[boardId('b1')]).toMatchObject({ id: 'b1', title: 'My board', createdAt: T0, updatedAt: T0 });
  });

  it('appends the new board after the existing ones and leaves their records alone', () => {
    const doc = sampleDoc();
    const next = run(doc, (d) => createBoard(d, { id: boardId('b3'), title: 'Side project', now: T1 }));
    expect(getBoardIds(next)).toEqual([work, home, 'b3']);
    expect(next.boards[work]).toBe(doc.boards[work]);
    expect(next.columns).toBe(doc.columns);
    expect(next.cards).toBe(doc.cards);
  });

  it.each(['', '   ', '\n'])('refuses the empty title %j and returns the same document', (title) => {
    const doc = sampleDoc();
    expect(run(doc, (d) => createBoard(d, { id: boardId('b3'), title, now: T1 }))).toBe(doc);
  });

  it('refuses an id that is already taken and keeps the existing board', () => {
    const doc = sampleDoc();
    expect(run(doc, (d) => createBoard(d, { id: work, title: 'Other', now: T1 }))).toBe(doc);
  });
});

describe('renameBoard', () => {
  it('changes the title and updatedAt, keeps the position and the other board', () => {
    const doc = sampleDoc();
    const next = run(doc, (d) => renameBoard(d, home, '  Household ', T1));
    expect(next.boards[home]).toMatchObject({ title: 'Household', updatedAt: T1, createdAt: T0 });
    expect(next.boards[home]?.order).toBe(doc.boards[home]?.order);
    expect(next.boards[work]).toBe(doc.boards[work]);
    expect(getBoardIds(next)).toEqual([work, home]);
  });

  it('returns the same document for an unknown id, an empty title or an unchanged title', () => {
    const doc = sampleDoc();
    expect(run(doc, (d) => renameBoard(d, boardId('nope'), 'X', T1))).toBe(doc);
    expect(run(doc, (d) => renameBoard(d, home, '   ', T1))).toBe(doc);
    expect(run(doc, (d) => renameBoard(d, home, ' Home  ', T1))).toBe(doc);
  });
});

describe('deleteBoard', () => {
  it('removes the board with all its columns and cards and leaves the other board alone', () => {
    const doc = sampleDoc();
    const next = run(doc, (d) => deleteBoard(d, work));
    expect(getBoardIds(next)).toEqual([home]);
    expect(getColumnIds(next, work)).toEqual([]);
    for (const c of [todo, doing, done]) {
      expect(next.columns[c]).toBeUndefined();
      expect(getCardIds(next, c)).toEqual([]);
    }
    for (const k of [t1, t2, t3, d1]) expect(next.cards[k]).toBeUndefined();
    expect(Object.keys(next.cards)).toEqual([h1]);
    expect(Object.keys(next.columns)).toEqual([chores]);
    expect(next.boards[home]).toBe(doc.boards[home]);
    expect(next.columns[chores]).toBe(doc.columns[chores]);
    expect(next.cards[h1]).toBe(doc.cards[h1]);
    expect(getCardIds(next, chores)).toEqual([h1]);
  });

  it('removes a board that has no columns', () => {
    const doc = createBoard(sampleDoc(), { id: boardId('empty'), title: 'Empty', now: T0 });
    const next = run(doc, (d) => deleteBoard(d, boardId('empty')));
    expect(getBoardIds(next)).toEqual([work, home]);
    expect(next.columns).toBe(doc.columns);
    expect(next.cards).toBe(doc.cards);
  });

  it('returns the same document for an unknown id', () => {
    const doc = sampleDoc();
    expect(run(doc, (d) => deleteBoard(d, boardId('nope')))).toBe(doc);
  });
});

describe('addColumn', () => {
  const add = (doc: KanbanDoc, index?: number) =>
    run(doc, (d) => addColumn(d, { id: columnId('new'), boardId: work, title: 'Review', now: T1, index }));

  it('appends at the end by default and leaves the board record untouched', () => {
    const doc = sampleDoc();
    const next = add(doc);
    expect(getColumnIds(next, work)).toEqual([todo, doing, done, 'new']);
    expect(next.columns[columnId('new')]).toMatchObject({ title: 'Review', boardId: work });
    expect(next.boards[work]).toBe(doc.boards[work]);
    expect(next.boards).toBe(doc.boards);
    expect(next.boards[home]).toBe(doc.boards[home]);
    expect(getColumnIds(next, home)).toEqual([chores]);
  });

  it.each([
    [0, ['new', todo, doing, done]],
    [1, [todo, 'new', doing, done]],
    [2, [todo, doing, 'new', done]],
    [3, [todo, doing, done, 'new']],
    [-4, ['new', todo, doing, done]],
    [99, [todo, doing, done, 'new']],
  ])('inserts at index %i', (index, expected) => {
    expect(getColumnIds(add(sampleDoc(), index), work)).toEqual(expected);
  });

  it('adds the first column of an empty board', () => {
    const doc = createBoard(emptyDoc, { id: boardId('b'), title: 'B', now: T0 });
    const next = run(doc, (d) => addColumn(d, { id: columnId('c'), boardId: boardId('b'), title: 'C', now: T1, index: 3 }));
    expect(getColumnIds(next, boardId('b'))).toEqual(['c']);
  });

  it('returns the same document for an unknown board, a taken id or an empty title', () => {
    const doc = sampleDoc();
    expect(run(doc, (d) => addColumn(d, { id: columnId('new'), boardId: boardId('nope'), title: 'X', now: T1 }))).toBe(doc);
    expect(run(doc, (d) => addColumn(d, { id: todo, boardId: work, title: 'X', now: T1 }))).toBe(doc);
    expect(run(doc, (d) => addColumn(d, { id: todo, boardId: home, title: 'X', now: T1 }))).toBe(doc);
    expect(run(doc, (d) => addColumn(d, { id: columnId('new'), boardId: work, title: ' \t ', now: T1 }))).toBe(doc);
  });

  it('keeps order keys unique when given a fractional index', () => {
    const next = add(sampleDoc(), 1.5);
    expect(getColumnIds(next, work)).toHaveLength(4);
    expect(getColumnIds(next, work)).toContain('new');
  });

  it('keeps order keys unique when given NaN as index', () => {
    const next = add(sampleDoc(), Number.NaN);
    expect(getColumnIds(next, work)).toHaveLength(4);
  });
});

describe('renameColumn', () => {
  it('changes the title, keeps the position and leaves the board record untouched', () => {
    const doc = sampleDoc();
    const next = run(doc, (d) => renameColumn(d, doing, ' In   progress '));
    expect(next.columns[doing]).toMatchObject({ title: 'In progress', order: doc.columns[doing]?.order });
    expect(getColumnIds(next, work)).toEqual([todo, doing, done]);
    expect(next.boards[work]).toBe(doc.boards[work]);
    expect(next.boards).toBe(doc.boards);
    expect(next.cards).toBe(doc.cards);
  });

  it('returns the same document for an unknown id, an empty title or an unchanged title', () => {
    const doc = sampleDoc();
    expect(run(doc, (d) => renameColumn(d, columnId('nope'), 'X'))).toBe(doc);
    expect(run(doc, (d) => renameColumn(d, doing, ''))).toBe(doc);
    expect(run(doc, (d) => renameColumn(d, doing, 'Doing'))).toBe(doc);
  });
});

describe('deleteColumn', () => {
  it('removes the column and its cards; other columns keep their cards in order; the board record is untouched', () => {
    const doc = sampleDoc();
    const next = run(doc, (d) => deleteColumn(d, todo));
    expect(getColumnIds(next, work)).toEqual([doing, done]);
    expect(getCardIds(next, todo)).toEqual([]);
    for (const k of [t1, t2, t3]) expect(next.cards[k]).toBeUndefined();
    expect(getCardIds(next, doing)).toEqual([d1]);
    expect(next.cards[d1]).toBe(doc.cards[d1]);
    expect(next.boards[work]).toBe(doc.boards[work]);
    expect(next.boards).toBe(doc.boards);
    expect(next.boards[home]).toBe(doc.boards[home]);
    expect(getCardIds(next, chores)).toEqual([h1]);
  });

  it('removes an empty column without touching the cards', () => {
    const doc = sampleDoc();
    const next = run(doc, (d) => deleteColumn(d, done));
    expect(getColumnIds(next, work)).toEqual([todo, doing]);
    expect(next.cards).toBe(doc.cards);
  });

  it('returns the same document for an unknown id', () => {
    const doc = sampleDoc();
    expect(run(doc, (d) => deleteColumn(d, columnId('nope')))).toBe(doc);
  });
});

describe('moveColumn', () => {
  const move = (doc: KanbanDoc, c: typeof todo, to: number) => run(doc, (d) => moveColumn(d, c, to));

  it.each([
    ['first to last', todo, 2, [doing, done, todo]],
    ['first to the middle', todo, 1, [doing, todo, done]],
    ['last to first', done, 0, [done, todo, doing]],
    ['last to the middle', done, 1, [todo, done, doing]],
    ['a negative index to first', done, -3, [done, todo, doing]],
    ['a too large index to last', todo, 42, [doing, done, todo]],
    ['a fractional index truncated', todo, 1.9, [doing, todo, done]],
  ])('moves %s and leaves the board record untouched', (_name, c, to, expected) => {
    const doc = sampleDoc();
    const next = move(doc, c, to);
    expect(getColumnIds(next, work)).toEqual(expected);
    expect(next.boards[work]).toBe(doc.boards[work]);
    expect(next.boards).toBe(doc.boards);
    expect(next.cards).toBe(doc.cards);
    expect(getCardIds(next, todo)).toEqual([t1, t2, t3]);
  });

  it('rewrites only the moved column record', () => {
    const doc = sampleDoc();
    const next = move(doc, todo, 2);
    for (const c of [doing, done, chores]) expect(next.columns[c]).toBe(doc.columns[c]);
    expect(next.columns[todo]).not.toBe(doc.columns[todo]);
    expect(next.boards).toBe(doc.boards);
    expect(next.boards[home]).toBe(doc.boards[home]);
    expect(getColumnIds(next, home)).toEqual([chores]);
  });

  it('returns the same document when the column stays where it is', () => {
    const doc = sampleDoc();
    expect(move(doc, doing, 1)).toBe(doc);
    expect(move(doc, todo, 0)).toBe(doc);
    expect(move(doc, todo, -1)).toBe(doc);
    expect(move(doc, done, 2)).toBe(doc);
    expect(move(doc, done, 50)).toBe(doc);
    expect(move(doc, chores, 5)).toBe(doc);
  });

  it('returns the same document for an unknown id', () => {
    const doc = sampleDoc();
    expect(move(doc, columnId('nope'), 0)).toBe(doc);
  });
});

describe('addCard', () => {
  const add = (doc: KanbanDoc, args: { columnId?: typeof todo; index?: number; title?: string; description?: string } = {}) =>
    run(doc, (d) =>
      addCard(d, {
        id: cardId('new'),
        columnId: args.columnId ?? todo,
        title: args.title ?? 'New card',
        now: T1,
        index: args.index,
        description: args.description,
      }),
    );

  it('appends at the bottom of the column by default and leaves the board records untouched', () => {
    const doc = sampleDoc();
    const next = add(doc);
    expect(getCardIds(next, todo)).toEqual([t1, t2, t3, 'new']);
    expect(next.cards[cardId('new')]).toMatchObject({
      id: 'new',
      columnId: todo,
      title: 'New card',
      description: '',
      createdAt: T1,
      updatedAt: T1,
    });
    expect(next.boards[work]).toBe(doc.boards[work]);
    expect(next.boards).toBe(doc.boards);
    expect(next.boards[home]).toBe(doc.boards[home]);
    expect(getCardIds(next, doing)).toEqual([d1]);
  });

  it.each([
    [0, ['new', t1, t2, t3]],
    [1, [t1, 'new', t2, t3]],
    [2, [t1, t2, 'new', t3]],
    [3, [t1, t2, t3, 'new']],
    [-1, ['new', t1, t2, t3]],
    [1000, [t1, t2, t3, 'new']],
  ])('inserts at index %i', (index, expected) => {
    expect(getCardIds(add(sampleDoc(), { index }), todo)).toEqual(expected);
  });

  it('adds into an empty column', () => {
    expect(getCardIds(add(sampleDoc(), { columnId: done, index: 4 }), done)).toEqual(['new']);
  });

  it('normalises the title and keeps (capped) descriptions', () => {
    const next = add(sampleDoc(), { title: '  Call \n mum ', description: 'd'.repeat(MAX_DESCRIPTION_LENGTH + 5) });
    expect(next.cards[cardId('new')]?.title).toBe('Call mum');
    expect(next.cards[cardId('new')]?.description).toHaveLength(MAX_DESCRIPTION_LENGTH);
  });

  it('returns the same document for an unknown column, a taken id or an empty title', () => {
    const doc = sampleDoc();
    expect(run(doc, (d) => addCard(d, { id: cardId('new'), columnId: columnId('nope'), title: 'X', now: T1 }))).toBe(doc);
    expect(run(doc, (d) => addCard(d, { id: t1, columnId: todo, title: 'X', now: T1 }))).toBe(doc);
    expect(run(doc, (d) => addCard(d, { id: h1, columnId: todo, title: 'X', now: T1 }))).toBe(doc);
    expect(run(doc, (d) => addCard(d, { id: cardId('new'), columnId: todo, title: '   ', now: T1 }))).toBe(doc);
  });

  it('keeps order keys unique when given a fractional index', () => {
    const next = add(sampleDoc(), { index: 1.5 });
    expect(getCardIds(next, todo)).toHaveLength(4);
    expect(getCardIds(next, todo)).toContain('new');
  });

  it('keeps order keys unique when given NaN as index', () => {
    const next = add(sampleDoc(), { index: Number.NaN });
    expect(getCardIds(next, todo)).toHaveLength(4);
  });
});

describe('updateCard', () => {
  it('changes the title and description, keeps column, position and createdAt, and leaves the board record untouched', () => {
    const doc = sampleDoc();
    const next = run(doc, (d) => updateCard(d, t2, { title: ' Review  the PR ', description: 'Carefully' }, T1));
    expect(next.cards[t2]).toMatchObject({
      title: 'Review the PR',
      description: 'Carefully',
      columnId: todo,
      order: doc.cards[t2]?.order,
      createdAt: T0,
      updatedAt: T1,
    });
    expect(getCardIds(next, todo)).toEqual([t1, t2, t3]);
    expect(next.boards[work]).toBe(doc.boards[work]);
    expect(next.boards).toBe(doc.boards);
    expect(next.columns).toBe(doc.columns);
    expect(next.cards[t1]).toBe(doc.cards[t1]);
  });

  it('changes only the description when the title is left out', () => {
    const doc = sampleDoc();
    const next = run(doc, (d) => updateCard(d, t1, { description: 'Notes' }, T1));
    expect(next.cards[t1]).toMatchObject({ title: 'Write tests', description: 'Notes' });
  });

  it('keeps the old title when the new one is empty but still applies the description', () => {
    const doc = sampleDoc();
    const next = run(doc, (d) => updateCard(d, t1, { title: '  ', description: 'Notes' }, T1));
    expect(next.cards[t1]).toMatchObject({ title: 'Write tests', description: 'Notes' });
  });

  it('caps the description', () => {
    const next = run(sampleDoc(), (d) => updateCard(d, t1, { description: 'x'.repeat(MAX_DESCRIPTION_LENGTH * 2) }, T1));
    expect(next.cards[t1]?.description).toHaveLength(MAX_DESCRIPTION_LENGTH);
  });

  it('returns the same document for an unknown id, an empty title alone, or no change', () => {
    const doc = sampleDoc();
    expect(run(doc, (d) => updateCard(d, cardId('nope'), { title: 'X' }, T1))).toBe(doc);
    expect(run(doc, (d) => updateCard(d, t1, { title: '' }, T1))).toBe(doc);
    expect(run(doc, (d) => updateCard(d, t1, { title: ' Write  tests' }, T1))).toBe(doc);
    expect(run(doc, (d) => updateCard(d, t1, { description: '' }, T1))).toBe(doc);
    expect(run(doc, (d) => updateCard(d, t1, {}, T1))).toBe(doc);
  });
});

describe('deleteCard', () => {
  it('removes the card from its column; the rest keep their order; the board record is untouched', () => {
    const doc = sampleDoc();
    const next = run(doc, (d) => deleteCard(d, t2));
    expect(getCardIds(next, todo)).toEqual([t1, t3]);
    expect(next.cards[t2]).toBeUndefined();
    expect(next.cards[t1]).toBe(doc.cards[t1]);
    expect(next.boards[work]).toBe(doc.boards[work]);
    expect(next.boards).toBe(doc.boards);
    expect(next.columns).toBe(doc.columns);
    expect(next.boards[home]).toBe(doc.boards[home]);
  });

  it('empties a column when its last card goes', () => {
    expect(getCardIds(run(sampleDoc(), (d) => deleteCard(d, d1)), doing)).toEqual([]);
  });

  it('returns the same document for an unknown id', () => {
    const doc = sampleDoc();
    expect(run(doc, (d) => deleteCard(d, cardId('nope')))).toBe(doc);
  });
});

describe('moveCard', () => {
  const move = (doc: KanbanDoc, card: typeof t1, to: typeof todo, index: number) =>
    run(doc, (d) => moveCard(d, card, { columnId: to, index }, T1));

  it('moves a card to another column at index 1: second there, gone from the source; the board record is untouched', () => {
    const doc = sampleDoc();
    const next = move(doc, d1, todo, 1);
    expect(getCardIds(next, todo)).toEqual([t1, d1, t2, t3]);
    expect(getCardIds(next, doing)).toEqual([]);
    expect(next.cards[d1]).toMatchObject({ columnId: todo, updatedAt: T1, title: 'Fix login', createdAt: T0 });
    expect(next.boards[work]).toBe(doc.boards[work]);
    expect(next.boards).toBe(doc.boards);
  });

  it('moves a card from a column with several cards into another column', () => {
    const next = move(sampleDoc(), t2, doing, 0);
    expect(getCardIds(next, todo)).toEqual([t1, t3]);
    expect(getCardIds(next, doing)).toEqual([t2, d1]);
  });

  it.each([
    ['down by one', t1, 1, [t2, t1, t3]],
    ['down to the bottom', t1, 2, [t2, t3, t1]],
    ['up by one', t3, 1, [t1, t3, t2]],
    ['up to the top', t3, 0, [t3, t1, t2]],
    ['the middle card to the top', t2, 0, [t2, t1, t3]],
    ['the middle card to the bottom', t2, 2, [t1, t3, t2]],
    ['with a negative index to the top', t3, -5, [t3, t1, t2]],
    ['with a too large index to the bottom', t1, 99, [t2, t3, t1]],
    ['with a fractional index truncated', t1, 1.99, [t2, t1, t3]],
  ])('moves within a column: %s', (_name, card, index, expected) => {
    const next = move(sampleDoc(), card, todo, index);
    expect(getCardIds(next, todo)).toEqual(expected);
  });

  it('moves into an empty column, whatever the index', () => {
    for (const index of [0, 1, 7, -2]) {
      const next = move(sampleDoc(), t2, done, index);
      expect(getCardIds(next, done)).toEqual([t2]);
      expect(getCardIds(next, todo)).toEqual([t1, t3]);
    }
  });

  it('writes exactly one card record: every other card, every column and every board is the very same object', () => {
    const doc = sampleDoc();
    const next = move(doc, t3, doing, 1);
    expect(next.cards[t3]).not.toBe(doc.cards[t3]);
    for (const k of Object.keys(doc.cards) as (typeof t1)[]) {
      if (k !== t3) expect(next.cards[k]).toBe(doc.cards[k]);
    }
    expect(Object.keys(next.cards).sort()).toEqual(Object.keys(doc.cards).sort());
    expect(next.columns).toBe(doc.columns);
    expect(next.boards).toBe(doc.boards);
    expect(next.boards[home]).toBe(doc.boards[home]);
  });

  it('keeps working after many moves into the same gap', () => {
    let doc = sampleDoc();
    // t3 and t1 take turns jumping into the slot after the first card, so keys keep getting longer.
    for (let i = 0; i < 60; i++) doc = move(doc, i % 2 ? t1 : t3, todo, 1);
    expect(getCardIds(doc, todo)).toEqual([t3, t1, t2]);
  });

  it('refuses to move a card to a column on another board', () => {
    const doc = sampleDoc();
    expect(move(doc, t1, chores, 0)).toBe(doc);
    expect(move(doc, h1, todo, 1)).toBe(doc);
  });

  it('returns the same document for an unknown card or column', () => {
    const doc = sampleDoc();
    expect(move(doc, cardId('nope'), todo, 0)).toBe(doc);
    expect(move(doc, t1, columnId('nope'), 0)).toBe(doc);
  });

  it('returns the same document when the card stays where it is', () => {
    const doc = sampleDoc();
    expect(move(doc, t1, todo, 0)).toBe(doc);
    expect(move(doc, t1, todo, -1)).toBe(doc);
    expect(move(doc, t2, todo, 1)).toBe(doc);
    expect(move(doc, t3, todo, 2)).toBe(doc);
    expect(move(doc, t3, todo, 10)).toBe(doc);
    expect(move(doc, d1, doing, 0)).toBe(doc);
  });

  it('keeps order keys unique when given NaN as index', () => {
    const next = move(sampleDoc(), d1, todo, Number.NaN);
    expect(getCardIds(next, todo)).toHaveLength(4);
    expect(getCardIds(next, doing)).toEqual([]);
  });
});

describe('ids that are also names on Object.prototype', () => {
  const protoNames = ['__proto__', 'constructor', 'toString'];

  it.each(protoNames)('treats %j as an unknown id: every op returns the same document', (name) => {
    const doc = deepFreeze(sampleDoc());
    const before = structuredClone(doc);
    const attempts: [string, (d: KanbanDoc) => KanbanDoc][] = [
      ['renameBoard', (d) => renameBoard(d, boardId(name), 'X', T1)],
      ['deleteBoard', (d) => deleteBoard(d, boardId(name))],
      ['addColumn to it', (d) => addColumn(d, { id: columnId('new'), boardId: boardId(name), title: 'X', now: T1 })],
      ['renameColumn', (d) => renameColumn(d, columnId(name), 'X')],
      ['deleteColumn', (d) => deleteColumn(d, columnId(name))],
      ['moveColumn', (d) => moveColumn(d, columnId(name), 1)],
      ['addCard to it', (d) => addCard(d, { id: cardId('new'), columnId: columnId(name), title: 'X', now: T1 })],
      ['updateCard', (d) => updateCard(d, cardId(name), { title: 'X' }, T1)],
      ['deleteCard', (d) => deleteCard(d, cardId(name))],
      ['moveCard', (d) => moveCard(d, cardId(name), { columnId: todo, index: 0 }, T1)],
      ['moveCard to it', (d) => moveCard(d, t1, { columnId: columnId(name), index: 0 }, T1)],
    ];
    // Collect every op that misbehaves, so one run shows the whole picture.
    const misbehaving = attempts.filter(([, op]) => op(doc) !== doc).map(([label]) => label);
    expect(doc).toEqual(before);
    expect(misbehaving).toEqual([]);
  });

  it.each(protoNames)('creates a board, a column or a card whose id is %j', (name) => {
    const withBoard = run(sampleDoc(), (d) => createBoard(d, { id: boardId(name), title: 'B', now: T1 }));
    expect(getBoardIds(withBoard)).toEqual([work, home, name]);
    const withColumn = run(sampleDoc(), (d) => addColumn(d, { id: columnId(name), boardId: work, title: 'C', now: T1 }));
    expect(getColumnIds(withColumn, work)).toEqual([todo, doing, done, name]);
    const withCard = run(sampleDoc(), (d) => addCard(d, { id: cardId(name), columnId: todo, title: 'K', now: T1 }));
    expect(getCardIds(withCard, todo)).toEqual([t1, t2, t3, name]);
  });

  // The load pipeline accepts "__proto__" as an id (see schema.test.ts), so ops must cope with it.
  it('keeps a card with id "__proto__" when another card in its column is deleted', () => {
    const doc = docOf({
      boards: [makeBoard('b1', 'a0')],
      columns: [makeColumn('c1', 'b1', 'a0')],
      cards: [makeCard('__proto__', 'c1', 'a0'), makeCard('k2', 'c1', 'a1')],
    });
    expect(getCardIds(doc, columnId('c1'))).toEqual(['__proto__', 'k2']);
    const next = run(doc, (d) => deleteCard(d, cardId('k2')));
    expect(getCardIds(next, columnId('c1'))).toEqual(['__proto__']);
  });

  it('keeps a column with id "__proto__" when another column of its board is deleted', () => {
    const doc = docOf({
      boards: [makeBoard('b1', 'a0')],
      columns: [makeColumn('__proto__', 'b1', 'a0'), makeColumn('c2', 'b1', 'a1')],
    });
    const next = run(doc, (d) => deleteColumn(d, columnId('c2')));
    expect(getColumnIds(next, boardId('b1'))).toEqual(['__proto__']);
  });

  it('keeps a board with id "__proto__" when another board is deleted', () => {
    const doc = docOf({ boards: [makeBoard('__proto__', 'a0'), makeBoard('b2', 'a1')] });
    const next = run(doc, (d) => deleteBoard(d, boardId('b2')));
    expect(getBoardIds(next)).toEqual(['__proto__']);
  });
});

describe('ids shared by two kinds of record', () => {
  // checkInvariants requires ids to be unique across boards, columns and cards; the ops must
  // therefore refuse (or the invariant relax) when a new record reuses another kind's id.
  it('keeps the invariants when a new card, column or board reuses an id of another kind', () => {
    const doc = sampleDoc();
    run(doc, (d) => addCard(d, { id: cardId(todo), columnId: todo, title: 'Same id as its column', now: T1 }));
    run(doc, (d) => addColumn(d, { id: columnId(work), boardId: work, title: 'Same id as its board', now: T1 }));
    run(doc, (d) => createBoard(d, { id: boardId(t1), title: 'Same id as a card', now: T1 }));
  });
});
