/**
 * How saving goes: a quiet line while all is well, and a banner that stays while a
 * save is failing (the work is kept in memory and retried).
 */
import { t } from '../../i18n';
import { useSaveState } from '../../store/hooks';
import './status.css';

/** The banner that stays while saving fails. Renders nothing otherwise. */
export function SaveErrorBanner({ onRetry }: { onRetry: () => void }) {
  const save = useSaveState();
  if (save.kind === 'error') {
    return (
      <div className="save-banner" role="alert">
        <span>{t('save.failed', { reason: save.message })}</span>
        <button type="button" className="button" onClick={onRetry}>
          {t('save.retry')}
        </button>
      </div>
    );
  }
  return null;
}

/** The quiet "All changes saved" line. */
export function SaveStatus() {
  const save = useSaveState();
  const text = save.kind === 'saving' ? t('save.saving') : save.kind === 'saved' ? t('save.saved') : '';
  return (
    <p className="save-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}
