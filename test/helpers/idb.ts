/**
 * IndexedDB helpers for persistence and bootstrap tests (fake-indexeddb must be installed
 * on globalThis by the test file, e.g. `import 'fake-indexeddb/auto'`).
 *
 * Owns: unique database names and raw record seeding that bypasses the repository, so a
 * test can put on disk exactly what an older, newer or broken app would have left there.
 */
import { createStore, setMany } from 'idb-keyval';
import { STORE_NAME } from '../../src/persistence/keys';

let counter = 0;

/** A database name no other test uses, so tests never see each other's records. */
export function uniqueDbName(prefix = 'kanban-test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** Writes `records` (key → value) straight into the app's object store of `dbName`. */
export async function seedRecords(dbName: string, records: Record<string, unknown>): Promise<void> {
  await setMany(Object.entries(records), createStore(dbName, STORE_NAME));
}
