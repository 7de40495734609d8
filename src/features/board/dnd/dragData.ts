/** Typed data carried by every draggable and droppable, so handlers never guess from ids. */
import type { CardId, ColumnId } from '../../../model/types';

export type DragData = { kind: 'card'; cardId: CardId } | { kind: 'column'; columnId: ColumnId };

export function dragDataOf(x: { data: { current?: unknown } } | null | undefined): DragData | null {
  const data = x?.data.current as Partial<DragData> | undefined;
  return data && (data.kind === 'card' || data.kind === 'column') ? (data as DragData) : null;
}
