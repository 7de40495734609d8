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
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
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

type Containers = Parameters<CollisionDetection>[0]['droppableContainers'];
const columnContainerCache = new WeakMap<Containers, Containers>();
/**
 * The column droppables among all droppables. Collision detection runs on every pointer
 * move and the list holds every card too, so it is filtered once per list, not per move
 * (dnd-kit hands over the same array until droppables are added or removed).
 */
function columnContainers(all: Containers): Containers {
  let columns = columnContainerCache.get(all);
  if (!columns) {
    columns = all.filter((c) => dragDataOf(c)?.kind === 'column');
    columnContainerCache.set(all, columns);
  }
  return columns;
}

export function BoardDnd({ boardId, children, renderCardOverlay, renderColumnOverlay }: BoardDndProps) {
  const actions = useActions();
  const [active, setActive] = useState<DragData | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const byKeyboard = useRef(false);
  /** Where a column picked up with the keyboard would land. */
  const keyboardColumnIndex = useRef(0);
  /** The column a dragged column was last announced over. */
  const columnTarget = useRef<UniqueIdentifier | null>(null);

  const say = (message: string) => setAnnouncement(message);

  const coordinateGetter = useMemo<KeyboardCoordinateGetter>(
    () =>
      (event, { context }) => {
        const direction = KEY_DIRECTIONS[event.code] ?? KEY_DIRECTIONS[event.key];
        const data = dragDataOf(context.active);
        if (!direction || !data) return undefined;
        event.preventDefault();
        // The move itself is counted in the store; measured rects only place the overlay, and
        // may be missing right after pick-up, so a key press is never dropped for want of them.
        const rect = context.collisionRect ?? { left: 0, top: 0, height: 0 };
        const rectOf = (id: UniqueIdentifier | undefined) => (id === undefined ? undefined : context.droppableRects.get(id));

        if (data.kind === 'column') {
          if (direction === 'up' || direction === 'down') return undefined;
          // Counted in the store, not from measured positions, so quick key presses never get lost.
          const ids = getColumnIds(readState().doc, boardId);
          const index = keyboardColumnIndex.current + (direction === 'right' ? 1 : -1);
          const target = ids[index];
          if (!target) return undefined;
          keyboardColumnIndex.current = index;
          say(t('dnd.overColumn', columnPlace(boardId, data.columnId, target)));
          const r = rectOf(target);
          return { x: r?.left ?? rect.left, y: rect.top };
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
      const columns = columnContainers(args.droppableContainers);
      if (data?.kind === 'column') {
        if (!byKeyboard.current) return closestCenter({ ...args, droppableContainers: columns });
        const target = getColumnIds(readState().doc, boardId)[keyboardColumnIndex.current];
        return target ? [{ id: target }] : [];
      }
      if (data?.kind !== 'card') return [];
      if (byKeyboard.current) {
        // Keyboard moves are placed by the arrow keys themselves; the column is the target.
        const columnId = visibleColumnOf(data.cardId);
        return columnId ? [{ id: columnId }] : [];
      }
      // The column under the pointer (or under most of the card), then the slot among its
      // other cards: the number of them whose middle is above the dragged card's middle.
      let hits = pointerWithin({ ...args, droppableContainers: columns });
      if (!hits.length) hits = rectIntersection({ ...args, droppableContainers: columns });
      const first = hits[0];
      if (!first || !args.collisionRect) return [];
      const columnId = first.id as ColumnId;
      const middle = args.collisionRect.top + args.collisionRect.height / 2;
      let index = 0;
      for (const id of visibleCardIds(columnId)) {
        if (id === data.cardId) continue;
        const r = args.droppableRects.get(id);
        if (r && r.top + r.height / 2 < middle) index += 1;
      }
      return [{ id: columnId, data: { index } }];
    },
    [boardId],
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
      keyboardColumnIndex.current = getColumnIds(readState().doc, boardId).indexOf(data.columnId);
      columnTarget.current = data.columnId;
      say(t('dnd.pickedUpColumn', columnPlace(boardId, data.columnId)));
    }
  };

  /** Pointer drags: move the preview to the slot the collision detection found. */
  const followPointer = ({ active: a, over, collisions }: DragMoveEvent | DragOverEvent) => {
    const data = dragDataOf(a);
    if (data?.kind === 'column') {
      // Spoken when the target changes, not on every pointer move.
      if (over && !byKeyboard.current && over.id !== columnTarget.current) {
        columnTarget.current = over.id;
        say(t('dnd.overColumn', columnPlace(boardId, data.columnId, over.id)));
      }
      return;
    }
    if (data?.kind !== 'card' || byKeyboard.current) return;
    const hit = collisions?.[0];
    const index = hit?.data?.index;
    if (!hit || typeof index !== 'number') return;
    const columnId = hit.id as ColumnId;
    const current = readState().dragPreview;
    if (current && current.cardId === data.cardId && current.columnId === columnId && current.index === index) return;
    actions.setDragPreview({ cardId: data.cardId, columnId, index });
    say(t('dnd.overCard', cardPlace(data.cardId)));
  };

  const onDragEnd = ({ active: a, over }: DragEndEvent) => {
    const data = dragDataOf(a);
    setActive(null);
    if (data?.kind === 'column') {
      const ids = getColumnIds(readState().doc, boardId);
      const to = byKeyboard.current ? keyboardColumnIndex.current : over ? ids.indexOf(over.id as ColumnId) : -1;
      if (to >= 0) actions.moveColumn(data.columnId, to);
      say(t('dnd.droppedColumn', columnPlace(boardId, data.columnId)));
      return;
    }
    if (data?.kind !== 'card') return;
    // The preview already shows where the card lands: the drop makes it so, in one action.
    const preview = readState().dragPreview;
    if (!preview || preview.cardId !== data.cardId) {
      actions.setDragPreview(null);
      return;
    }
    actions.moveCard(data.cardId, { columnId: preview.columnId, index: preview.index });
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
      onDragMove={followPointer}
      onDragOver={followPointer}
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
