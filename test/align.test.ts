import { describe, expect, it } from 'vitest';
import { align } from '../src/align/index.js';
import { normalize } from '../src/normalize/index.js';
import type { Sentence } from '../src/types.js';

/** Build sentences from [source, text] rows, numbering each source's sentences in order. */
function sentences(rows: ReadonlyArray<[string, string]>): Sentence[] {
  const seen = new Map<string, number>();
  return rows.map(([source, text]) => {
    const index = seen.get(source) ?? 0;
    seen.set(source, index + 1);
    return { source, index, line: index + 1, text };
  });
}

/** The groups as sets of "source:text" so tests read like the claims they expect. */
function groupsOf(rows: ReadonlyArray<[string, string]>): string[][] {
  const input = normalize(sentences(rows));
  return align(input)
    .groups.map((g) => g.map((i) => `${input[i]!.source}:${input[i]!.text}`).sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
}

describe('align', () => {
  it.each([
    {
      name: 'a paraphrase',
      rows: [
        ['a', 'Ukrainian forces captured two Chinese nationals in the Donetsk region.'],
        ['b', 'Two Chinese nationals were captured by Ukrainian forces in Donetsk.'],
      ],
      together: [['a', 'b']],
    },
    {
      name: 'the same claims in another order',
      rows: [
        ['a', 'The earthquake struck at dawn near the coast of Aceh.'],
        ['a', 'Rescue teams searched collapsed houses in Bener Meriah district.'],
        ['b', 'Rescue teams were searching collapsed houses in the Bener Meriah district.'],
        ['b', 'An earthquake struck near the Aceh coast at dawn.'],
      ],
      together: [['a', 'b'], ['a', 'b']],
    },
    {
      name: 'the two translations of one quote',
      rows: [
        ['a', '"I think the U.S. needs to pay more attention to what\'s happening today," Zelenskyy said.'],
        ['b', 'He urged a firm response, saying, "I think the United States should pay more attention to what is happening today."'],
      ],
      together: [['a', 'b']],
    },
    {
      name: 'unrelated sentences',
      rows: [
        ['a', 'The central bank raised interest rates by half a point.'],
        ['b', 'Heavy snow closed mountain roads across the region.'],
      ],
      together: [['a'], ['b']],
    },
  ])('groups $name', ({ rows, together }) => {
    const groups = groupsOf(rows as Array<[string, string]>);
    expect(groups.map((g) => g.map((m) => m.split(':')[0]))).toEqual(together);
  });

  it('puts at most one sentence of a source in a claim', () => {
    const groups = groupsOf([
      ['a', 'Police arrested three men after the robbery.'],
      ['a', 'Police arrested three men after the robbery on Monday.'],
      ['b', 'Police arrested three men after the robbery.'],
    ]);
    for (const g of groups) {
      const sources = g.map((m) => m.split(':')[0]);
      expect(new Set(sources).size).toBe(sources.length);
    }
    expect(groups.flat()).toHaveLength(3);
  });

  it('does not chain unrelated sentences through a long one', () => {
    const groups = groupsOf([
      ['a', 'The minister resigned on Friday after the budget vote, and protesters gathered outside parliament.'],
      ['b', 'The minister resigned on Friday after the budget vote.'],
      ['c', 'Protesters gathered outside parliament in the evening rain.'],
    ]);
    const withB = groups.find((g) => g.some((m) => m.startsWith('b:')))!;
    const withC = groups.find((g) => g.some((m) => m.startsWith('c:')))!;
    expect(withB).not.toBe(withC);
  });

  it('keeps both halves of a claim one source splits over two sentences', () => {
    const groups = groupsOf([
      ['a', 'The museum reopened on Saturday after a two-year renovation, and more than 5,000 visitors came on the first day.'],
      ['b', 'The museum reopened on Saturday after a two-year renovation.'],
      ['b', 'More than 5,000 visitors came on the first day.'],
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(3);
  });

  it('does not attach a lone sentence that is not next to its source\'s sentence in the claim', () => {
    const groups = groupsOf([
      ['a', 'The museum reopened on Saturday after a two-year renovation, and more than 5,000 visitors came on the first day.'],
      ['b', 'The museum reopened on Saturday after a two-year renovation.'],
      ['b', 'Tickets cost 15 euros.'],
      ['b', 'More than 5,000 visitors came on the first day.'],
    ]);
    expect(groups.find((g) => g.some((m) => m.includes('More than 5,000')))).toHaveLength(1);
  });

  it('accounts for every sentence exactly once', () => {
    const rows: Array<[string, string]> = [
      ['a', 'One.'], ['a', 'Police said the fire started in the kitchen.'], ['b', 'The fire started in the kitchen, police said.'],
      ['c', ''], ['c', 'Nothing else.'],
    ];
    const input = normalize(sentences(rows));
    const all = align(input).groups.flat().sort((x, y) => x - y);
    expect(all).toEqual(input.map((_, i) => i));
  });
});
