/**
 * The bar above a board: which board is open (switch between them), its name
 * (renamed in place), a new-board form, and delete with confirmation.
 */
import { useId, useState } from 'react';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { Dialog } from '../../components/ui/Dialog';
import { InlineEdit } from '../../components/ui/InlineEdit';
import { Menu } from '../../components/ui/Menu';
import { t } from '../../i18n';
import type { BoardId } from '../../model/types';
import { useActions, useActiveBoardId, useBoard, useBoardCardCount, useBoardIds, useBoardTitles, useColumnIds } from '../../store/hooks';
import './boardList.css';

export function BoardBar() {
  const activeId = useActiveBoardId();
  const board = useBoard(activeId);
  const boards = useBoardTitles();
  const { selectBoard, renameBoard } = useActions();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const switchId = useId();

  return (
    <div className="board-bar">
      {board ? (
        <h1 className="board-title">
          <InlineEdit
            value={board.title}
            editing={editing}
            onEditingChange={setEditing}
            onSave={(title) => renameBoard(board.id, title)}
            inputLabel={t('boards.renameInput')}
            buttonLabel={t('boards.rename')}
          />
        </h1>
      ) : (
        <h1 className="board-title">{t('app.title')}</h1>
      )}
      <nav className="board-nav" aria-label={t('boards.label')}>
        {boards.length > 0 && (
          <>
            <label className="visually-hidden" htmlFor={switchId}>
              {t('boards.switch')}
            </label>
            <select
              id={switchId}
              className="input board-switch"
              value={activeId ?? ''}
              onChange={(e) => selectBoard(e.target.value as BoardId)}
            >
              {boards.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          <span aria-hidden="true">+</span> {t('boards.new')}
        </button>
        {board && (
          <Menu
            label={t('boards.label')}
            items={[
              { label: t('boards.rename'), onSelect: () => setEditing(true) },
              { label: t('boards.delete'), onSelect: () => setConfirming(true), danger: true },
            ]}
          />
        )}
      </nav>
      {creating && <NewBoardDialog onClose={() => setCreating(false)} />}
      {board && confirming && <DeleteBoardDialog boardId={board.id} title={board.title} onClose={() => setConfirming(false)} />}
    </div>
  );
}

function NewBoardDialog({ onClose }: { onClose: () => void }) {
  const { createBoard } = useActions();
  const [title, setTitle] = useState('');
  const fieldId = useId();
  return (
    <Dialog open title={t('boards.new')} onClose={onClose} closeLabel={t('common.close')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (createBoard(title.trim() ? title : t('boards.defaultTitle'))) onClose();
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={fieldId}>
            {t('boards.newTitle')}
          </label>
          <input id={fieldId} className="input" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} placeholder={t('boards.defaultTitle')} />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('boards.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function DeleteBoardDialog({ boardId, title, onClose }: { boardId: BoardId; title: string; onClose: () => void }) {
  const { deleteBoard } = useActions();
  const count = useBoardCardCount(boardId);
  const columns = useColumnIds(boardId).length;
  return (
    <ConfirmDialog
      open
      title={t('boards.deleteConfirmTitle', { title })}
      body={t('boards.deleteConfirmBody', { count, columns })}
      confirmLabel={t('boards.delete')}
      cancelLabel={t('common.cancel')}
      onCancel={onClose}
      onConfirm={() => {
        onClose();
        deleteBoard(boardId);
      }}
    />
  );
}

/** Shown when there is no board at all. */
export function NoBoards() {
  const [creating, setCreating] = useState(false);
  const ids = useBoardIds();
  if (ids.length) return null;
  return (
    <section className="no-boards" aria-labelledby="no-boards-title">
      <h2 id="no-boards-title">{t('boards.none')}</h2>
      <p>{t('boards.noneHint')}</p>
      <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
        {t('boards.createFirst')}
      </button>
      {creating && <NewBoardDialog onClose={() => setCreating(false)} />}
    </section>
  );
}
