/**
 * Operations on the document. Every operation is pure and total: it takes a
 * document and returns a new one (or the same one when there is nothing to do,
 * e.g. an unknown id or an empty title), never mutates its input and never throws.
 * Ids and timestamps come in as arguments so the model stays deterministic.
 */
import { keyBetween } from './order';
import { getBoardIds, getCards, getColumns } from './selectors';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_TITLE_LENGTH,
  type Board,
  type BoardId,
  type Card,
  type CardId,
  type Column,
  type ColumnId,
  type KanbanDoc,
  type Timestamp,
} from './types';

/** Trims and caps a title; returns null when nothing is left. */
export function normaliseTitle(raw: string): string | null {
  const title = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_LENGTH);
  return title.length > 0 ? title : null;
}

function put<K extends string, V>(map: Readonly<Record<K, V>>, id: K, value: V): Record<K, V> {
  return { ...map, [id]: value };
}

function without<K extends string, V>(map: Readonly<Record<K, V>>, ids: ReadonlySet<K>): Record<K, V> {
  const next = {} as Record<K, V>;
  for (const key of Object.keys(map) as K[]) if (!ids.has(key)) next[key] = map[key];
  return next;
}

/** The order key for inserting at `index` into `siblings` (already sorted, without the moved item). */
function orderAt(siblings: readonly { order: string }[], index: number): string {
  const i = Math.max(0, Math.min(index, siblings.length));
  return keyBetween(siblings[i - 1]?.order ?? null, siblings[i]?.order ?? null);
}

// ---------------------------------------------------------------- boards

export function createBoard(doc: KanbanDoc, args: { id: BoardId; title: string; now: Timestamp }): KanbanDoc {
  const title = normaliseTitle(args.title);
  if (!title || doc.boards[args.id]) return doc;
  const ids = getBoardIds(doc);
  const last = ids.length ? doc.boards[ids[ids.length - 1]!] : undefined;
  const board: Board = {
    id: args.id,
    title,
    order: keyBetween(last?.order ?? null, null),
    createdAt: args.now,
    updatedAt: args.now,
  };
  return { ...doc, boards: put(doc.boards, board.id, board) };
}

export function renameBoard(doc: KanbanDoc, boardId: BoardId, rawTitle: string, now: Timestamp): KanbanDoc {
  const board = doc.boards[boardId];
  const title = normaliseTitle(rawTitle);
  if (!board || !title || title === board.title) return doc;
  return { ...doc, boards: put(doc.boards, boardId, { ...board, title, updatedAt: now }) };
}

/** Removes a board with all its columns and cards. */
export function deleteBoard(doc: KanbanDoc, boardId: BoardId): KanbanDoc {
  if (!doc.boards[boardId]) return doc;
  const columnIds = new Set(getColumns(doc, boardId).map((c) => c.id));
  const cardIds = new Set<CardId>();
  for (const columnId of columnIds) for (const card of getCards(doc, columnId)) cardIds.add(card.id);
  return {
    boards: without(doc.boards, new Set([boardId])),
    columns: columnIds.size ? without(doc.columns, columnIds) : doc.columns,
    cards: cardIds.size ? without(doc.cards, cardIds) : doc.cards,
  };
}

function touchBoard(doc: KanbanDoc, boardId: BoardId | undefined, now: Timestamp): KanbanDoc {
  const board = boardId ? doc.boards[boardId] : undefined;
  if (!board || board.updatedAt === now) return doc;
  return { ...doc, boards: put(doc.boards, board.id, { ...board, updatedAt: now }) };
}

// ---------------------------------------------------------------- columns

export function addColumn(
  doc: KanbanDoc,
  args: { id: ColumnId; boardId: BoardId; title: string; now: Timestamp; index?: number },
): KanbanDoc {
  const title = normaliseTitle(args.title);
  if (!title || !doc.boards[args.boardId] || doc.columns[args.id]) return doc;
  const siblings = getColumns(doc, args.boardId);
  const column: Column = {
    id: args.id,
    boardId: args.boardId,
    title,
    order: orderAt(siblings, args.index ?? siblings.length),
  };
  return touchBoard({ ...doc, columns: put(doc.columns, column.id, column) }, args.boardId, args.now);
}

export function renameColumn(doc: KanbanDoc, columnId: ColumnId, rawTitle: string, now: Timestamp): KanbanDoc {
  const column = doc.columns[columnId];
  const title = normaliseTitle(rawTitle);
  if (!column || !title || title === column.title) return doc;
  return touchBoard({ ...doc, columns: put(doc.columns, columnId, { ...column, title }) }, column.boardId, now);
}

/** Removes a column and the cards in it. */
export function deleteColumn(doc: KanbanDoc, columnId: ColumnId, now: Timestamp): KanbanDoc {
  const column = doc.columns[columnId];
  if (!column) return doc;
  const cardIds = new Set(getCards(doc, columnId).map((c) => c.id));
  const next: KanbanDoc = {
    ...doc,
    columns: without(doc.columns, new Set([columnId])),
    cards: cardIds.size ? without(doc.cards, cardIds) : doc.cards,
  };
  return touchBoard(next, column.boardId, now);
}

/** Moves a column to `toIndex` among its board's columns (index counted without the column itself). */
export function moveColumn(doc: KanbanDoc, columnId: ColumnId, toIndex: number, now: Timestamp): KanbanDoc {
  const column = doc.columns[columnId];
  if (!column) return doc;
  const all = getColumns(doc, column.boardId);
  const from = all.findIndex((c) => c.id === columnId);
  const siblings = all.filter((c) => c.id !== columnId);
  const index = Math.max(0, Math.min(Math.trunc(toIndex), siblings.length));
  if (index === from) return doc;
  const moved: Column = { ...column, order: orderAt(siblings, index) };
  return touchBoard({ ...doc, columns: put(doc.columns, columnId, moved) }, column.boardId, now);
}

// ---------------------------------------------------------------- cards

export function addCard(
  doc: KanbanDoc,
  args: { id: CardId; columnId: ColumnId; title: string; now: Timestamp; description?: string; index?: number },
): KanbanDoc {
  const title = normaliseTitle(args.title);
  const column = doc.columns[args.columnId];
  if (!title || !column || doc.cards[args.id]) return doc;
  const siblings = getCards(doc, args.columnId);
  const card: Card = {
    id: args.id,
    columnId: args.columnId,
    title,
    description: (args.description ?? '').slice(0, MAX_DESCRIPTION_LENGTH),
    order: orderAt(siblings, args.index ?? siblings.length),
    createdAt: args.now,
    updatedAt: args.now,
  };
  return touchBoard({ ...doc, cards: put(doc.cards, card.id, card) }, column.boardId, args.now);
}

/** Changes a card's title and/or description. An empty title leaves the title as it was. */
export function updateCard(
  doc: KanbanDoc,
  cardId: CardId,
  patch: { title?: string; description?: string },
  now: Timestamp,
): KanbanDoc {
  const card = doc.cards[cardId];
  if (!card) return doc;
  const title = patch.title === undefined ? card.title : (normaliseTitle(patch.title) ?? card.title);
  const description =
    patch.description === undefined ? card.description : patch.description.slice(0, MAX_DESCRIPTION_LENGTH);
  if (title === card.title && description === card.description) return doc;
  const next = { ...doc, cards: put(doc.cards, cardId, { ...card, title, description, updatedAt: now }) };
  return touchBoard(next, doc.columns[card.columnId]?.boardId, now);
}

export function deleteCard(doc: KanbanDoc, cardId: CardId, now: Timestamp): KanbanDoc {
  const card = doc.cards[cardId];
  if (!card) return doc;
  const next = { ...doc, cards: without(doc.cards, new Set([cardId])) };
  return touchBoard(next, doc.columns[card.columnId]?.boardId, now);
}

/**
 * Moves a card to `index` in `columnId` (index counted among that column's cards
 * without the moved card). Columns must be on the same board. Writes one card record.
 */
export function moveCard(
  doc: KanbanDoc,
  cardId: CardId,
  to: { columnId: ColumnId; index: number },
  now: Timestamp,
): KanbanDoc {
  const card = doc.cards[cardId];
  const target = doc.columns[to.columnId];
  const source = card ? doc.columns[card.columnId] : undefined;
  if (!card || !target || !source || source.boardId !== target.boardId) return doc;
  const all = getCards(doc, to.columnId);
  const siblings = all.filter((c) => c.id !== cardId);
  const index = Math.max(0, Math.min(Math.trunc(to.index), siblings.length));
  if (card.columnId === to.columnId && all.findIndex((c) => c.id === cardId) === index) return doc;
  const moved: Card = { ...card, columnId: to.columnId, order: orderAt(siblings, index), updatedAt: now };
  return touchBoard({ ...doc, cards: put(doc.cards, cardId, moved) }, target.boardId, now);
}
