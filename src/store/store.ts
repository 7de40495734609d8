/**
 * The one Zustand store: the only place that holds live state and calls model
 * operations. Slices: the document, the session (what is open, what is being
 * dragged, how saving goes). Actions are thin: read state, call a model op, set once.
 * It must not touch IndexedDB or the DOM; the app wires persistence to it.
 */
import { createStore } from 'zustand/vanilla';
import * as ops from '../model/ops';
import { hasRecord } from '../model/records';
import { getBoardIds } from '../model/selectors';
import { emptyDoc, type BoardId, type CardId, type ColumnId, type KanbanDoc } from '../model/types';
import type { DragPreview } from './dragPreview';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string };

export interface KanbanState {
  doc: KanbanDoc;
  /** Who made the last document change: a person ('user') or the load pipeline ('load'). */
  lastChange: 'user' | 'load';
  activeBoardId: BoardId | null;
  openCardId: CardId | null;
  dragPreview: DragPreview | null;
  save: SaveState;
}

export interface KanbanActions {
  /** Replaces the document with data that came in through the load pipeline (not an undoable edit). */
  hydrate(doc: KanbanDoc, preferredBoardId?: BoardId | null): void;
  createBoard(title: string): BoardId | null;
  renameBoard(boardId: BoardId, title: string): void;
  deleteBoard(boardId: BoardId): void;
  selectBoard(boardId: BoardId): void;
  addColumn(boardId: BoardId, title: string): ColumnId | null;
  renameColumn(columnId: ColumnId, title: string): void;
  deleteColumn(columnId: ColumnId): void;
  moveColumn(columnId: ColumnId, toIndex: number): void;
  addCard(columnId: ColumnId, title: string): CardId | null;
  updateCard(cardId: CardId, patch: { title?: string; description?: string }): void;
  deleteCard(cardId: CardId): void;
  moveCard(cardId: CardId, to: { columnId: ColumnId; index: number }): void;
  openCard(cardId: CardId | null): void;
  setDragPreview(preview: DragPreview | null): void;
  setSaveState(save: SaveState): void;
}

export type KanbanStore = KanbanState & KanbanActions;

export interface StoreDeps {
  newId: () => string;
  now: () => number;
}

const defaultDeps: StoreDeps = {
  newId: () => crypto.randomUUID(),
  now: () => Date.now(),
};

function pickBoard(doc: KanbanDoc, preferred: BoardId | null | undefined): BoardId | null {
  if (preferred && hasRecord(doc.boards, preferred)) return preferred;
  return getBoardIds(doc)[0] ?? null;
}

export function createKanbanStore(deps: StoreDeps = defaultDeps) {
  return createStore<KanbanStore>()((set, get) => {
    /**
     * Applies a model operation as a user edit, in one set(): the new document together
     * with any session change it implies (`also`). Returns whether anything changed.
     */
    const edit = (op: (doc: KanbanDoc, now: number) => KanbanDoc, also?: (next: KanbanDoc) => Partial<KanbanState>): boolean => {
      const { doc } = get();
      const next = op(doc, deps.now());
      if (next === doc) return false;
      set({ doc: next, lastChange: 'user', ...also?.(next) });
      return true;
    };
    /** Closes the card dialog when its card is gone. */
    const keepOpenCard = (next: KanbanDoc): Partial<KanbanState> => {
      const open = get().openCardId;
      return open && !hasRecord(next.cards, open) ? { openCardId: null } : {};
    };

    return {
      doc: emptyDoc,
      lastChange: 'load',
      activeBoardId: null,
      openCardId: null,
      dragPreview: null,
      save: { kind: 'idle' },

      hydrate(doc, preferredBoardId) {
        const current = get().activeBoardId;
        set({
          doc,
          lastChange: 'load',
          activeBoardId: pickBoard(doc, preferredBoardId ?? current),
          openCardId: null,
          dragPreview: null,
        });
      },

      createBoard(title) {
        const id = deps.newId() as BoardId;
        return edit((doc, now) => ops.createBoard(doc, { id, title, now }), () => ({ activeBoardId: id, openCardId: null })) ? id : null;
      },
      renameBoard(boardId, title) {
        edit((doc, now) => ops.renameBoard(doc, boardId, title, now));
      },
      deleteBoard(boardId) {
        const before = getBoardIds(get().doc);
        edit(
          (doc) => ops.deleteBoard(doc, boardId),
          (next) => {
            if (get().activeBoardId !== boardId) return keepOpenCard(next);
            // Open the neighbour the user would expect: the next board, else the previous one.
            const i = before.indexOf(boardId);
            return { activeBoardId: pickBoard(next, before[i + 1] ?? before[i - 1] ?? null), openCardId: null };
          },
        );
      },
      selectBoard(boardId) {
        if (hasRecord(get().doc.boards, boardId)) set({ activeBoardId: boardId, openCardId: null });
      },

      addColumn(boardId, title) {
        const id = deps.newId() as ColumnId;
        return edit((doc, now) => ops.addColumn(doc, { id, boardId, title, now })) ? id : null;
      },
      renameColumn(columnId, title) {
        edit((doc) => ops.renameColumn(doc, columnId, title));
      },
      deleteColumn(columnId) {
        edit((doc) => ops.deleteColumn(doc, columnId), keepOpenCard);
      },
      moveColumn(columnId, toIndex) {
        edit((doc) => ops.moveColumn(doc, columnId, toIndex));
      },

      addCard(columnId, title) {
        const id = deps.newId() as CardId;
        return edit((doc, now) => ops.addCard(doc, { id, columnId, title, now })) ? id : null;
      },
      updateCard(cardId, patch) {
        edit((doc, now) => ops.updateCard(doc, cardId, patch, now));
      },
      deleteCard(cardId) {
        edit((doc) => ops.deleteCard(doc, cardId), keepOpenCard);
      },
      moveCard(cardId, to) {
        const { doc } = get();
        const next = ops.moveCard(doc, cardId, to, deps.now());
        // One set() for the move and the end of the preview: one change per drag.
        set(next === doc ? { dragPreview: null } : { doc: next, lastChange: 'user', dragPreview: null });
      },

      openCard(cardId) {
        set({ openCardId: cardId && hasRecord(get().doc.cards, cardId) ? cardId : null });
      },
      setDragPreview(preview) {
        set({ dragPreview: preview });
      },
      setSaveState(save) {
        set({ save });
      },
    };
  });
}

export type KanbanStoreApi = ReturnType<typeof createKanbanStore>;

/** The app's store instance. Tests make their own with createKanbanStore(). */
export const kanbanStore = createKanbanStore();
