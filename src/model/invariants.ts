/**
 * What must always hold for a document. Tests run this after every operation;
 * the load pipeline runs it before hydrating. Returns a list of problems, empty when sound.
 */
import { isValidKey } from './order';
import { hasRecord } from './records';
import type { KanbanDoc } from './types';

export function checkInvariants(doc: KanbanDoc): string[] {
  const problems: string[] = [];
  const seenIds = new Set<string>();
  const noteId = (kind: string, key: string, id: string) => {
    if (key !== id) problems.push(`${kind} stored under "${key}" has id "${id}"`);
    if (seenIds.has(id)) problems.push(`id "${id}" is used twice`);
    seenIds.add(id);
  };
  const orderSeen = new Map<string, Set<string>>();
  const noteOrder = (kind: string, id: string, parent: string, order: string) => {
    if (!isValidKey(order)) problems.push(`${kind} "${id}" has an invalid order key`);
    let keys = orderSeen.get(parent);
    if (!keys) orderSeen.set(parent, (keys = new Set()));
    if (keys.has(order)) problems.push(`${kind} "${id}" shares its order key with a sibling`);
    keys.add(order);
  };

  for (const [key, board] of Object.entries(doc.boards)) {
    noteId('board', key, board.id);
    noteOrder('board', board.id, '(boards)', board.order);
  }
  for (const [key, column] of Object.entries(doc.columns)) {
    noteId('column', key, column.id);
    if (!hasRecord(doc.boards, column.boardId)) problems.push(`column "${column.id}" points at missing board "${column.boardId}"`);
    noteOrder('column', column.id, `board:${column.boardId}`, column.order);
  }
  for (const [key, card] of Object.entries(doc.cards)) {
    noteId('card', key, card.id);
    if (!hasRecord(doc.columns, card.columnId)) problems.push(`card "${card.id}" points at missing column "${card.columnId}"`);
    noteOrder('card', card.id, `column:${card.columnId}`, card.order);
  }
  return problems;
}
