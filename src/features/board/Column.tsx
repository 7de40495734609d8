/**
 * One column: a header (drag handle, title renamed in place, card count, actions),
 * its sortable list of cards and the quick-add form.
 */
import { SortableContext, useSortable, type SortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useId, useState } from 'react';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { InlineEdit } from '../../components/ui/InlineEdit';
import { Menu } from '../../components/ui/Menu';
import { t } from '../../i18n';
import type { ColumnId } from '../../model/types';
import { useActions, useColumn, useColumnCardIds } from '../../store/hooks';
import { AddCardForm } from './AddCardForm';
import { CardItem } from './CardItem';
import type { DragData } from './dnd/dragData';

/**
 * Cards never shift by transform during a drag: the drag preview in the store moves the
 * dragged card's placeholder through the real list, so what you see is where it lands.
 */
const previewDrivenStrategy: SortingStrategy = () => null;

export const Column = memo(function Column({ columnId }: { columnId: ColumnId }) {
  const column = useColumn(columnId);
  const cardIds = useColumnCardIds(columnId);
  const { renameColumn, deleteColumn } = useActions();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const data: DragData = { kind: 'column', columnId };
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: columnId, data });

  if (!column) return null;
  const count = cardIds.length;
  const remove = () => (count > 0 ? setConfirming(true) : deleteColumn(columnId));

  return (
    <li
      ref={setNodeRef}
      className={`column ${isDragging ? 'column-placeholder' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-labelledby={headingId}
      data-column-id={columnId}
    >
      <div className="column-header">
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="drag-handle"
          {...attributes}
          {...listeners}
          aria-label={t('columns.dragHandle', { title: column.title })}
          title={t('columns.dragHandle', { title: column.title })}
        >
          <svg aria-hidden="true" width="10" height="16" viewBox="0 0 10 16">
            <g fill="currentColor">
              <circle cx="2.5" cy="3" r="1.4" />
              <circle cx="7.5" cy="3" r="1.4" />
              <circle cx="2.5" cy="8" r="1.4" />
              <circle cx="7.5" cy="8" r="1.4" />
              <circle cx="2.5" cy="13" r="1.4" />
              <circle cx="7.5" cy="13" r="1.4" />
            </g>
          </svg>
        </button>
        <h2 className="column-title" id={headingId}>
          <InlineEdit
            value={column.title}
            editing={editing}
            onEditingChange={setEditing}
            onSave={(title) => renameColumn(columnId, title)}
            inputLabel={t('columns.renameInput')}
            buttonLabel={t('columns.rename', { title: column.title })}
          />
        </h2>
        <span className="column-count" aria-label={t('columns.count', { count })}>
          {count}
        </span>
        <Menu
          label={t('columns.menu', { title: column.title })}
          items={[
            { label: t('common.rename'), onSelect: () => setEditing(true) },
            { label: t('columns.delete'), onSelect: remove, danger: true },
          ]}
        />
      </div>
      <SortableContext items={cardIds as unknown as string[]} strategy={previewDrivenStrategy}>
        <ol className="card-list" aria-label={t('columns.listLabel', { title: column.title })}>
          {cardIds.map((id) => (
            <CardItem key={id} cardId={id} />
          ))}
        </ol>
      </SortableContext>
      {count === 0 && <p className="column-empty">{t('columns.empty')}</p>}
      <div className="column-footer">
        <AddCardForm columnId={columnId} />
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('columns.deleteConfirmTitle', { title: column.title })}
        body={t('columns.deleteConfirmBody', { count })}
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          deleteColumn(columnId);
        }}
      />
    </li>
  );
});

/** What a column looks like under the pointer while it is dragged. */
export function ColumnFace({ columnId }: { columnId: ColumnId }) {
  const column = useColumn(columnId);
  const cardIds = useColumnCardIds(columnId);
  if (!column) return null;
  return (
    <div className="column column-overlay">
      <div className="column-header">
        <span className="drag-handle" aria-hidden="true" />
        <span className="column-title">{column.title}</span>
        <span className="column-count">{cardIds.length}</span>
      </div>
    </div>
  );
}
