/**
 * The one load pipeline every incoming data path goes through:
 * migrate → validate → repair → check invariants. The result either is a
 * document that is safe to hydrate, or says why not; in that case the caller
 * must not write anything over the stored data.
 */
import { checkInvariants } from '../invariants';
import { emptyDoc, type Board, type BoardId, type Card, type CardId, type Column, type ColumnId, type KanbanDoc } from '../types';
import { migrate } from './migrations';
import type { RawSnapshot } from './raw';
import { repair } from './repair';
import { validateBoard, validateCard, validateColumn, type Checked } from './validate';

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; doc: KanbanDoc; repairs: string[] }
  | { kind: 'too-new'; version: number }
  | { kind: 'invalid'; problems: string[] };

const MAX_PROBLEMS = 20;

function collect<T extends { id: string }>(items: readonly unknown[], validate: (x: unknown) => Checked<T>, problems: string[]): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const item of items) {
    const checked = validate(item);
    if (!checked.ok) {
      if (problems.length < MAX_PROBLEMS) problems.push(checked.problem);
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(out, checked.value.id)) {
      if (problems.length < MAX_PROBLEMS) problems.push(`id "${checked.value.id}" is used twice`);
      continue;
    }
    out[checked.value.id] = checked.value;
  }
  // Plain objects from here on; the null prototype only guarded against "__proto__" ids while filling.
  return { ...out };
}

export function loadDocument(raw: RawSnapshot): LoadResult {
  const nothingStored = raw.schemaVersion === undefined && !raw.boards.length && !raw.columns.length && !raw.cards.length;
  if (nothingStored) return { kind: 'empty' };

  const migrated = migrate(raw);
  if (!migrated.ok) {
    if (migrated.reason === 'too-new') return { kind: 'too-new', version: migrated.version as number };
    return { kind: 'invalid', problems: [`unknown schema version ${JSON.stringify(migrated.version)}`] };
  }

  const problems: string[] = [];
  const boards = collect<Board>(migrated.raw.boards, validateBoard, problems);
  const columns = collect<Column>(migrated.raw.columns, validateColumn, problems);
  const cards = collect<Card>(migrated.raw.cards, validateCard, problems);
  if (problems.length) return { kind: 'invalid', problems };

  const candidate: KanbanDoc = {
    ...emptyDoc,
    boards: boards as Record<BoardId, Board>,
    columns: columns as Record<ColumnId, Column>,
    cards: cards as Record<CardId, Card>,
  };
  const { doc, repairs } = repair(candidate);
  const broken = checkInvariants(doc);
  if (broken.length) return { kind: 'invalid', problems: broken.slice(0, MAX_PROBLEMS) };
  return { kind: 'ok', doc, repairs };
}
