/**
 * The only code that talks to IndexedDB (through idb-keyval). Reads everything as
 * untrusted raw records for the load pipeline, and writes the difference between
 * two saved states as one transaction: all of a user action lands, or none of it.
 */
import { createStore, entries, promisifyRequest, type UseStore } from 'idb-keyval';
import type { RawSnapshot } from '../model/schema/raw';
import { SCHEMA_VERSION } from '../model/schema/version';
import type { KanbanDoc } from '../model/types';
import {
  ACTIVE_BOARD_KEY,
  BOARD_PREFIX,
  CARD_PREFIX,
  COLUMN_PREFIX,
  DB_NAME,
  META_KEY,
  STORE_NAME,
  boardKey,
  cardKey,
  columnKey,
} from './keys';

/** What autosave keeps in step with storage: the document and the last opened board. */
export interface SavedState {
  readonly doc: KanbanDoc;
  readonly activeBoardId: string | null;
}

export interface StoredData {
  readonly raw: RawSnapshot;
  readonly activeBoardId: string | null;
}

export interface Repository {
  /** Reads every record, untrusted. */
  read(): Promise<StoredData>;
  /** Writes what changed from `prev` to `next` in one transaction. Resolves once it is committed. */
  write(prev: SavedState, next: SavedState): Promise<WriteStats>;
  /** Every stored record as it is, for a recovery download. */
  dump(): Promise<Record<string, unknown>>;
}

export interface WriteStats {
  puts: number;
  deletes: number;
}

type Entry = [IDBValidKey, unknown];

function diff<T>(prev: Readonly<Record<string, T>>, next: Readonly<Record<string, T>>, keyOf: (id: string) => string, puts: Entry[], dels: string[]) {
  if (prev === next) return;
  for (const id of Object.keys(next)) if (prev[id] !== next[id]) puts.push([keyOf(id), next[id]]);
  for (const id of Object.keys(prev)) if (!Object.hasOwn(next, id)) dels.push(keyOf(id));
}

/** The changes that take storage from `prev` to `next`. Exported for tests. */
export function changesBetween(prev: SavedState, next: SavedState): { puts: Entry[]; dels: string[] } {
  const puts: Entry[] = [];
  const dels: string[] = [];
  diff(prev.doc.boards, next.doc.boards, boardKey, puts, dels);
  diff(prev.doc.columns, next.doc.columns, columnKey, puts, dels);
  diff(prev.doc.cards, next.doc.cards, cardKey, puts, dels);
  if (prev.activeBoardId !== next.activeBoardId) puts.push([ACTIVE_BOARD_KEY, next.activeBoardId]);
  return { puts, dels };
}

export function openRepository(dbName: string = DB_NAME): Repository {
  const store: UseStore = createStore(dbName, STORE_NAME);

  return {
    async read() {
      const all = await entries<IDBValidKey, unknown>(store);
      const boards: unknown[] = [];
      const columns: unknown[] = [];
      const cards: unknown[] = [];
      let schemaVersion: unknown = undefined;
      let activeBoardId: string | null = null;
      for (const [key, value] of all) {
        if (typeof key !== 'string') continue;
        if (key === META_KEY) {
          schemaVersion = (value as { schemaVersion?: unknown } | null)?.schemaVersion ?? null;
        } else if (key === ACTIVE_BOARD_KEY) {
          activeBoardId = typeof value === 'string' ? value : null;
        } else if (key.startsWith(CARD_PREFIX)) cards.push(value);
        else if (key.startsWith(COLUMN_PREFIX)) columns.push(value);
        else if (key.startsWith(BOARD_PREFIX)) boards.push(value);
      }
      return { raw: { schemaVersion, boards, columns, cards }, activeBoardId };
    },

    async write(prev, next) {
      const { puts, dels } = changesBetween(prev, next);
      if (!puts.length && !dels.length) return { puts: 0, deletes: 0 };
      await store('readwrite', (os) => {
        try {
          // The version travels with every write, so data on disk always says what wrote it.
          os.put({ schemaVersion: SCHEMA_VERSION }, META_KEY);
          for (const [key, value] of puts) os.put(value, key);
          for (const key of dels) os.delete(key);
        } catch (error) {
          // A record that cannot be stored (e.g. not cloneable) undoes the whole action.
          os.transaction.abort();
          throw error;
        }
        // Commit at once rather than when the event loop idles: a write started as the
        // page is hidden or closed then reaches the disk before the page goes away.
        const done = promisifyRequest(os.transaction);
        os.transaction.commit();
        return done;
      });
      return { puts: puts.length, deletes: dels.length };
    },

    async dump() {
      const all = await entries<IDBValidKey, unknown>(store);
      const out: Record<string, unknown> = {};
      for (const [key, value] of all) out[String(key)] = value;
      return out;
    },
  };
}
