/** "Move to…": the same move as a drag, chosen from two lists. Works on touch screens and for anyone who prefers not to drag. */
import { useId, useState } from 'react';
import { Dialog } from '../../components/ui/Dialog';
import { t } from '../../i18n';
import type { CardId, ColumnId } from '../../model/types';
import { useActions, useBoardIdOfCard, useCard, useColumnCardIds, useColumnTitles } from '../../store/hooks';

export function MoveCardDialog({ cardId, onClose }: { cardId: CardId; onClose: () => void }) {
  const card = useCard(cardId);
  const { moveCard } = useActions();
  const boardId = useBoardIdOfCard(cardId);
  const columns = useColumnTitles(boardId);
  const [columnId, setColumnId] = useState<ColumnId | undefined>(card?.columnId);
  const targetIds = useColumnCardIds(columnId ?? ('' as ColumnId));
  const currentIndex = card && columnId === card.columnId ? targetIds.indexOf(cardId) : -1;
  const slots = targetIds.filter((id) => id !== cardId).length + 1;
  const [position, setPosition] = useState(currentIndex >= 0 ? currentIndex + 1 : slots);
  const columnFieldId = useId();
  const positionFieldId = useId();

  if (!card || !columnId) return null;
  const safePosition = Math.min(position, slots);
  return (
    <Dialog open title={t('move.title', { title: card.title })} onClose={onClose} closeLabel={t('common.close')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          moveCard(cardId, { columnId, index: safePosition - 1 });
          onClose();
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={columnFieldId}>
            {t('move.column')}
          </label>
          <select
            id={columnFieldId}
            className="input"
            value={columnId}
            onChange={(e) => {
              const next = e.target.value as ColumnId;
              setColumnId(next);
              setPosition(Number.MAX_SAFE_INTEGER);
            }}
          >
            {columns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={positionFieldId}>
            {t('move.position')}
          </label>
          <select id={positionFieldId} className="input" value={safePosition} onChange={(e) => setPosition(Number(e.target.value))}>
            {Array.from({ length: slots }, (_, i) => (
              <option key={i} value={i + 1}>
                {t('move.positionOption', { position: i + 1 })}
              </option>
            ))}
          </select>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('move.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
