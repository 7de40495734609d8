/**
 * The shape in which stored data reaches the model: records exactly as read,
 * not yet trusted. Persistence produces it; the load pipeline turns it into a document.
 */
export interface RawSnapshot {
  /** The stored schema version, or undefined when nothing was ever saved. */
  readonly schemaVersion: unknown;
  readonly boards: readonly unknown[];
  readonly columns: readonly unknown[];
  readonly cards: readonly unknown[];
}
