/**
 * Quick-add at the bottom of a column: Enter adds the card and keeps the field open
 * and focused for the next one; Escape (or leaving an empty field) closes it.
 */
import { useRef, useState } from 'react';
import { useReturnFocus } from '../../components/ui/useReturnFocus';
import { t } from '../../i18n';
import type { ColumnId } from '../../model/types';
import { useActions } from '../../store/hooks';

export function AddCardForm({ columnId }: { columnId: ColumnId }) {
  const { addCard } = useActions();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  // When the form closes, focus goes back to "Add a card" – unless the person already moved on.
  useReturnFocus(open, buttonRef);

  const close = () => {
    setTitle('');
    setOpen(false);
  };
  const submit = () => {
    if (addCard(columnId, title)) setTitle('');
  };

  if (!open) {
    return (
      <button ref={buttonRef} type="button" className="add-card-button" onClick={() => setOpen(true)}>
        <span aria-hidden="true">+</span> {t('cards.add')}
      </button>
    );
  }
  return (
    <form
      className="add-card-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <textarea
        className="input add-card-input"
        rows={2}
        aria-label={t('cards.addInput')}
        placeholder={t('cards.addInput')}
        aria-describedby={`add-hint-${columnId}`}
        value={title}
        autoFocus
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            submit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
        onBlur={(e) => {
          const next = e.relatedTarget as Node | null;
          if (!title.trim() && !(next && e.currentTarget.form?.contains(next))) close();
        }}
      />
      <div className="form-row">
        <button type="submit" className="button button-primary">
          {t('cards.addSubmit')}
        </button>
        <button type="button" className="button button-ghost" onClick={close}>
          {t('common.cancel')}
        </button>
        <span className="form-hint" id={`add-hint-${columnId}`}>
          {t('cards.addHint')}
        </span>
      </div>
    </form>
  );
}
