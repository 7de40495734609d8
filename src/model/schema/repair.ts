/**
 * Repairs what can be repaired without guessing: records whose parent is gone are
 * left out of the live document (they stay on disk untouched), and siblings sharing
 * an order key or holding an invalid one get fresh keys in their current order.
 */
import { compareKeys, isValidKey, keysBetween } from '../order';
import { hasRecord, withoutRecords } from '../records';
import type { KanbanDoc } from '../types';

export interface RepairResult {
  doc: KanbanDoc;
  /** What was changed, for the log and tests; empty when the data was sound. */
  repairs: string[];
}

type Ordered = { id: string; order: string };

function reKey<T extends Ordered>(records: Record<string, T>, parentOf: (r: T) => string, label: string, repairs: string[]): Record<string, T> {
  const groups = new Map<string, T[]>();
  for (const r of Object.values(records)) {
    const p = parentOf(r);
    const list = groups.get(p);
    if (list) list.push(r);
    else groups.set(p, [r]);
  }
  let out = records;
  for (const [parent, list] of groups) {
    const seen = new Set<string>();
    const broken = list.some((r) => {
      const bad = !isValidKey(r.order) || seen.has(r.order);
      seen.add(r.order);
      return bad;
    });
    if (!broken) continue;
    const valid = (r: T) => isValidKey(r.order);
    list.sort((a, b) => Number(valid(b)) - Number(valid(a)) || compareKeys(a.order, b.order) || compareKeys(a.id, b.id));
    const keys = keysBetween(null, null, list.length);
    list.forEach((r, i) => {
      out = { ...out, [r.id]: { ...r, order: keys[i]! } };
    });
    repairs.push(`renumbered the ${label} of ${parent}`);
  }
  return out;
}

export function repair(doc: KanbanDoc): RepairResult {
  const repairs: string[] = [];
  let columns = doc.columns as Record<string, KanbanDoc['columns'][keyof KanbanDoc['columns']]>;
  let cards = doc.cards as Record<string, KanbanDoc['cards'][keyof KanbanDoc['cards']]>;

  const orphanColumns = Object.values(columns).filter((c) => !hasRecord(doc.boards, c.boardId));
  if (orphanColumns.length) {
    columns = withoutRecords(columns, new Set(orphanColumns.map((c) => c.id)));
    repairs.push(`left out ${orphanColumns.length} column(s) whose board is missing`);
  }
  const orphanCards = Object.values(cards).filter((c) => !hasRecord(columns, c.columnId));
  if (orphanCards.length) {
    cards = withoutRecords(cards, new Set(orphanCards.map((c) => c.id)));
    repairs.push(`left out ${orphanCards.length} card(s) whose column is missing`);
  }

  const boards = reKey(doc.boards as Record<string, KanbanDoc['boards'][keyof KanbanDoc['boards']]>, () => 'all boards', 'boards', repairs);
  columns = reKey(columns, (c) => c.boardId, 'columns', repairs);
  cards = reKey(cards, (c) => c.columnId, 'cards', repairs);

  if (!repairs.length) return { doc, repairs };
  return { doc: { boards, columns, cards } as KanbanDoc, repairs };
}
