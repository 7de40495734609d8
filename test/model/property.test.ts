/**
 * Random operation sequences against the model, checked after every step against the
 * invariants, against input mutation, and against a plain reference model (ordered id arrays).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../src/model/invariants';
import {
  addCard,
  addColumn,
  createBoard,
  deleteBoard,
  deleteCard,
  deleteColumn,
  moveCard,
  moveColumn,
  renameBoard,
  renameColumn,
  updateCard,
} from '../../src/model/ops';
import { loadDocument } from '../../src/model/schema/load';
import { SCHEMA_VERSION } from '../../src/model/schema/version';
import { getBoardIds, getCardIds, getColumnIds } from '../../src/model/selectors';
import { emptyDoc, type KanbanDoc } from '../../src/model/types';
import { T0, boardId, cardId, columnId, deepFreeze } from '../helpers/modelFactories';

// ---------------------------------------------------------------- operation descriptors

type Op =
  | { kind: 'createBoard'; id: string; title: string }
  | { kind: 'renameBoard'; id: string; title: string }
  | { kind: 'deleteBoard'; id: string }
  | { kind: 'addColumn'; id: string; boardId: string; title: string; index: number | undefined }
  | { kind: 'renameColumn'; id: string; title: string }
  | { kind: 'deleteColumn'; id: string }
  | { kind: 'moveColumn'; id: string; index: number }
  | { kind: 'addCard'; id: string; columnId: string; title: string; description: string | undefined; index: number | undefined }
  | { kind: 'updateCard'; id: string; title: string | undefined; description: string | undefined }
  | { kind: 'deleteCard'; id: string }
  | { kind: 'moveCard'; id: string; columnId: string; index: number };

/**
 * Ids in a descriptor are resolved against the current state when the step runs, so most
 * steps hit existing records: `pick` chooses among the existing ids (modulo their count),
 * `unknown` names an id that was never created, `fresh` names an id from a small pool
 * (which may exist already, or may have existed and been deleted), `named` is one of the
 * names Object.prototype already has. Named ids carry no kind prefix, so they are shared by
 * all kinds: a board, a column and a card may each be offered the same one.
 */
type Pick = { pick: number } | { unknown: string } | { named: string };
type NewId = { fresh: number } | Pick;

/** Ids that are also members of every plain object, through its prototype. */
const PROTO_NAMES = ['__proto__', 'constructor', 'toString'] as const;
const named = fc.constantFrom(...PROTO_NAMES).map((name) => ({ named: name }));

type Desc =
  | { kind: 'createBoard'; id: NewId; title: string }
  | { kind: 'renameBoard'; id: Pick; title: string }
  | { kind: 'deleteBoard'; id: Pick }
  | { kind: 'addColumn'; id: NewId; boardId: Pick; title: string; index: number | undefined }
  | { kind: 'renameColumn'; id: Pick; title: string }
  | { kind: 'deleteColumn'; id: Pick }
  | { kind: 'moveColumn'; id: Pick; index: number }
  | { kind: 'addCard'; id: NewId; columnId: Pick; title: string; description: string | undefined; index: number | undefined }
  | { kind: 'updateCard'; id: Pick; title: string | undefined; description: string | undefined }
  | { kind: 'deleteCard'; id: Pick }
  | { kind: 'moveCard'; id: Pick; columnId: Pick; sameBoard: boolean; index: number };

const pick: fc.Arbitrary<Pick> = fc.oneof(
  { arbitrary: fc.nat().map((n) => ({ pick: n })), weight: 9 },
  { arbitrary: fc.string({ maxLength: 3 }).map((s) => ({ unknown: s })), weight: 1 },
  { arbitrary: named, weight: 1 },
);
const newId: fc.Arbitrary<NewId> = fc.oneof(
  { arbitrary: fc.nat({ max: 9 }).map((n) => ({ fresh: n })), weight: 4 },
  { arbitrary: named, weight: 1 },
  { arbitrary: pick, weight: 1 },
);

const title = fc.oneof(
  { arbitrary: fc.constantFrom('Todo', '  Spaced   out ', 'Done'), weight: 3 },
  { arbitrary: fc.constantFrom('', ' ', '\n\t'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 2 },
);
const description = fc.option(fc.string({ maxLength: 10 }), { nil: undefined });
const index = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 8 }), weight: 8 },
  // Fractions (including -0) truncate toward zero.
  { arbitrary: fc.double({ min: -3, max: 8, noNaN: true }), weight: 2 },
  {
    arbitrary: fc.constantFrom(-1000, 1000, Number.MAX_SAFE_INTEGER, -Infinity, Infinity, Number.NaN, -0.5, 0.5, 1.5, -0),
    weight: 2,
  },
);
const optionalIndex = fc.option(index, { nil: undefined });

const desc: fc.Arbitrary<Desc> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('createBoard' as const), id: newId, title }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('renameBoard' as const), id: pick, title }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('deleteBoard' as const), id: pick }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('addColumn' as const), id: newId, boardId: pick, title, index: optionalIndex }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('renameColumn' as const), id: pick, title }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('deleteColumn' as const), id: pick }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('moveColumn' as const), id: pick, index }), weight: 3 },
  {
    arbitrary: fc.record({ kind: fc.constant('addCard' as const), id: newId, columnId: pick, title, description, index: optionalIndex }),
    weight: 6,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('updateCard' as const), id: pick, title: fc.option(title, { nil: undefined }), description }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('deleteCard' as const), id: pick }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('moveCard' as const),
      id: pick,
      columnId: pick,
      sameBoard: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
      index,
    }),
    weight: 8,
  },
);

/** Turns a descriptor into a concrete op, choosing ids from what `ref` says exists right now. */
function resolve(d: Desc, ref: Reference): Op {
  // Kind-specific prefixes keep ids of different kinds apart.
  const choose = (p: NewId, prefix: string, existing: readonly string[]): string => {
    if ('fresh' in p) return `${prefix}${p.fresh}`;
    if ('unknown' in p) return `${prefix}?${p.unknown}`;
    if ('named' in p) return p.named;
    return existing.length ? existing[p.pick % existing.length]! : `${prefix}?none`;
  };
  const boards = ref.boards;
  const columns = [...ref.boardOfColumn.keys()];
  const cards = [...ref.columnOfCard.keys()];
  switch (d.kind) {
    case 'createBoard':
    case 'renameBoard':
    case 'deleteBoard':
      return { ...d, id: choose(d.id, 'b', boards) };
    case 'addColumn':
      return { ...d, id: choose(d.id, 'c', columns), boardId: choose(d.boardId, 'b', boards) };
    case 'renameColumn':
    case 'deleteColumn':
    case 'moveColumn':
      return { ...d, id: choose(d.id, 'c', columns) };
    case 'addCard':
      return { ...d, id: choose(d.id, 'k', cards), columnId: choose(d.columnId, 'c', columns) };
    case 'updateCard':
    case 'deleteCard':
      return { ...d, id: choose(d.id, 'k', cards) };
    case 'moveCard': {
      const id = choose(d.id, 'k', cards);
      const source = ref.columnOfCard.get(id);
      const board = source === undefined ? undefined : ref.boardOfColumn.get(source);
      const targets = d.sameBoard && board !== undefined ? ref.columnsOf.get(board)! : columns;
      return { kind: 'moveCard', id, columnId: choose(d.columnId, 'c', targets), index: d.index };
    }
  }
}

function apply(doc: KanbanDoc, o: Op, now: number): KanbanDoc {
  switch (o.kind) {
    case 'createBoard':
      return createBoard(doc, { id: boardId(o.id), title: o.title, now });
    case 'renameBoard':
      return renameBoard(doc, boardId(o.id), o.title, now);
    case 'deleteBoard':
      return deleteBoard(doc, boardId(o.id));
    case 'addColumn':
      return addColumn(doc, { id: columnId(o.id), boardId: boardId(o.boardId), title: o.title, now, index: o.index });
    case 'renameColumn':
      return renameColumn(doc, columnId(o.id), o.title);
    case 'deleteColumn':
      return deleteColumn(doc, columnId(o.id));
    case 'moveColumn':
      return moveColumn(doc, columnId(o.id), o.index);
    case 'addCard':
      return addCard(doc, {
        id: cardId(o.id),
        columnId: columnId(o.columnId),
        title: o.title,
        now,
        description: o.description,
        index: o.index,
      });
    case 'updateCard': {
      const patch: { title?: string; description?: string } = {};
      if (o.title !== undefined) patch.title = o.title;
      if (o.description !== undefined) patch.description = o.description;
      return updateCard(doc, cardId(o.id), patch, now);
    }
    case 'deleteCard':
      return deleteCard(doc, cardId(o.id));
    case 'moveCard':
      return moveCard(doc, cardId(o.id), { columnId: columnId(o.columnId), index: o.index }, now);
  }
}

// ---------------------------------------------------------------- reference model

/** The board as a person sees it: ordered id lists, nothing else. */
class Reference {
  boards: string[] = [];
  columnsOf = new Map<string, string[]>(); // board -> columns in order
  cardsOf = new Map<string, string[]>(); // column -> cards in order
  boardOfColumn = new Map<string, string>();
  columnOfCard = new Map<string, string>();

  static hasText(raw: string): boolean {
    return /\S/.test(raw);
  }

  /** A whole index within 0..length: fractions truncate toward zero, NaN means the end. */
  static clamp(i: number, length: number): number {
    if (Number.isNaN(i)) return length;
    return Math.max(0, Math.min(Math.trunc(i), length));
  }

  /** Ids are unique across boards, columns and cards. */
  taken(id: string): boolean {
    return this.columnsOf.has(id) || this.boardOfColumn.has(id) || this.columnOfCard.has(id);
  }

  private dropColumn(c: string): void {
    for (const k of this.cardsOf.get(c) ?? []) this.columnOfCard.delete(k);
    this.cardsOf.delete(c);
    this.boardOfColumn.delete(c);
  }

  /** Applies `o`; returns whether any ordered list changed (undefined: the op changes no list). */
  apply(o: Op): boolean | undefined {
    switch (o.kind) {
      case 'createBoard': {
        if (!Reference.hasText(o.title) || this.taken(o.id)) return false;
        this.boards.push(o.id);
        this.columnsOf.set(o.id, []);
        return true;
      }
      case 'deleteBoard': {
        const columns = this.columnsOf.get(o.id);
        if (!columns) return false;
        for (const c of columns) this.dropColumn(c);
        this.columnsOf.delete(o.id);
        this.boards = this.boards.filter((b) => b !== o.id);
        return true;
      }
      case 'addColumn': {
        const columns = this.columnsOf.get(o.boardId);
        if (!Reference.hasText(o.title) || !columns || this.taken(o.id)) return false;
        columns.splice(Reference.clamp(o.index ?? columns.length, columns.length), 0, o.id);
        this.boardOfColumn.set(o.id, o.boardId);
        this.cardsOf.set(o.id, []);
        return true;
      }
      case 'deleteColumn': {
        const board = this.boardOfColumn.get(o.id);
        if (board === undefined) return false;
        this.columnsOf.set(board, this.columnsOf.get(board)!.filter((c) => c !== o.id));
        this.dropColumn(o.id);
        return true;
      }
      case 'moveColumn': {
        const board = this.boardOfColumn.get(o.id);
        if (board === undefined) return false;
        const all = this.columnsOf.get(board)!;
        const siblings = all.filter((c) => c !== o.id);
        const to = Reference.clamp(o.index, siblings.length);
        if (to === all.indexOf(o.id)) return false;
        siblings.splice(to, 0, o.id);
        this.columnsOf.set(board, siblings);
        return true;
      }
      case 'addCard': {
        const cards = this.cardsOf.get(o.columnId);
        if (!Reference.hasText(o.title) || !cards || this.taken(o.id)) return false;
        cards.splice(Reference.clamp(o.index ?? cards.length, cards.length), 0, o.id);
        this.columnOfCard.set(o.id, o.columnId);
        return true;
      }
      case 'deleteCard': {
        const column = this.columnOfCard.get(o.id);
        if (column === undefined) return false;
        this.cardsOf.set(column, this.cardsOf.get(column)!.filter((k) => k !== o.id));
        this.columnOfCard.delete(o.id);
        return true;
      }
      case 'moveCard': {
        const source = this.columnOfCard.get(o.id);
        const target = this.cardsOf.get(o.columnId);
        if (source === undefined || !target) return false;
        if (this.boardOfColumn.get(source) !== this.boardOfColumn.get(o.columnId)) return false;
        const siblings = target.filter((k) => k !== o.id);
        const to = Reference.clamp(o.index, siblings.length);
        if (source === o.columnId && to === target.indexOf(o.id)) return false;
        this.cardsOf.set(source, this.cardsOf.get(source)!.filter((k) => k !== o.id));
        siblings.splice(to, 0, o.id);
        this.cardsOf.set(o.columnId, siblings);
        this.columnOfCard.set(o.id, o.columnId);
        return true;
      }
      case 'renameBoard':
      case 'renameColumn':
      case 'updateCard':
        return undefined;
    }
  }

  knows(o: Op): boolean {
    if (o.kind === 'renameBoard') return this.columnsOf.has(o.id);
    if (o.kind === 'renameColumn') return this.boardOfColumn.has(o.id);
    return this.columnOfCard.has(o.id);
  }
}

/** Asserts that `doc` shows exactly the lists of `ref`, and holds no other records. */
function expectMatches(doc: KanbanDoc, ref: Reference): void {
  expect(getBoardIds(doc)).toEqual(ref.boards);
  for (const b of ref.boards) expect(getColumnIds(doc, boardId(b))).toEqual(ref.columnsOf.get(b));
  for (const [c, cards] of ref.cardsOf) expect(getCardIds(doc, columnId(c))).toEqual(cards);
  expect(Object.keys(doc.boards).length).toBe(ref.boards.length);
  expect(Object.keys(doc.columns).length).toBe(ref.boardOfColumn.size);
  expect(Object.keys(doc.cards).length).toBe(ref.columnOfCard.size);
}

// ---------------------------------------------------------------- the property

/** b0: c0 [k0, k1, k2], c1 [k3];  b1: c2 [k4]. */
function seed(ref: Reference): KanbanDoc {
  const setup: Op[] = [
    { kind: 'createBoard', id: 'b0', title: 'Work' },
    { kind: 'createBoard', id: 'b1', title: 'Home' },
    { kind: 'addColumn', id: 'c0', boardId: 'b0', title: 'To do', index: undefined },
    { kind: 'addColumn', id: 'c1', boardId: 'b0', title: 'Done', index: undefined },
    { kind: 'addColumn', id: 'c2', boardId: 'b1', title: 'Chores', index: undefined },
    ...['k0', 'k1', 'k2'].map((id): Op => ({ kind: 'addCard', id, columnId: 'c0', title: id, description: undefined, index: undefined })),
    { kind: 'addCard', id: 'k3', columnId: 'c1', title: 'k3', description: undefined, index: undefined },
    { kind: 'addCard', id: 'k4', columnId: 'c2', title: 'k4', description: undefined, index: undefined },
  ];
  let doc: KanbanDoc = emptyDoc;
  for (const o of setup) {
    doc = apply(doc, o, T0);
    ref.apply(o);
  }
  expectMatches(doc, ref);
  return doc;
}

/** Applies the steps one by one, checking everything after each; then round-trips the result. */
function runSequence(seeded: boolean, descs: readonly Desc[]): void {
  const ref = new Reference();
  let doc = seeded ? seed(ref) : emptyDoc;
  let now = T0;
  for (const d of descs) {
    const o = resolve(d, ref);
    now += 1000;
    deepFreeze(doc);
    const before = structuredClone(doc);
    const knownBefore = ref.knows(o);
    const next = apply(doc, o, now);

    expect(doc).toEqual(before);
    expect(checkInvariants(next)).toEqual([]);

    const changed = ref.apply(o);
    expectMatches(next, ref);
    if (changed === undefined) {
      // Renames and edits: an unknown id changes nothing at all.
      if (!knownBefore) expect(next).toBe(doc);
    } else {
      // Structural ops return the very same document exactly when no list changed.
      expect(next !== doc).toBe(changed);
    }

    if (o.kind === 'moveCard' && changed) {
      // One card record written; every other card object is the one we had before.
      expect(next.columns).toBe(doc.columns);
      for (const k of Object.keys(doc.cards) as (keyof KanbanDoc['cards'])[]) {
        if (k !== o.id) expect(next.cards[k]).toBe(doc.cards[k]);
      }
    }
    doc = next;
  }

  // Whatever the ops built, the load pipeline takes back unchanged.
  const loaded = loadDocument({
    schemaVersion: SCHEMA_VERSION,
    boards: Object.values(doc.boards),
    columns: Object.values(doc.columns),
    cards: Object.values(doc.cards),
  });
  expect(loaded).toEqual({ kind: 'ok', doc, repairs: [] });
}

describe('random operation sequences', () => {
  it('keep the invariants, never mutate their input, and match the reference model', () => {
    fc.assert(
      fc.property(
        // Mostly start from a small two-board document, sometimes from nothing.
        fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
        fc.array(desc, { minLength: 1, maxLength: 40, size: 'max' }),
        runSequence,
      ),
      { numRuns: 200 },
    );
  }, 20_000); // runs in about a second; the margin is for slow shared CI machines
});
