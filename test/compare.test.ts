import { describe, expect, it } from 'vitest';
import type { Alignment } from '../src/align/index.js';
import { buildClaims, movedBetween } from '../src/compare/claims.js';
import { coverageOf } from '../src/compare/coverage.js';
import { findMissingFacts } from '../src/compare/missing-facts.js';
import { extractFacts } from '../src/extract/index.js';
import { summarizeSources } from '../src/compare/summaries.js';
import type { CleanedSource, NormalizedSentence } from '../src/types.js';

const SOURCES = ['a', 'b', 'c'];

function sentence(source: string, index: number): NormalizedSentence {
  return { source, index, line: index + 1, text: `${source}${index}`, terms: [], termWeights: [] };
}

/** Sentences a0..a3, b0..b2, c0..c1 and an alignment over them given as groups of "a0"-style names. */
function setup(groups: string[][]) {
  const sentences = [0, 1, 2, 3].map((i) => sentence('a', i)).concat([0, 1, 2].map((i) => sentence('b', i)), [0, 1].map((i) => sentence('c', i)));
  const at = (name: string) => sentences.findIndex((s) => s.text === name);
  const alignment: Alignment = { groups: groups.map((g) => g.map(at)), cohesion: () => 0.5 };
  const counts = new Map([['a', 4], ['b', 3], ['c', 2]]);
  return { sentences, alignment, counts };
}

describe('buildClaims', () => {
  it.each([
    {
      name: 'widest claims first, then by position in the story',
      groups: [['a3'], ['a1', 'b2'], ['a0', 'b0', 'c0'], ['a2', 'b1', 'c1']],
      order: ['a0 b0 c0', 'a2 b1 c1', 'a1 b2', 'a3'],
    },
    {
      name: 'ties broken by source, then sentence',
      groups: [['b0'], ['a0'], ['c0']],
      order: ['a0', 'b0', 'c0'],
    },
  ])('orders claims: $name', ({ groups, order }) => {
    const { sentences, alignment, counts } = setup(groups);
    const claims = buildClaims(sentences, alignment, SOURCES, counts);
    expect(claims.map((c) => c.sentences.map((s) => s.text).join(' '))).toEqual(order);
    expect(claims.map((c) => c.id)).toEqual(order.map((_, i) => `c${i + 1}`));
  });

  it.each([
    { group: ['a0', 'b0', 'c0'], sources: ['a', 'b', 'c'], omittedBy: [] },
    { group: ['c1', 'a1'], sources: ['a', 'c'], omittedBy: ['b'] },
    { group: ['b2'], sources: ['b'], omittedBy: ['a', 'c'] },
  ])('splits all sources into sources and omittedBy for $group', ({ group, sources, omittedBy }) => {
    const { sentences, alignment, counts } = setup([group]);
    const [claim] = buildClaims(sentences, alignment, SOURCES, counts);
    expect(claim!.sources).toEqual(sources);
    expect(claim!.omittedBy).toEqual(omittedBy);
    expect(claim!.sentences.map((s) => s.source)).toEqual(sources);
  });
});

describe('movedBetween', () => {
  const at = (source: string, position: number) => ({ source, line: 1, text: '', index: 0, position });
  it.each([
    { name: 'a lead in one outlet, the second half in another', sentences: [at('a', 0), at('b', 0.8)], moved: { lead: ['a'], late: ['b'] } },
    { name: 'both near the top', sentences: [at('a', 0), at('b', 0.1)], moved: undefined },
    { name: 'both late', sentences: [at('a', 0.6), at('b', 0.9)], moved: undefined },
    { name: 'early but not the lead against the middle', sentences: [at('a', 0.3), at('b', 0.55)], moved: undefined },
    { name: 'a source that states it twice counts where it first does', sentences: [at('a', 0.05), at('a', 0.9), at('b', 0.1)], moved: undefined },
  ])('$name', ({ sentences, moved }) => {
    expect(movedBetween(sentences)).toEqual(moved);
  });
});

describe('coverageOf', () => {
  it.each([
    [5, 5, 'all'], [4, 5, 'most'], [3, 5, 'most'], [2, 5, 'some'], [1, 5, 'one'],
    [2, 2, 'all'], [1, 2, 'one'], [2, 3, 'most'], [2, 4, 'some'], [3, 4, 'most'],
  ] as const)('%i of %i sources -> %s', (stated, total, coverage) => {
    expect(coverageOf(stated, total)).toBe(coverage);
  });
});

describe('findMissingFacts', () => {
  function claimOf(texts: readonly string[]) {
    const sentences = texts.map((text, i) => ({ source: String.fromCharCode(97 + i), line: 1, text, index: 0, position: 0 }));
    return {
      id: 'c1', sources: sentences.map((s) => s.source), omittedBy: [], coverage: 'all' as const, sentences,
      facts: sentences.flatMap((s) => extractFacts(s)), missingFacts: [], cohesion: 1,
    };
  }

  it.each([
    {
      name: 'a count most sources give',
      texts: ['Forces captured two Chinese men.', 'Two Chinese citizens were captured by forces.', 'Chinese nationals were captured by forces.'],
      missing: [{ kind: 'number', omittedBy: ['c'] }],
    },
    {
      name: 'a day most sources give',
      texts: ['Police said on Friday the suspect escaped.', 'Police said the suspect escaped.', 'The suspect escaped, police said on Friday.'],
      missing: [{ kind: 'weekday', omittedBy: ['b'] }],
    },
    {
      name: 'nothing when every source gives the fact',
      texts: ['Forces captured two men.', 'Two men were captured by forces.'],
      missing: [],
    },
    {
      name: 'nothing for a detail only one source mentions in passing',
      texts: ['Forces captured the men in the three-year-old war.', 'The men were captured by forces.', 'Forces captured the men.'],
      missing: [],
    },
  ])('$name', ({ texts, missing }) => {
    const found = findMissingFacts(claimOf(texts));
    expect(found.map((m) => ({ kind: m.kind, omittedBy: m.omittedBy }))).toEqual(missing);
  });
});

describe('summarizeSources', () => {
  it('counts claims at most half the sources state as additions, and the rest as omissions of those lacking them', () => {
    const { sentences, alignment, counts } = setup([['a0', 'b0', 'c0'], ['a1', 'b1'], ['a2'], ['b2'], ['a3']]);
    const claims = buildClaims(sentences, alignment, SOURCES, counts);
    const cleaned: CleanedSource[] = SOURCES.map((id) => ({ source: { id, path: `${id}.txt`, text: '' }, kept: [], removed: [] }));
    const summaries = summarizeSources(cleaned, claims, counts);
    // a0 b0 c0: all; a1 b1: most (2 of 3), omitted by c; a2, b2, a3: one each.
    expect(summaries.map((s) => [s.id, s.sentences, s.adds, s.omits])).toEqual([
      ['a', 4, 2, 0],
      ['b', 3, 1, 0],
      ['c', 2, 0, 1],
    ]);
    expect(claims.map((c) => c.coverage)).toEqual(['all', 'most', 'one', 'one', 'one']);
  });
});
