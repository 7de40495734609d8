/**
 * The transient place of a card while it is being dragged. Only the columns the
 * card leaves and enters see a different list; the document is untouched until drop.
 */
import type { CardId, ColumnId } from '../model/types';

export interface DragPreview {
  readonly cardId: CardId;
  readonly columnId: ColumnId;
  /** Index in the target column, counted without the dragged card. */
  readonly index: number;
}

/** The card ids a column shows while `preview` is in force. */
export function applyPreview(ids: readonly CardId[], columnId: ColumnId, preview: DragPreview | null): readonly CardId[] {
  if (!preview) return ids;
  const has = ids.includes(preview.cardId);
  if (!has && preview.columnId !== columnId) return ids;
  const rest = has ? ids.filter((id) => id !== preview.cardId) : ids.slice();
  if (preview.columnId !== columnId) return rest;
  const index = Math.max(0, Math.min(preview.index, rest.length));
  rest.splice(index, 0, preview.cardId);
  return rest;
}
