/**
 * Checks untrusted records field by field and turns them into typed records.
 * Problems are reported with the record's kind, id and field so a person can find them.
 */
import type { Board, BoardId, Card, CardId, Column, ColumnId } from '../types';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

type Obj = Record<string, unknown>;

function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function describe(kind: string, x: unknown): string {
  return isObject(x) && typeof x.id === 'string' ? `${kind} "${x.id}"` : kind;
}

function fieldProblem(x: Obj, field: string, expected: 'string' | 'number' | 'id'): string | null {
  const v = x[field];
  if (expected === 'number') return typeof v === 'number' && Number.isFinite(v) ? null : `${field} must be a number`;
  if (typeof v !== 'string') return `${field} must be a string`;
  if (expected === 'id' && v.length === 0) return `${field} must not be empty`;
  return null;
}

function check<T>(kind: string, x: unknown, fields: Record<string, 'string' | 'number' | 'id'>, build: (o: Obj) => T): Checked<T> {
  if (!isObject(x)) return { ok: false, problem: `${kind} is not an object` };
  for (const [field, expected] of Object.entries(fields)) {
    const problem = fieldProblem(x, field, expected);
    if (problem) return { ok: false, problem: `${describe(kind, x)}: ${problem}` };
  }
  return { ok: true, value: build(x) };
}

export function validateBoard(x: unknown): Checked<Board> {
  return check('board', x, { id: 'id', title: 'string', order: 'id', createdAt: 'number', updatedAt: 'number' }, (o) => ({
    id: o.id as BoardId,
    title: o.title as string,
    order: o.order as string,
    createdAt: o.createdAt as number,
    updatedAt: o.updatedAt as number,
  }));
}

export function validateColumn(x: unknown): Checked<Column> {
  return check('column', x, { id: 'id', boardId: 'id', title: 'string', order: 'id' }, (o) => ({
    id: o.id as ColumnId,
    boardId: o.boardId as BoardId,
    title: o.title as string,
    order: o.order as string,
  }));
}

export function validateCard(x: unknown): Checked<Card> {
  return check(
    'card',
    x,
    { id: 'id', columnId: 'id', title: 'string', description: 'string', order: 'id', createdAt: 'number', updatedAt: 'number' },
    (o) => ({
      id: o.id as CardId,
      columnId: o.columnId as ColumnId,
      title: o.title as string,
      description: o.description as string,
      order: o.order as string,
      createdAt: o.createdAt as number,
      updatedAt: o.updatedAt as number,
    }),
  );
}
