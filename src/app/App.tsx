/**
 * The composition root's view: runs the bootstrap once, then lays out the header,
 * the open board and the card dialog. Shows a recovery screen when stored data
 * cannot be opened (nothing is written in that case).
 */
import { useEffect, useState } from 'react';
import { t } from '../i18n';
import { BoardBar, NoBoards } from '../features/board-list/BoardBar';
import { Board } from '../features/board/Board';
import { CardDialog } from '../features/card-editor/CardDialog';
import { SaveErrorBanner, SaveStatus } from '../features/status/SaveStatus';
import { useActiveBoardId, useOpenCardId } from '../store/hooks';
import type { BootResult } from './bootstrap';
import { RecoveryScreen } from './RecoveryScreen';

export function App({ boot }: { boot: Promise<BootResult> }) {
  const [result, setResult] = useState<BootResult | null>(null);
  useEffect(() => {
    let live = true;
    void boot.then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [boot]);

  if (!result) {
    return (
      <main className="app-loading" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );
  }
  if (result.kind === 'failed') return <RecoveryScreen result={result} />;
  return <Workspace onRetry={() => void result.autosave.flush()} />;
}

function Workspace({ onRetry }: { onRetry: () => void }) {
  const boardId = useActiveBoardId();
  const openCardId = useOpenCardId();
  return (
    <div className="app">
      <a className="skip-link" href="#board">
        {t('app.skipToBoard')}
      </a>
      <header className="app-header">
        <span className="app-logo" aria-hidden="true">
          ▦
        </span>
        <BoardBar />
        <SaveStatus />
      </header>
      <SaveErrorBanner onRetry={onRetry} />
      <main id="board" className="app-main" tabIndex={-1}>
        {boardId ? <Board key={boardId} boardId={boardId} /> : <NoBoards />}
      </main>
      {openCardId && <CardDialog key={openCardId} cardId={openCardId} />}
    </div>
  );
}
