/**
 * Ordered, numbered, pure migration steps. Step N turns data of version N into
 * version N + 1. Each step gets a test against data saved by the version before it.
 */
import type { RawSnapshot } from './raw';
import { SCHEMA_VERSION } from './version';

export interface Migration {
  readonly from: number;
  readonly migrate: (raw: RawSnapshot) => RawSnapshot;
}

/** Version 1 is the first stored layout, so there is nothing to migrate yet. */
export const migrations: readonly Migration[] = [];

export type MigrateResult =
  | { ok: true; raw: RawSnapshot }
  | { ok: false; reason: 'too-new' | 'unknown-version'; version: unknown };

/** Brings stored data up to SCHEMA_VERSION, or says why it cannot. */
export function migrate(raw: RawSnapshot): MigrateResult {
  let version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'unknown-version', version };
  }
  if (version > SCHEMA_VERSION) return { ok: false, reason: 'too-new', version };
  let current = raw;
  while (version < SCHEMA_VERSION) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, reason: 'unknown-version', version };
    current = { ...step.migrate(current), schemaVersion: version + 1 };
    version += 1;
  }
  return { ok: true, raw: current };
}
