/** Shown instead of the board when stored data cannot be opened. Offers the raw data as a download; writes nothing. */
import { t } from '../i18n';
import type { BootResult } from './bootstrap';

export function RecoveryScreen({ result }: { result: Extract<BootResult, { kind: 'failed' }> }) {
  const download = async () => {
    if (!result.repository) return;
    const data = await result.repository.dump();
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `kanban-raw-data-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <main className="recovery" role="alert">
      <h1>{t('load.failedTitle')}</h1>
      <p>{result.message}</p>
      {result.details.length > 0 && (
        <ul className="recovery-details">
          {result.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      <div className="form-row">
        {result.repository && (
          <button type="button" className="button button-primary" onClick={() => void download()}>
            {t('load.download')}
          </button>
        )}
        <button type="button" className="button" onClick={() => location.reload()}>
          {t('load.reload')}
        </button>
      </div>
    </main>
  );
}
