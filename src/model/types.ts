/**
 * The document model: plain data, no behaviour. Owned by the pure model layer;
 * nothing here may import React, Zustand, IndexedDB or the DOM.
 *
 * The document is normalised: boards, columns and cards are stored by id, each
 * child points at its parent and carries a fractional order key. Ordered lists
 * are derived (see selectors.ts), so a move rewrites exactly one record.
 */

declare const brand: unique symbol;
/** A string that the type checker will not confuse with another kind of id. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type BoardId = Brand<string, 'BoardId'>;
export type ColumnId = Brand<string, 'ColumnId'>;
export type CardId = Brand<string, 'CardId'>;

/** Milliseconds since the Unix epoch. */
export type Timestamp = number;

export interface Board {
  readonly id: BoardId;
  readonly title: string;
  /** Fractional order key among all boards. */
  readonly order: string;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
}

export interface Column {
  readonly id: ColumnId;
  readonly boardId: BoardId;
  readonly title: string;
  /** Fractional order key among the columns of its board. */
  readonly order: string;
}

export interface Card {
  readonly id: CardId;
  readonly columnId: ColumnId;
  readonly title: string;
  /** Plain text for now. */
  readonly description: string;
  /** Fractional order key among the cards of its column. */
  readonly order: string;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
}

export interface KanbanDoc {
  readonly boards: Readonly<Record<BoardId, Board>>;
  readonly columns: Readonly<Record<ColumnId, Column>>;
  readonly cards: Readonly<Record<CardId, Card>>;
}

export const emptyDoc: KanbanDoc = Object.freeze({
  boards: Object.freeze({}) as Record<BoardId, Board>,
  columns: Object.freeze({}) as Record<ColumnId, Column>,
  cards: Object.freeze({}) as Record<CardId, Card>,
});

/** Longest title we keep; longer input is cut, never rejected. */
export const MAX_TITLE_LENGTH = 500;
/** Longest description we keep. */
export const MAX_DESCRIPTION_LENGTH = 100_000;
