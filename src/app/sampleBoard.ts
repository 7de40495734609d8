/**
 * The small board a first visit opens with: it shows the basics by example and
 * can be deleted like any other board. Built from model operations and i18n text.
 */
import { t } from '../i18n';
import { addCard, addColumn, createBoard } from '../model/ops';
import { emptyDoc, type BoardId, type CardId, type ColumnId, type KanbanDoc } from '../model/types';

export function buildSampleDoc(newId: () => string, now: number): { doc: KanbanDoc; boardId: BoardId } {
  const boardId = newId() as BoardId;
  let doc = createBoard(emptyDoc, { id: boardId, title: t('sample.boardTitle'), now });
  const columns = (['sample.todo', 'sample.doing', 'sample.done'] as const).map((key) => {
    const id = newId() as ColumnId;
    doc = addColumn(doc, { id, boardId, title: t(key), now });
    return id;
  });
  const [todo, doing, done] = columns as [ColumnId, ColumnId, ColumnId];
  const cards: [ColumnId, Parameters<typeof t>[0], string?][] = [
    [todo, 'sample.card1', t('sample.card1Description')],
    [todo, 'sample.card2'],
    [todo, 'sample.card3'],
    [doing, 'sample.card4'],
    [done, 'sample.card5'],
  ];
  for (const [columnId, key, description] of cards) {
    doc = addCard(doc, { id: newId() as CardId, columnId, title: t(key), description, now });
  }
  return { doc, boardId };
}
