import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../src/model/invariants';
import { getBoardIds, getCardIds, getColumnIds } from '../../src/model/selectors';
import { loadDocument as load } from '../../src/model/schema/load';
import type { RawSnapshot } from '../../src/model/schema/raw';
import { SCHEMA_VERSION } from '../../src/model/schema/version';
import type { KanbanDoc } from '../../src/model/types';
import { boardId, columnId, deepFreeze, makeBoard, makeCard, makeColumn, sampleDoc } from '../helpers/modelFactories';

const fixtureUrl = new URL('../fixtures/schema-v1-snapshot.json', import.meta.url);
/** Parsed afresh each time, as persistence would hand it over: plain untrusted JSON. */
const readFixture = (): RawSnapshot => JSON.parse(readFileSync(fixtureUrl, 'utf8')) as RawSnapshot;

function snapshot(parts: Partial<RawSnapshot>): RawSnapshot {
  return { schemaVersion: 1, boards: [], columns: [], cards: [], ...parts };
}

/** A small sound v1 snapshot: board b1 with columns c1 [k1, k2] and c2 [k3]. */
function small(): { boards: unknown[]; columns: unknown[]; cards: unknown[] } {
  return {
    boards: [makeBoard('b1', 'a0')],
    columns: [makeColumn('c1', 'b1', 'a0'), makeColumn('c2', 'b1', 'a1')],
    cards: [makeCard('k1', 'c1', 'a0'), makeCard('k2', 'c1', 'a1'), makeCard('k3', 'c2', 'a0')],
  };
}

function expectOk(raw: RawSnapshot): { doc: KanbanDoc; repairs: string[] } {
  const result = load(raw);
  if (result.kind !== 'ok') throw new Error(`expected kind "ok", got ${JSON.stringify(result)}`);
  expect(checkInvariants(result.doc)).toEqual([]);
  return result;
}

function expectInvalid(raw: RawSnapshot): string[] {
  const result = load(raw);
  if (result.kind !== 'invalid') throw new Error(`expected kind "invalid", got ${JSON.stringify(result)}`);
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

describe('loadDocument: what was stored', () => {
  it('says "empty" when nothing was ever saved', () => {
    expect(load({ schemaVersion: undefined, boards: [], columns: [], cards: [] })).toEqual({ kind: 'empty' });
  });

  it('loads a saved but empty document as an ok, empty document', () => {
    const { doc, repairs } = expectOk(snapshot({}));
    expect(repairs).toEqual([]);
    expect(getBoardIds(doc)).toEqual([]);
  });

  it('loads a valid v1 snapshot with every record and the order intact', () => {
    const { doc, repairs } = expectOk(snapshot(small()));
    expect(repairs).toEqual([]);
    expect(getBoardIds(doc)).toEqual(['b1']);
    expect(getColumnIds(doc, boardId('b1'))).toEqual(['c1', 'c2']);
    expect(getCardIds(doc, columnId('c1'))).toEqual(['k1', 'k2']);
    expect(getCardIds(doc, columnId('c2'))).toEqual(['k3']);
    expect(doc.cards['k2' as keyof KanbanDoc['cards']]).toEqual(makeCard('k2', 'c1', 'a1'));
    expect(doc.boards['b1' as keyof KanbanDoc['boards']]).toEqual(makeBoard('b1', 'a0'));
  });

  it('loads the saved v1 fixture (test/fixtures/schema-v1-snapshot.json)', () => {
    const raw = readFixture();
    expect(raw.schemaVersion).toBe(1);
    const { doc, repairs } = expectOk(raw);
    expect(repairs).toEqual([]);
    const [board] = getBoardIds(doc);
    expect(board).toBe('9b1f2c4e-6a7d-4e0b-8c3a-1d2e3f4a5b6c');
    expect(doc.boards[board!]?.title).toBe('Product launch');
    const columns = getColumnIds(doc, board!);
    expect(columns.map((c) => doc.columns[c]?.title)).toEqual(['To do', 'Doing', 'Done']);
    const titles = columns.map((c) => getCardIds(doc, c).map((k) => doc.cards[k]?.title));
    expect(titles).toEqual([
      ['Write the press release', 'Book the launch venue', 'Order swag'],
      ['Finish the landing page'],
      ['Pick a launch date'],
    ]);
    // Every stored record arrives unchanged.
    for (const card of raw.cards as { id: string }[]) expect(doc.cards[card.id as keyof KanbanDoc['cards']]).toEqual(card);
    for (const col of raw.columns as { id: string }[]) expect(doc.columns[col.id as keyof KanbanDoc['columns']]).toEqual(col);
  });

  it('round-trips a document built by the ops', () => {
    const original = sampleDoc();
    const raw = snapshot({
      schemaVersion: SCHEMA_VERSION,
      boards: Object.values(original.boards),
      columns: Object.values(original.columns),
      cards: Object.values(original.cards),
    });
    const { doc, repairs } = expectOk(raw);
    expect(repairs).toEqual([]);
    expect(doc).toEqual(original);
  });

  it('does not mutate the snapshot it is given', () => {
    const raw = readFixture();
    // Make it need repairs too, so every stage of the pipeline runs.
    const withDuplicates = snapshot({ ...raw, cards: raw.cards.map((c) => ({ ...(c as object), order: 'a0' })) });
    deepFreeze(withDuplicates);
    const before = structuredClone(withDuplicates);
    expectOk(withDuplicates);
    expect(withDuplicates).toEqual(before);
  });
});

describe('loadDocument: versions', () => {
  it('refuses data from a newer app as "too-new", keeping the version', () => {
    expect(load(snapshot({ ...small(), schemaVersion: 2 }))).toEqual({ kind: 'too-new', version: 2 });
    expect(load(snapshot({ schemaVersion: 37 }))).toEqual({ kind: 'too-new', version: 37 });
  });

  it.each([
    ['a string', '1'],
    ['zero', 0],
    ['a fraction', 1.5],
    ['null', null],
    ['missing while records exist', undefined],
  ])('treats a schema version that is %s as invalid', (_name, schemaVersion) => {
    const problems = expectInvalid(snapshot({ ...small(), schemaVersion }));
    expect(problems.join('\n')).toMatch(/schema version/);
  });
});

describe('loadDocument: validation', () => {
  type Parts = ReturnType<typeof small>;
  const cases: [string, (p: Parts) => void, RegExp][] = [
    ['a board title that is a number', (p) => (p.boards[0] = { ...makeBoard('b1', 'a0'), title: 42 }), /board "b1".*title/],
    ['a column without boardId', (p) => (p.columns[1] = { id: 'c2', title: 'X', order: 'a1' }), /column "c2".*boardId/],
    ['a card with a string createdAt', (p) => (p.cards[2] = { ...makeCard('k3', 'c2', 'a0'), createdAt: '2024-01-01' }), /card "k3".*createdAt/],
    ['a card with an empty order key', (p) => (p.cards[0] = { ...makeCard('k1', 'c1', 'a0'), order: '' }), /card "k1".*order/],
    ['a card with description null', (p) => (p.cards[1] = { ...makeCard('k2', 'c1', 'a1'), description: null }), /card "k2".*description/],
    ['a card without id', (p) => (p.cards[1] = { columnId: 'c1', title: 'X', description: '', order: 'a5', createdAt: 1, updatedAt: 1 }), /card.*\bid\b/],
    ['a board with an empty id', (p) => (p.boards[0] = { ...makeBoard('b1', 'a0'), id: '' }), /board.*\bid\b.*empty/],
    ['a card that is a string', (p) => p.cards.push('k9'), /card is not an object/],
    ['a card that is null', (p) => p.cards.push(null), /card is not an object/],
    ['a column that is an array', (p) => p.columns.push(['c9']), /column is not an object/],
  ];

  it.each(cases)('rejects %s, naming the record and field', (_name, breakIt, expected) => {
    const parts = small();
    breakIt(parts);
    const raw = snapshot(parts);
    expect(load(raw)).not.toHaveProperty('doc');
    expect(expectInvalid(raw).join('\n')).toMatch(expected);
  });

  it('rejects the same id used twice for one kind of record', () => {
    const parts = small();
    parts.cards.push(makeCard('k1', 'c2', 'a5', { title: 'Impostor' }));
    expect(expectInvalid(snapshot(parts))).toEqual(['id "k1" is used twice']);
  });

  it('rejects an id shared by two kinds of record', () => {
    const parts = small();
    parts.cards.push(makeCard('c1', 'c2', 'a5'));
    expect(expectInvalid(snapshot(parts)).join('\n')).toMatch(/id "c1" is used twice/);
  });

  it('lists at most 20 problems', () => {
    const parts = small();
    for (let i = 0; i < 50; i++) parts.cards.push({ id: `bad${i}`, title: i });
    expect(expectInvalid(snapshot(parts))).toHaveLength(20);
  });
});

describe('loadDocument: repairs', () => {
  it('leaves out a card whose column is missing and says so', () => {
    const parts = small();
    parts.cards.push(makeCard('lost', 'gone', 'a0'));
    const { doc, repairs } = expectOk(snapshot(parts));
    expect(doc.cards['lost' as keyof KanbanDoc['cards']]).toBeUndefined();
    expect(Object.keys(doc.cards).sort()).toEqual(['k1', 'k2', 'k3']);
    expect(repairs).toEqual(['left out 1 card(s) whose column is missing']);
  });

  it('leaves out a column whose board is missing, together with its cards', () => {
    const parts = small();
    parts.columns.push(makeColumn('stray', 'gone', 'a0'));
    parts.cards.push(makeCard('s1', 'stray', 'a0'), makeCard('s2', 'stray', 'a1'));
    const { doc, repairs } = expectOk(snapshot(parts));
    expect(Object.keys(doc.columns).sort()).toEqual(['c1', 'c2']);
    expect(Object.keys(doc.cards).sort()).toEqual(['k1', 'k2', 'k3']);
    expect(repairs).toEqual([
      'left out 1 column(s) whose board is missing',
      'left out 2 card(s) whose column is missing',
    ]);
    expect(getColumnIds(doc, boardId('b1'))).toEqual(['c1', 'c2']);
  });

  it('renumbers cards that share order keys, keeping their order (key, then id)', () => {
    const parts = small();
    parts.cards = [
      makeCard('k3', 'c1', 'a1'),
      makeCard('k1', 'c1', 'a1'),
      makeCard('k2', 'c1', 'a0'),
      makeCard('k4', 'c1', 'a2'),
      makeCard('other', 'c2', 'a0'),
    ];
    const { doc, repairs } = expectOk(snapshot(parts));
    expect(getCardIds(doc, columnId('c1'))).toEqual(['k2', 'k1', 'k3', 'k4']);
    expect(repairs).toEqual(['renumbered the cards of c1']);
    const keys = getCardIds(doc, columnId('c1')).map((k) => doc.cards[k]?.order);
    expect(new Set(keys).size).toBe(4);
    // The sound column is left alone.
    expect(doc.cards['other' as keyof KanbanDoc['cards']]).toEqual(makeCard('other', 'c2', 'a0'));
  });

  it('renumbers columns and boards that share order keys', () => {
    const parts = small();
    parts.boards.push(makeBoard('b0', 'a0'));
    parts.columns.push(makeColumn('c0', 'b1', 'a1'));
    const { doc, repairs } = expectOk(snapshot(parts));
    expect(getBoardIds(doc)).toEqual(['b0', 'b1']);
    expect(getColumnIds(doc, boardId('b1'))).toEqual(['c1', 'c0', 'c2']);
    expect(repairs).toEqual(['renumbered the boards of all boards', 'renumbered the columns of b1']);
  });

  it('gives cards with invalid order keys fresh keys after the valid ones', () => {
    const parts = small();
    parts.cards.push(makeCard('odd', 'c1', 'not a key'), makeCard('aa', 'c1', '!'));
    const { doc, repairs } = expectOk(snapshot(parts));
    // Valid keys keep their order; the invalid ones follow, by their old key ("!" < "not a key").
    expect(getCardIds(doc, columnId('c1'))).toEqual(['k1', 'k2', 'aa', 'odd']);
    expect(repairs).toEqual(['renumbered the cards of c1']);
  });

  it('leaves out columns and cards whose missing parent has an Object.prototype name', () => {
    const parts = small();
    parts.columns.push(makeColumn('stray1', 'constructor', 'a0'), makeColumn('stray2', '__proto__', 'a0'));
    parts.cards.push(makeCard('lost1', 'toString', 'a0'), makeCard('lost2', 'constructor', 'a0'));
    const { doc } = expectOk(snapshot(parts));
    expect(Object.keys(doc.columns).sort()).toEqual(['c1', 'c2']);
    expect(Object.keys(doc.cards).sort()).toEqual(['k1', 'k2', 'k3']);
  });
});

describe('loadDocument: hostile ids', () => {
  const hostileJson = JSON.stringify({
    schemaVersion: 1,
    boards: [
      { ...makeBoard('__proto__', 'a0'), title: 'Proto board' },
      { ...makeBoard('constructor', 'a1'), title: 'Ctor board' },
    ],
    columns: [
      { ...makeColumn('prototype', '__proto__', 'a0') },
      { ...makeColumn('toString', 'constructor', 'a0') },
    ],
    cards: [{ ...makeCard('hasOwnProperty', 'prototype', 'a0') }, { ...makeCard('valueOf', 'toString', 'a0') }],
  }).replace('"title":"Proto board"', '"title":"Proto board","__proto__":{"polluted":"yes"}');

  it('loads records with ids like "__proto__" and "constructor" as ordinary records', () => {
    const raw = JSON.parse(hostileJson) as RawSnapshot;
    // JSON.parse made "__proto__" an own key of the first board record, as an attacker's file would.
    expect(Object.keys(raw.boards[0] as object)).toContain('__proto__');

    const { doc, repairs } = expectOk(raw);
    expect(repairs).toEqual([]);
    expect(Object.getPrototypeOf(doc.boards)).toBe(Object.prototype);
    expect(Object.keys(doc.boards).sort()).toEqual(['__proto__', 'constructor']);
    expect(getBoardIds(doc)).toEqual(['__proto__', 'constructor']);
    expect(getColumnIds(doc, boardId('__proto__'))).toEqual(['prototype']);
    expect(getColumnIds(doc, boardId('constructor'))).toEqual(['toString']);
    expect(getCardIds(doc, columnId('prototype'))).toEqual(['hasOwnProperty']);
    expect(getCardIds(doc, columnId('toString'))).toEqual(['valueOf']);
    const protoBoard = Object.getOwnPropertyDescriptor(doc.boards, '__proto__')?.value as Record<string, unknown>;
    expect(protoBoard.title).toBe('Proto board');
    expect(Object.keys(protoBoard)).not.toContain('__proto__');
    expect(protoBoard.polluted).toBeUndefined();
  });

  it('does not pollute Object.prototype', () => {
    load(JSON.parse(hostileJson) as RawSnapshot);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
    expect(({} as object).toString()).toBe('[object Object]');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
