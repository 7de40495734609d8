/** The "Add column" button at the end of a board, which turns into a small form. */
import { useState } from 'react';
import { t } from '../../i18n';
import type { BoardId } from '../../model/types';
import { useActions } from '../../store/hooks';

export function AddColumnForm({ boardId, startOpen }: { boardId: BoardId; startOpen: boolean }) {
  const { addColumn } = useActions();
  const [open, setOpen] = useState(startOpen);
  const [title, setTitle] = useState('');

  if (!open) {
    return (
      <button type="button" className="add-column-button" onClick={() => setOpen(true)}>
        <span aria-hidden="true">+</span> {t('columns.add')}
      </button>
    );
  }
  return (
    <form
      className="add-column-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (addColumn(boardId, title)) setTitle('');
      }}
    >
      <input
        className="input"
        aria-label={t('columns.addInput')}
        placeholder={t('columns.addInput')}
        value={title}
        autoFocus={!startOpen}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setTitle('');
            setOpen(false);
          }
        }}
      />
      <div className="form-row">
        <button type="submit" className="button button-primary">
          {t('columns.addSubmit')}
        </button>
        <button type="button" className="button button-ghost" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
