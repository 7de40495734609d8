/**
 * Safe access to the id-keyed record maps. Ids come from storage and files, so an id
 * may be "__proto__" or "constructor": lookups must see own records only, and copies
 * must define keys rather than assign them (assigning "__proto__" sets the prototype).
 */

/** The record stored under `id`, never an inherited member of Object.prototype. */
export function getRecord<V>(map: Readonly<Record<string, V>>, id: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(map, id) ? map[id] : undefined;
}

export function hasRecord(map: Readonly<Record<string, unknown>>, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, id);
}

/** A copy of `map` with `id` set to `value`. */
export function withRecord<K extends string, V>(map: Readonly<Record<K, V>>, id: K, value: V): Record<K, V> {
  // A computed key in a literal defines an own property, even for "__proto__".
  return { ...map, [id]: value };
}

/** A copy of `map` without the given ids. */
export function withoutRecords<K extends string, V>(map: Readonly<Record<K, V>>, ids: ReadonlySet<string>): Record<K, V> {
  return Object.fromEntries(Object.entries(map).filter(([key]) => !ids.has(key))) as Record<K, V>;
}
