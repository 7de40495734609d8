/**
 * Builders for model tests: branded ids, hand-made records with explicit order keys,
 * a small realistic document built through the public ops, and a recursive freeze.
 *
 * Owns: test data for test/model/**. Must not: reach into store, persistence or the DOM.
 */
import { addCard, addColumn, createBoard } from '../../src/model/ops';
import type { Board, BoardId, Card, CardId, Column, ColumnId, KanbanDoc } from '../../src/model/types';

export const boardId = (s: string): BoardId => s as BoardId;
export const columnId = (s: string): ColumnId => s as ColumnId;
export const cardId = (s: string): CardId => s as CardId;

/** A fixed clock so documents are deterministic. */
export const T0 = 1_700_000_000_000;

export function makeBoard(id: string, order: string, over: Partial<Board> = {}): Board {
  return { id: boardId(id), title: `Board ${id}`, order, createdAt: T0, updatedAt: T0, ...over };
}

export function makeColumn(id: string, parent: string, order: string, over: Partial<Column> = {}): Column {
  return { id: columnId(id), boardId: boardId(parent), title: `Column ${id}`, order, ...over };
}

export function makeCard(id: string, parent: string, order: string, over: Partial<Card> = {}): Card {
  return {
    id: cardId(id),
    columnId: columnId(parent),
    title: `Card ${id}`,
    description: '',
    order,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

/**
 * A document keyed by each record's id. Object.fromEntries defines own data properties,
 * so even an id like "__proto__" ends up as an ordinary key.
 */
export function docOf(records: { boards?: Board[]; columns?: Column[]; cards?: Card[] }): KanbanDoc {
  return {
    boards: Object.fromEntries((records.boards ?? []).map((r) => [r.id, r])) as KanbanDoc['boards'],
    columns: Object.fromEntries((records.columns ?? []).map((r) => [r.id, r])) as KanbanDoc['columns'],
    cards: Object.fromEntries((records.cards ?? []).map((r) => [r.id, r])) as KanbanDoc['cards'],
  };
}

/** Freezes `value` and everything reachable from it, so any mutation throws (modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const key of Reflect.ownKeys(value)) {
    deepFreeze((value as Record<string | symbol, unknown>)[key]);
  }
  return Object.freeze(value);
}

/** Ids of the sample document, by name. */
export const ids = {
  work: boardId('board-work'),
  home: boardId('board-home'),
  todo: columnId('col-todo'),
  doing: columnId('col-doing'),
  done: columnId('col-done'),
  chores: columnId('col-chores'),
  t1: cardId('card-t1'),
  t2: cardId('card-t2'),
  t3: cardId('card-t3'),
  d1: cardId('card-d1'),
  h1: cardId('card-h1'),
} as const;

/**
 * Two boards built through the ops:
 * - "Work": To do [t1, t2, t3], Doing [d1], Done [] (empty);
 * - "Home": Chores [h1].
 */
export function sampleDoc(): KanbanDoc {
  let doc: KanbanDoc = { boards: {}, columns: {}, cards: {} } as KanbanDoc;
  doc = createBoard(doc, { id: ids.work, title: 'Work', now: T0 });
  doc = createBoard(doc, { id: ids.home, title: 'Home', now: T0 });
  doc = addColumn(doc, { id: ids.todo, boardId: ids.work, title: 'To do', now: T0 });
  doc = addColumn(doc, { id: ids.doing, boardId: ids.work, title: 'Doing', now: T0 });
  doc = addColumn(doc, { id: ids.done, boardId: ids.work, title: 'Done', now: T0 });
  doc = addColumn(doc, { id: ids.chores, boardId: ids.home, title: 'Chores', now: T0 });
  doc = addCard(doc, { id: ids.t1, columnId: ids.todo, title: 'Write tests', now: T0 });
  doc = addCard(doc, { id: ids.t2, columnId: ids.todo, title: 'Review PR', now: T0 });
  doc = addCard(doc, { id: ids.t3, columnId: ids.todo, title: 'Ship it', now: T0 });
  doc = addCard(doc, { id: ids.d1, columnId: ids.doing, title: 'Fix login', now: T0 });
  doc = addCard(doc, { id: ids.h1, columnId: ids.chores, title: 'Water plants', now: T0 });
  return doc;
}
