/**
 * A card on the board. The card face is the drag handle (mouse, touch press-and-hold,
 * or Space/Enter from the keyboard) and opens the card on click; its menu offers
 * edit title, move to…, and delete. Edit state is keyed by card id, never by index.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { EditField } from '../../components/ui/InlineEdit';
import { Menu } from '../../components/ui/Menu';
import { useReturnFocus } from '../../components/ui/useReturnFocus';
import { t } from '../../i18n';
import type { CardId } from '../../model/types';
import { useActions, useCard } from '../../store/hooks';
import type { DragData } from './dnd/dragData';
import { MoveCardDialog } from './MoveCardDialog';

export const CardItem = memo(function CardItem({ cardId }: { cardId: CardId }) {
  const card = useCard(cardId);
  const { openCard, updateCard, deleteCard } = useActions();
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const faceRef = useRef<HTMLDivElement | null>(null);
  // After editing the title, focus returns to the card – unless the person already moved on.
  useReturnFocus(editing, faceRef);
  const data: DragData = { kind: 'card', cardId };
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: cardId,
    data,
    disabled: editing,
  });

  if (!card) return null;
  return (
    <li
      ref={setNodeRef}
      className={`card ${isDragging ? 'card-placeholder' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-card-id={cardId}
    >
      {editing ? (
        <EditField
          initial={card.title}
          label={t('cards.editInput')}
          className="card-title-input"
          multiline
          onDone={(title) => {
            if (title !== null && title.trim() && title !== card.title) updateCard(cardId, { title });
            setEditing(false);
          }}
        />
      ) : (
        <div
          ref={(node) => {
            faceRef.current = node;
            setActivatorNodeRef(node);
          }}
          className="card-face"
          {...attributes}
          {...listeners}
          aria-roledescription={t('cards.dragHint')}
          onClick={() => openCard(cardId)}
        >
          <span className="card-title">{card.title}</span>
          {card.description && (
            <span className="card-badge" aria-hidden="true" title={t('card.description')}>
              ≡
            </span>
          )}
        </div>
      )}
      <Menu
        className="card-menu"
        label={t('cards.actions', { title: card.title })}
        items={[
          { label: t('cards.edit'), onSelect: () => setEditing(true) },
          { label: t('cards.moveTo'), onSelect: () => setMoving(true) },
          { label: t('cards.delete'), onSelect: () => setConfirming(true), danger: true },
        ]}
      />
      {moving && <MoveCardDialog cardId={cardId} onClose={() => setMoving(false)} />}
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
    </li>
  );
});

/** What a card looks like under the pointer while it is dragged. */
export function CardFace({ cardId }: { cardId: CardId }) {
  const card = useCard(cardId);
  if (!card) return null;
  return (
    <div className="card card-overlay">
      <div className="card-face">
        <span className="card-title">{card.title}</span>
      </div>
    </div>
  );
}
