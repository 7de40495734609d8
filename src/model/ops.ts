/**
 * Operations on the document. Every operation is pure and total: it takes a
 * document and returns a new one (or the same one when there is nothing to do,
 * e.g. an unknown id or an empty title), never mutates its input and never throws.
 * Ids and timestamps come in as arguments so the model stays deterministic.
 */
import { keyBetween } from './order';
import { getRecord, hasRecord, withRecord, withoutRecords } from './records';
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

/** Collapses white space, trims and caps a title; returns null when nothing is left. */
export function normaliseTitle(raw: string): string | null {
  let title = raw.replace(/\s+/g, ' ').trim();
  if (title.length > MAX_TITLE_LENGTH) {
    // Never leave half of a character made of two UTF-16 units, nor a space, at the cut.
    title = title.slice(0, MAX_TITLE_LENGTH).replace(/[\uD800-\uDBFF]$/, '').trimEnd();
  }
  return title.length > 0 ? title : null;
}

const put = withRecord;
const without = withoutRecords;

/** A whole index within 0..length; NaN means the end. */
function clampIndex(index: number, length: number): number {
  if (Number.isNaN(index)) return length;
  return Math.max(0, Math.min(Math.trunc(index), length));
}

/** The order key for inserting at `index` into `siblings` (already sorted, without the moved item). */
function orderAt(siblings: readonly { order: string }[], index: number): string {
  const i = clampIndex(index, siblings.length);
  return keyBetween(siblings[i - 1]?.order ?? null, siblings[i]?.order ?? null);
}

/** Ids are unique across boards, columns and cards. */
function idTaken(doc: KanbanDoc, id: string): boolean {
  return hasRecord(doc.boards, id) || hasRecord(doc.columns, id) || hasRecord(doc.cards, id);
}

// ---------------------------------------------------------------- boards

export function createBoard(doc: KanbanDoc, args: { id: BoardId; title: string; now: Timestamp }): KanbanDoc {
  const title = normaliseTitle(args.title);
  if (!title || idTaken(doc, args.id)) return doc;
  const ids = getBoardIds(doc);
  const last = ids.length ? getRecord(doc.boards, ids[ids.length - 1]!) : undefined;
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
  const board = getRecord(doc.boards, boardId);
  const title = normaliseTitle(rawTitle);
  if (!board || !title || title === board.title) return doc;
  return { ...doc, boards: put(doc.boards, boardId, { ...board, title, updatedAt: now }) };
}

/** Removes a board with all its columns and cards. */
export function deleteBoard(doc: KanbanDoc, boardId: BoardId): KanbanDoc {
  if (!hasRecord(doc.boards, boardId)) return doc;
  const columnIds = new Set(getColumns(doc, boardId).map((c) => c.id));
  const cardIds = new Set<CardId>();
  for (const columnId of columnIds) for (const card of getCards(doc, columnId)) cardIds.add(card.id);
  return {
    boards: without(doc.boards, new Set([boardId])),
    columns: columnIds.size ? without(doc.columns, columnIds) : doc.columns,
    cards: cardIds.size ? without(doc.cards, cardIds) : doc.cards,
  };
}


// ---------------------------------------------------------------- columns

export function addColumn(
  doc: KanbanDoc,
  args: { id: ColumnId; boardId: BoardId; title: string; now: Timestamp; index?: number },
): KanbanDoc {
  const title = normaliseTitle(args.title);
  if (!title || !hasRecord(doc.boards, args.boardId) || idTaken(doc, args.id)) return doc;
  const siblings = getColumns(doc, args.boardId);
  const column: Column = {
    id: args.id,
    boardId: args.boardId,
    title,
    order: orderAt(siblings, args.index ?? siblings.length),
  };
  return { ...doc, columns: put(doc.columns, column.id, column) };
}

export function renameColumn(doc: KanbanDoc, columnId: ColumnId, rawTitle: string): KanbanDoc {
  const column = getRecord(doc.columns, columnId);
  const title = normaliseTitle(rawTitle);
  if (!column || !title || title === column.title) return doc;
  return { ...doc, columns: put(doc.columns, columnId, { ...column, title }) };
}

/** Removes a column and the cards in it. */
export function deleteColumn(doc: KanbanDoc, columnId: ColumnId): KanbanDoc {
  const column = getRecord(doc.columns, columnId);
  if (!column) return doc;
  const cardIds = new Set(getCards(doc, columnId).map((c) => c.id));
  const next: KanbanDoc = {
    ...doc,
    columns: without(doc.columns, new Set([columnId])),
    cards: cardIds.size ? without(doc.cards, cardIds) : doc.cards,
  };
  return next;
}

/** Moves a column to `toIndex` among its board's columns (index counted without the column itself). */
export function moveColumn(doc: KanbanDoc, columnId: ColumnId, toIndex: number): KanbanDoc {
  const column = getRecord(doc.columns, columnId);
  if (!column) return doc;
  const all = getColumns(doc, column.boardId);
  const from = all.findIndex((c) => c.id === columnId);
  const siblings = all.filter((c) => c.id !== columnId);
  const index = clampIndex(toIndex, siblings.length);
  if (index === from) return doc;
  const moved: Column = { ...column, order: orderAt(siblings, index) };
  return { ...doc, columns: put(doc.columns, columnId, moved) };
}

// ---------------------------------------------------------------- cards

export function addCard(
  doc: KanbanDoc,
  args: { id: CardId; columnId: ColumnId; title: string; now: Timestamp; description?: string; index?: number },
): KanbanDoc {
  const title = normaliseTitle(args.title);
  const column = getRecord(doc.columns, args.columnId);
  if (!title || !column || idTaken(doc, args.id)) return doc;
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
  return { ...doc, cards: put(doc.cards, card.id, card) };
}

/** Changes a card's title and/or description. An empty title leaves the title as it was. */
export function updateCard(
  doc: KanbanDoc,
  cardId: CardId,
  patch: { title?: string; description?: string },
  now: Timestamp,
): KanbanDoc {
  const card = getRecord(doc.cards, cardId);
  if (!card) return doc;
  const title = patch.title === undefined ? card.title : (normaliseTitle(patch.title) ?? card.title);
  const description =
    patch.description === undefined ? card.description : patch.description.slice(0, MAX_DESCRIPTION_LENGTH);
  if (title === card.title && description === card.description) return doc;
  const next = { ...doc, cards: put(doc.cards, cardId, { ...card, title, description, updatedAt: now }) };
  return next;
}

export function deleteCard(doc: KanbanDoc, cardId: CardId): KanbanDoc {
  const card = getRecord(doc.cards, cardId);
  if (!card) return doc;
  const next = { ...doc, cards: without(doc.cards, new Set([cardId])) };
  return next;
}

/**
 * Moves a card to `index` in `columnId` (index counted among that column's cards
 * without the moved card). Columns must be on the same board. Changes one record: the card.
 * (Card and column edits never touch the board record, so each edit stays one small write.)
 */
export function moveCard(
  doc: KanbanDoc,
  cardId: CardId,
  to: { columnId: ColumnId; index: number },
  now: Timestamp,
): KanbanDoc {
  const card = getRecord(doc.cards, cardId);
  const target = getRecord(doc.columns, to.columnId);
  const source = card ? getRecord(doc.columns, card.columnId) : undefined;
  if (!card || !target || !source || source.boardId !== target.boardId) return doc;
  const all = getCards(doc, to.columnId);
  const siblings = all.filter((c) => c.id !== cardId);
  const index = clampIndex(to.index, siblings.length);
  if (card.columnId === to.columnId && all.findIndex((c) => c.id === cardId) === index) return doc;
  const moved: Card = { ...card, columnId: to.columnId, order: orderAt(siblings, index), updatedAt: now };
  return { ...doc, cards: put(doc.cards, cardId, moved) };
}
