import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../src/model/invariants';
import { emptyDoc, type KanbanDoc } from '../../src/model/types';
import { docOf, makeBoard, makeCard, makeColumn, sampleDoc } from '../helpers/modelFactories';

/** A sound document: two boards, three columns, four cards. */
function sound() {
  return {
    boards: [makeBoard('b1', 'a0'), makeBoard('b2', 'a1')],
    columns: [makeColumn('c1', 'b1', 'a0'), makeColumn('c2', 'b1', 'a1'), makeColumn('c3', 'b2', 'a0')],
    cards: [makeCard('k1', 'c1', 'a0'), makeCard('k2', 'c1', 'a1'), makeCard('k3', 'c2', 'a0'), makeCard('k4', 'c3', 'a0')],
  };
}

describe('checkInvariants', () => {
  it('finds nothing wrong with sound documents', () => {
    // In sound() every first board, column and card has key "a0": keys need only be unique per parent.
    expect(checkInvariants(emptyDoc)).toEqual([]);
    expect(checkInvariants(docOf(sound()))).toEqual([]);
    expect(checkInvariants(sampleDoc())).toEqual([]);
  });

  it('reports a card whose column is missing', () => {
    const s = sound();
    const doc = docOf({ ...s, cards: [...s.cards, makeCard('lost', 'gone', 'a0')] });
    expect(checkInvariants(doc)).toEqual(['card "lost" points at missing column "gone"']);
  });

  it('reports a column whose board is missing', () => {
    const s = sound();
    const doc = docOf({ ...s, columns: [...s.columns, makeColumn('lost', 'gone', 'a0')] });
    expect(checkInvariants(doc)).toEqual(['column "lost" points at missing board "gone"']);
  });

  it('reports cards that share an order key in the same column', () => {
    const s = sound();
    const doc = docOf({ ...s, cards: [...s.cards, makeCard('twin', 'c1', 'a1')] });
    const problems = checkInvariants(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/card "(k2|twin)" shares its order key with a sibling/);
  });

  it('reports columns that share an order key on the same board', () => {
    const s = sound();
    const doc = docOf({ ...s, columns: [...s.columns, makeColumn('twin', 'b2', 'a0')] });
    expect(checkInvariants(doc)).toEqual(['column "twin" shares its order key with a sibling']);
  });

  it('reports boards that share an order key', () => {
    const s = sound();
    const doc = docOf({ ...s, boards: [...s.boards, makeBoard('twin', 'a1')] });
    expect(checkInvariants(doc)).toEqual(['board "twin" shares its order key with a sibling']);
  });

  it.each(['', 'a', 'a00', '!!', 'zzzzz'])('reports the invalid order key %j', (order) => {
    const s = sound();
    const doc = docOf({ ...s, cards: [...s.cards, makeCard('odd', 'c2', order)] });
    expect(checkInvariants(doc)).toEqual(['card "odd" has an invalid order key']);
  });

  it('reports invalid order keys on boards and columns too', () => {
    const s = sound();
    const doc = docOf({
      boards: [...s.boards, makeBoard('ob', 'nope!')],
      columns: [...s.columns, makeColumn('oc', 'b1', '')],
      cards: s.cards,
    });
    expect(checkInvariants(doc)).toEqual(['board "ob" has an invalid order key', 'column "oc" has an invalid order key']);
  });

  it('reports a record stored under a key other than its id', () => {
    const doc = docOf(sound());
    const k1 = doc.cards['k1' as keyof KanbanDoc['cards']]!;
    const moved: KanbanDoc = { ...doc, cards: { ...doc.cards, ['elsewhere' as keyof KanbanDoc['cards']]: { ...k1, order: 'a5' } } };
    const problems = checkInvariants(moved);
    expect(problems).toContain('card stored under "elsewhere" has id "k1"');
    expect(problems).toContain('id "k1" is used twice');
  });

  it('reports a board stored under the wrong key', () => {
    const s = sound();
    const b = makeBoard('b3', 'a2');
    const base = docOf(s);
    const doc: KanbanDoc = { ...base, boards: { ...base.boards, ['b9' as keyof KanbanDoc['boards']]: b } };
    expect(checkInvariants(doc)).toEqual(['board stored under "b9" has id "b3"']);
  });

  it('reports an id used by two kinds of record', () => {
    const s = sound();
    const doc = docOf({ ...s, cards: [...s.cards, makeCard('c1', 'c2', 'a5')] });
    expect(checkInvariants(doc)).toEqual(['id "c1" is used twice']);
  });

  it('reports every problem, not just the first', () => {
    const s = sound();
    const doc = docOf({
      boards: s.boards,
      columns: [...s.columns, makeColumn('lost', 'gone', 'a0')],
      cards: [...s.cards, makeCard('orphan', 'nowhere', 'a0'), makeCard('bad', 'c3', '??')],
    });
    expect(checkInvariants(doc)).toHaveLength(3);
  });

  // Parent ids that are also names on Object.prototype must not count as present.
  const protoNames = ['__proto__', 'constructor', 'toString'];

  it('reports columns pointing at missing boards named like Object.prototype members', () => {
    const s = sound();
    const doc = docOf({ ...s, columns: [...s.columns, ...protoNames.map((name, i) => makeColumn(`lost${i}`, name, 'a0'))] });
    expect(checkInvariants(doc)).toEqual(protoNames.map((name, i) => `column "lost${i}" points at missing board "${name}"`));
  });

  it('reports cards pointing at missing columns named like Object.prototype members', () => {
    const s = sound();
    const doc = docOf({ ...s, cards: [...s.cards, ...protoNames.map((name, i) => makeCard(`lost${i}`, name, 'a0'))] });
    expect(checkInvariants(doc)).toEqual(protoNames.map((name, i) => `card "lost${i}" points at missing column "${name}"`));
  });
});
