/**
 * Start-up wiring: runs the load pipeline (read → migrate → validate → repair →
 * invariants → hydrate), seeds the sample board on a first visit, and connects
 * autosave to the store and to the page lifecycle. Nothing that fails the
 * pipeline is ever written over: autosave is simply not started.
 */
import { t } from '../i18n';
import { loadDocument } from '../model/schema/load';
import type { BoardId } from '../model/types';
import { startAutosave, type Autosave } from '../persistence/autosave';
import { openRepository, type Repository, type SavedState } from '../persistence/repository';
import type { KanbanStoreApi } from '../store/store';
import { buildSampleDoc } from './sampleBoard';

export type BootResult =
  | { kind: 'ready'; autosave: Autosave }
  | { kind: 'failed'; message: string; details: string[]; repository: Repository | null };

function describeError(error: unknown): string {
  if (error instanceof DOMException || error instanceof Error) return error.message || error.name;
  return String(error);
}

export async function bootstrap(store: KanbanStoreApi, repository: Repository = openRepository()): Promise<BootResult> {
  let stored;
  try {
    stored = await repository.read();
  } catch (error) {
    return { kind: 'failed', message: t('load.unavailable', { reason: describeError(error) }), details: [], repository: null };
  }

  const result = loadDocument(stored.raw);
  if (result.kind === 'too-new') {
    return { kind: 'failed', message: t('load.tooNew', { version: result.version }), details: [], repository };
  }
  if (result.kind === 'invalid') {
    return { kind: 'failed', message: t('load.invalid'), details: result.problems, repository };
  }

  let initial: SavedState;
  if (result.kind === 'empty') {
    // Nothing on disk yet: the sample board is a user-visible change that autosave writes.
    initial = { doc: store.getState().doc, activeBoardId: null };
    const sample = buildSampleDoc(() => crypto.randomUUID(), Date.now());
    store.getState().hydrate(sample.doc, sample.boardId);
    store.setState({ lastChange: 'user' });
  } else {
    if (result.repairs.length) console.warn('Stored boards were repaired on load:', result.repairs);
    store.getState().hydrate(result.doc, stored.activeBoardId as BoardId | null);
    initial = { doc: result.doc, activeBoardId: stored.activeBoardId };
  }

  const read = (): SavedState => {
    const s = store.getState();
    return { doc: s.doc, activeBoardId: s.activeBoardId };
  };
  const autosave = startAutosave({
    repository,
    initial,
    read,
    onStatus(status) {
      const setSave = store.getState().setSaveState;
      if (status.kind === 'saving') setSave({ kind: 'saving' });
      else if (status.kind === 'saved') setSave({ kind: 'saved', at: status.at });
      else setSave({ kind: 'error', message: describeError(status.error) });
    },
  });
  store.subscribe((state, prev) => {
    if (state.doc !== prev.doc || state.activeBoardId !== prev.activeBoardId) autosave.notify();
  });
  autosave.notify();

  // Flush when the page is hidden or closed, so an edit made just before is kept.
  const flushNow = () => void autosave.flush();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
  window.addEventListener('pagehide', flushNow);

  return { kind: 'ready', autosave };
}
