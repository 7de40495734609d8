/**
 * The card detail view: title and plain-text description, saved as you type
 * (autosave coalesces the burst), plus delete. Keyed by card id by its parent, so
 * a card moving while open never sends the edit to another card.
 */
import { useId, useState } from 'react';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { Dialog } from '../../components/ui/Dialog';
import { t } from '../../i18n';
import type { CardId, ColumnId } from '../../model/types';
import { useActions, useCard, useColumn } from '../../store/hooks';
import './cardEditor.css';

export function CardDialog({ cardId }: { cardId: CardId }) {
  const card = useCard(cardId);
  const column = useColumn(card?.columnId ?? ('' as ColumnId));
  const { updateCard, deleteCard, openCard } = useActions();
  const [title, setTitle] = useState(card?.title ?? '');
  const [confirming, setConfirming] = useState(false);
  const titleId = useId();
  const descriptionId = useId();

  if (!card) return null;
  const close = () => {
    if (title.trim() && title !== card.title) updateCard(cardId, { title });
    openCard(null);
  };
  return (
    <Dialog open title={t('card.dialogTitle')} onClose={close} closeLabel={t('card.close')} className="card-dialog">
      {column && <p className="card-dialog-column">{t('card.inColumn', { column: column.title })}</p>}
      <div className="field">
        <label className="field-label" htmlFor={titleId}>
          {t('card.title')}
        </label>
        <textarea
          id={titleId}
          className="input card-dialog-title"
          rows={2}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => {
            if (title.trim()) updateCard(cardId, { title });
            else setTitle(card.title);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              e.currentTarget.blur();
            }
          }}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={descriptionId}>
          {t('card.description')}
        </label>
        <textarea
          id={descriptionId}
          className="input card-dialog-description"
          rows={8}
          value={card.description}
          placeholder={t('card.descriptionPlaceholder')}
          onChange={(e) => updateCard(cardId, { description: e.target.value })}
        />
      </div>
      <div className="dialog-actions card-dialog-actions">
        <button type="button" className="button button-ghost button-danger-text" onClick={() => setConfirming(true)}>
          {t('card.delete')}
        </button>
        <button type="button" className="button button-primary" onClick={close}>
          {t('common.close')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('card.deleteConfirmTitle', { title: card.title })}
        body={t('card.deleteConfirmBody')}
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          deleteCard(cardId);
        }}
      />
    </Dialog>
  );
}
