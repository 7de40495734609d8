/**
 * Where things are during a drag, read straight from the store (no subscription),
 * plus the keyboard moves. Kept apart from the React provider so it is easy to test.
 */
import { getCardIds, getColumnIds } from '../../../model/selectors';
import type { BoardId, CardId, ColumnId } from '../../../model/types';
import { applyPreview, type DragPreview } from '../../../store/dragPreview';
import { readState } from '../../../store/hooks';

/** The cards a column shows right now, including a card being dragged into it. */
export function visibleCardIds(columnId: ColumnId): readonly CardId[] {
  const s = readState();
  return applyPreview(getCardIds(s.doc, columnId), columnId, s.dragPreview);
}

/** The column a card shows in right now. */
export function visibleColumnOf(cardId: CardId): ColumnId | undefined {
  const s = readState();
  if (s.dragPreview?.cardId === cardId) return s.dragPreview.columnId;
  return s.doc.cards[cardId]?.columnId;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** The preview after one arrow key press on a dragged card, or null when it cannot go that way. */
export function nextKeyboardPreview(boardId: BoardId, cardId: CardId, direction: Direction): DragPreview | null {
  const columnId = visibleColumnOf(cardId);
  if (!columnId) return null;
  const list = visibleCardIds(columnId);
  const i = list.indexOf(cardId);
  if (direction === 'up' || direction === 'down') {
    const index = direction === 'down' ? i + 1 : i - 1;
    if (index < 0 || index >= list.length) return null;
    return { cardId, columnId, index };
  }
  const columns = getColumnIds(readState().doc, boardId);
  const target = columns[columns.indexOf(columnId) + (direction === 'right' ? 1 : -1)];
  if (!target) return null;
  const targetLength = visibleCardIds(target).filter((id) => id !== cardId).length;
  return { cardId, columnId: target, index: Math.min(Math.max(i, 0), targetLength) };
}
