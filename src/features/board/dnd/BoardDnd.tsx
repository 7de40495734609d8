/**
 * The one drag-and-drop provider of a board: sensors (mouse; touch with a press-and-hold
 * so scrolling still works; keyboard with arrows that cross columns), collision detection,
 * the drag overlay, screen-reader announcements and the drop handler.
 *
 * During a card drag only a transient preview in the store changes; the drop calls exactly
 * one store action, so undo, autosave and other tabs see one change per drag. Cancel
 * throws the preview away.
 */
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  closestCenter,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { t } from '../../../i18n';
import { getColumnIds } from '../../../model/selectors';
import type { BoardId, CardId, ColumnId } from '../../../model/types';
import { readState, useActions } from '../../../store/hooks';
import { VisuallyHidden } from '../../../components/ui/VisuallyHidden';
import { nextKeyboardPreview, visibleCardIds, visibleColumnOf, type Direction } from './boardDndModel';
import { dragDataOf, type DragData } from './dragData';

const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
const GAP = 8;

export interface BoardDndProps {
  boardId: BoardId;
  children: ReactNode;
  renderCardOverlay: (cardId: CardId) => ReactNode;
  renderColumnOverlay: (columnId: ColumnId) => ReactNode;
}

function cardPlace(cardId: CardId) {
  const columnId = visibleColumnOf(cardId);
  const list = columnId ? visibleCardIds(columnId) : [];
  const card = readState().doc.cards[cardId];
  const column = columnId ? readState().doc.columns[columnId] : undefined;
  return {
    title: card?.title ?? '',
    column: column?.title ?? '',
    position: list.indexOf(cardId) + 1,
    total: list.length,
  };
}

function columnPlace(boardId: BoardId, columnId: ColumnId, overId?: UniqueIdentifier) {
  const ids = getColumnIds(readState().doc, boardId);
  const target = overId !== undefined && ids.includes(overId as ColumnId) ? overId : columnId;
  return {
    title: readState().doc.columns[columnId]?.title ?? '',
    position: ids.indexOf(target as ColumnId) + 1,
    total: ids.length,
  };
}

export function BoardDnd({ boardId, children, renderCardOverlay, renderColumnOverlay }: BoardDndProps) {
  const actions = useActions();
  const [active, setActive] = useState<DragData | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const byKeyboard = useRef(false);

  const say = (message: string) => setAnnouncement(message);

  const coordinateGetter = useMemo<KeyboardCoordinateGetter>(
    () =>
      (event, { context }) => {
        const direction = KEY_DIRECTIONS[event.code] ?? KEY_DIRECTIONS[event.key];
        const data = dragDataOf(context.active);
        const rect = context.collisionRect;
        if (!direction || !data || !rect) return undefined;
        event.preventDefault();
        const rectOf = (id: UniqueIdentifier | undefined) => (id === undefined ? undefined : context.droppableRects.get(id));

        if (data.kind === 'column') {
          if (direction === 'up' || direction === 'down') return undefined;
          // The nearest column beyond the dragged one's current place, by layout position.
          const ids = getColumnIds(readState().doc, boardId);
          let best: { left: number } | undefined;
          for (const id of ids) {
            const r = rectOf(id);
            if (!r || id === data.columnId) continue;
            const ahead = direction === 'right' ? r.left > rect.left + 1 : r.left < rect.left - 1;
            if (ahead && (!best || Math.abs(r.left - rect.left) < Math.abs(best.left - rect.left))) best = r;
          }
          return best ? { x: best.left, y: rect.top } : undefined;
        }

        const fromColumn = visibleColumnOf(data.cardId);
        const preview = nextKeyboardPreview(boardId, data.cardId, direction);
        if (!preview || !fromColumn) return undefined;
        const before = visibleCardIds(preview.columnId).filter((id) => id !== data.cardId);
        actions.setDragPreview(preview);
        say(t('dnd.overCard', cardPlace(data.cardId)));

        // Where the overlay should go: the slot the card now takes (an estimate from measured rects).
        const fromRect = rectOf(fromColumn);
        const toRect = rectOf(preview.columnId);
        const x = fromRect && toRect ? rect.left + (toRect.left - fromRect.left) : rect.left;
        if (preview.columnId === fromColumn) {
          const neighbour = rectOf(before[direction === 'down' ? preview.index - 1 : preview.index]);
          const step = (neighbour?.height ?? rect.height) + GAP;
          return { x, y: rect.top + (direction === 'down' ? step : -step) };
        }
        const next = rectOf(before[preview.index]);
        const prev = rectOf(before[preview.index - 1]);
        const y = next ? next.top : prev ? prev.top + prev.height + GAP : rect.top;
        return { x, y };
      },
    [boardId, actions],
  );

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  const collisionDetection = useMemo<CollisionDetection>(
    () => (args) => {
      const data = dragDataOf(args.active);
      const columns = args.droppableContainers.filter((c) => dragDataOf(c)?.kind === 'column');
      if (data?.kind === 'column') return closestCenter({ ...args, droppableContainers: columns });
      if (data?.kind !== 'card') return [];
      if (byKeyboard.current) {
        // Keyboard moves are placed by the arrow keys themselves; the column is the target.
        const columnId = visibleColumnOf(data.cardId);
        return columnId ? [{ id: columnId }] : [];
      }
      let hits = pointerWithin({ ...args, droppableContainers: columns });
      if (!hits.length) hits = rectIntersection({ ...args, droppableContainers: columns });
      const first = hits[0];
      if (!first) return [];
      const columnId = first.id as ColumnId;
      const inColumn = new Set<UniqueIdentifier>(visibleCardIds(columnId));
      const cards = args.droppableContainers.filter((c) => inColumn.has(c.id));
      if (!cards.length) return [{ id: columnId }];
      return closestCenter({ ...args, droppableContainers: cards });
    },
    [],
  );

  const onDragStart = ({ active: a, activatorEvent }: DragStartEvent) => {
    const data = dragDataOf(a);
    byKeyboard.current = activatorEvent instanceof KeyboardEvent;
    setActive(data);
    if (data?.kind === 'card') {
      const columnId = visibleColumnOf(data.cardId);
      if (!columnId) return;
      const index = visibleCardIds(columnId).indexOf(data.cardId);
      actions.setDragPreview({ cardId: data.cardId, columnId, index });
      say(t('dnd.pickedUpCard', cardPlace(data.cardId)));
    } else if (data?.kind === 'column') {
      say(t('dnd.pickedUpColumn', columnPlace(boardId, data.columnId)));
    }
  };

  const onDragOver = ({ active: a, over }: DragOverEvent) => {
    const data = dragDataOf(a);
    const overData = dragDataOf(over);
    if (!data || !overData || !over) return;
    if (data.kind === 'column') {
      say(t('dnd.overColumn', columnPlace(boardId, data.columnId, over.id)));
      return;
    }
    if (byKeyboard.current) return;
    const fromColumn = visibleColumnOf(data.cardId);
    const toColumn = overData.kind === 'column' ? overData.columnId : visibleColumnOf(overData.cardId);
    if (!toColumn || toColumn === fromColumn) return;
    // Entering another column: take the hovered card's slot, or the one after it in its lower half.
    const ids = visibleCardIds(toColumn).filter((id) => id !== data.cardId);
    let index = ids.length;
    if (overData.kind === 'card') {
      const translated = a.rect.current.translated;
      const below = translated ? translated.top + translated.height / 2 > over.rect.top + over.rect.height / 2 : false;
      index = ids.indexOf(overData.cardId) + (below ? 1 : 0);
    }
    actions.setDragPreview({ cardId: data.cardId, columnId: toColumn, index });
    say(t('dnd.overCard', cardPlace(data.cardId)));
  };

  const onDragEnd = ({ active: a, over }: DragEndEvent) => {
    const data = dragDataOf(a);
    setActive(null);
    if (data?.kind === 'column') {
      const ids = getColumnIds(readState().doc, boardId);
      const to = over ? ids.indexOf(over.id as ColumnId) : -1;
      if (to >= 0) actions.moveColumn(data.columnId, to);
      say(t('dnd.droppedColumn', columnPlace(boardId, data.columnId)));
      return;
    }
    if (data?.kind !== 'card') return;
    const columnId = visibleColumnOf(data.cardId);
    if (!columnId) {
      actions.setDragPreview(null);
      return;
    }
    let ids = visibleCardIds(columnId);
    const overData = dragDataOf(over);
    if (!byKeyboard.current && overData?.kind === 'card' && ids.includes(overData.cardId)) {
      // Within one column the sortable animation shows the card at the hovered card's slot.
      ids = arrayMove([...ids], ids.indexOf(data.cardId), ids.indexOf(overData.cardId));
    }
    const index = ids.indexOf(data.cardId);
    actions.moveCard(data.cardId, { columnId, index });
    say(t('dnd.droppedCard', cardPlace(data.cardId)));
  };

  const onDragCancel = () => {
    const data = active;
    setActive(null);
    actions.setDragPreview(null);
    if (data?.kind === 'card') say(t('dnd.cancelledCard', cardPlace(data.cardId)));
    else if (data?.kind === 'column') say(t('dnd.cancelledColumn', columnPlace(boardId, data.columnId)));
  };

  // Announcements are spoken from our own live region (positions change without `over`
  // changing during keyboard moves), so dnd-kit's built-in ones stay silent.
  const silent: Announcements = useMemo(
    () => ({ onDragStart: () => undefined, onDragOver: () => undefined, onDragEnd: () => undefined, onDragCancel: () => undefined }),
    [],
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ announcements: silent, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {active?.kind === 'card' ? renderCardOverlay(active.cardId) : active?.kind === 'column' ? renderColumnOverlay(active.columnId) : null}
      </DragOverlay>
      <VisuallyHidden>
        <span role="status" aria-live="assertive" aria-atomic="true" data-testid="dnd-live-region">
          {announcement}
        </span>
      </VisuallyHidden>
    </DndContext>
  );
}
