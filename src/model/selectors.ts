/**
 * Derived views of the document: ordered lists of boards, columns and cards.
 * Pure and memoised by the identity of the record maps, so selectors called on
 * every render cost a lookup until the underlying records change.
 */
import { compareKeys } from './order';
import { getRecord } from './records';
import type { Board, BoardId, Card, CardId, Column, ColumnId, KanbanDoc } from './types';

function byOrderThenId(a: { order: string; id: string }, b: { order: string; id: string }): number {
  return compareKeys(a.order, b.order) || compareKeys(a.id, b.id);
}

const boardOrderCache = new WeakMap<object, readonly BoardId[]>();
/** Board ids in display order. */
export function getBoardIds(doc: KanbanDoc): readonly BoardId[] {
  let ids = boardOrderCache.get(doc.boards);
  if (!ids) {
    ids = (Object.values(doc.boards) as Board[]).sort(byOrderThenId).map((b) => b.id);
    boardOrderCache.set(doc.boards, ids);
  }
  return ids;
}

type Index<K, V> = ReadonlyMap<K, readonly V[]>;

function groupSorted<P, R extends { id: string; order: string }>(
  records: readonly R[],
  parentOf: (r: R) => P,
): Map<P, R[]> {
  const groups = new Map<P, R[]>();
  for (const r of records) {
    const key = parentOf(r);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  for (const list of groups.values()) list.sort(byOrderThenId);
  return groups;
}

const columnIndexCache = new WeakMap<object, Index<BoardId, Column>>();
function columnIndex(doc: KanbanDoc): Index<BoardId, Column> {
  let index = columnIndexCache.get(doc.columns);
  if (!index) {
    index = groupSorted(Object.values(doc.columns) as Column[], (c) => c.boardId);
    columnIndexCache.set(doc.columns, index);
  }
  return index;
}

const cardIndexCache = new WeakMap<object, Index<ColumnId, Card>>();
function cardIndex(doc: KanbanDoc): Index<ColumnId, Card> {
  let index = cardIndexCache.get(doc.cards);
  if (!index) {
    index = groupSorted(Object.values(doc.cards) as Card[], (c) => c.columnId);
    cardIndexCache.set(doc.cards, index);
  }
  return index;
}

const EMPTY: readonly never[] = Object.freeze([]);

/** The columns of a board, in display order. */
export function getColumns(doc: KanbanDoc, boardId: BoardId): readonly Column[] {
  return columnIndex(doc).get(boardId) ?? EMPTY;
}

/** The cards of a column, in display order. */
export function getCards(doc: KanbanDoc, columnId: ColumnId): readonly Card[] {
  return cardIndex(doc).get(columnId) ?? EMPTY;
}

const idListCache = new WeakMap<readonly { id: string }[], readonly string[]>();
function idsOf<T extends { id: string }>(list: readonly T[]): readonly T['id'][] {
  let ids = idListCache.get(list);
  if (!ids) {
    ids = list.map((x) => x.id);
    idListCache.set(list, ids);
  }
  return ids as readonly T['id'][];
}

export function getColumnIds(doc: KanbanDoc, boardId: BoardId): readonly ColumnId[] {
  return idsOf(getColumns(doc, boardId));
}

export function getCardIds(doc: KanbanDoc, columnId: ColumnId): readonly CardId[] {
  return idsOf(getCards(doc, columnId));
}

/** The board a card lives on, if the card and its column exist. */
export function getBoardIdOfCard(doc: KanbanDoc, cardId: CardId): BoardId | undefined {
  const card = getRecord(doc.cards, cardId);
  return card ? getRecord(doc.columns, card.columnId)?.boardId : undefined;
}

/** Number of cards on a board. */
export function countBoardCards(doc: KanbanDoc, boardId: BoardId): number {
  let n = 0;
  for (const col of getColumns(doc, boardId)) n += getCards(doc, col.id).length;
  return n;
}
