/**
 * A board: its columns side by side (scrolling horizontally), the add-column form,
 * and the drag-and-drop provider around them. Reads the store through narrow hooks.
 */
import { SortableContext, horizontalListSortingStrategy } from '@dnd-kit/sortable';
import type { BoardId } from '../../model/types';
import { useColumnIds } from '../../store/hooks';
import { t } from '../../i18n';
import { AddColumnForm } from './AddColumnForm';
import { CardFace } from './CardItem';
import { Column, ColumnFace } from './Column';
import { BoardDnd } from './dnd/BoardDnd';
import './board.css';

export function Board({ boardId }: { boardId: BoardId }) {
  const columnIds = useColumnIds(boardId);
  return (
    <BoardDnd
      boardId={boardId}
      renderCardOverlay={(id) => <CardFace cardId={id} />}
      renderColumnOverlay={(id) => <ColumnFace columnId={id} />}
    >
      <div className="board-scroller">
        <ol className="board-columns" aria-label={t('boards.label')}>
          <SortableContext items={columnIds as unknown as string[]} strategy={horizontalListSortingStrategy}>
            {columnIds.map((id) => (
              <Column key={id} columnId={id} />
            ))}
          </SortableContext>
          <li className="board-add-column">
            {columnIds.length === 0 && <p className="board-empty">{t('columns.emptyBoard')}</p>}
            <AddColumnForm boardId={boardId} startOpen={columnIds.length === 0} />
          </li>
        </ol>
      </div>
    </BoardDnd>
  );
}
