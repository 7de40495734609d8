/**
 * Narrow, typed selector hooks: components subscribe to the smallest thing they show.
 * Never select the whole store.
 */
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { countBoardCards, getBoardIdOfCard, getBoardIds, getCardIds, getColumnIds, getColumns } from '../model/selectors';
import { getRecord } from '../model/records';
import type { Board, BoardId, Card, CardId, Column, ColumnId } from '../model/types';
import { applyPreview } from './dragPreview';
import { kanbanStore, type KanbanActions, type KanbanState } from './store';

export function useKanban<T>(selector: (state: KanbanState) => T): T {
  return useStore(kanbanStore, selector);
}

/** The actions; stable for the store's lifetime, so reading them never re-renders. */
export function useActions(): KanbanActions {
  return kanbanStore.getState();
}

export const useActiveBoardId = (): BoardId | null => useKanban((s) => s.activeBoardId);
export const useBoardIds = (): readonly BoardId[] => useKanban((s) => getBoardIds(s.doc));
export const useBoard = (id: BoardId | null): Board | undefined => useKanban((s) => (id ? getRecord(s.doc.boards, id) : undefined));
export const useColumn = (id: ColumnId): Column | undefined => useKanban((s) => getRecord(s.doc.columns, id));
export const useCard = (id: CardId | null): Card | undefined => useKanban((s) => (id ? getRecord(s.doc.cards, id) : undefined));
export const useColumnIds = (boardId: BoardId): readonly ColumnId[] => useKanban((s) => getColumnIds(s.doc, boardId));
export const useBoardCardCount = (boardId: BoardId): number => useKanban((s) => countBoardCards(s.doc, boardId));
export const useOpenCardId = (): CardId | null => useKanban((s) => s.openCardId);
export const useSaveState = () => useKanban((s) => s.save);

/** The card ids a column shows, including a card being dragged over it. */
export function useColumnCardIds(columnId: ColumnId): readonly CardId[] {
  return useStore(
    kanbanStore,
    useShallow((s) => applyPreview(getCardIds(s.doc, columnId), columnId, s.dragPreview)),
  );
}

/** Plain reads for event handlers (no subscription). */
export function readState(): KanbanState {
  return kanbanStore.getState();
}

export const useBoardIdOfCard = (cardId: CardId): BoardId | undefined => useKanban((s) => getBoardIdOfCard(s.doc, cardId));

/** Id and title of each column of a board, in order (for pickers). */
export function useColumnTitles(boardId: BoardId | undefined): { id: ColumnId; title: string }[] {
  return useStore(
    kanbanStore,
    useShallow((s) => (boardId ? getColumns(s.doc, boardId) : [])),
  ).map((c) => ({ id: c.id, title: c.title }));
}

/** Id and title of every board, in order (for the board switcher). */
export function useBoardTitles(): { id: BoardId; title: string }[] {
  return useStore(
    kanbanStore,
    useShallow((s) => getBoardIds(s.doc).map((id) => s.doc.boards[id]!)),
  ).map((b) => ({ id: b.id, title: b.title }));
}
