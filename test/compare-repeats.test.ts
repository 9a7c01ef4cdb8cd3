/** One dispute, one report: a claim rule that sees the same words a fact measure compared says nothing more. */
import { describe, expect, it } from 'vitest';
import { withoutRepeats } from '../src/compare/contradictions.js';
import { compare } from '../src/pipeline.js';
import type { Contradiction } from '../src/types.js';

const run = (texts: readonly string[]) => compare(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), path: `${i}.txt`, text })));

describe('one dispute, one report', () => {
  it('reports a direction once, not again as a word of one kind', () => {
    const report = run(['The epicentre was 30 km north of Varna, the agency said.\nMore follows.', 'The epicentre was 30 km south of Varna, the agency said.\nMore follows.']);
    expect(report.contradictions).toHaveLength(1);
  });

  const value = (source: string, span: [number, number]) => ({ source, value: 'x', line: 1, claim: 'c1', text: 't', span, words: 'w' });
  const dispute = (kind: Contradiction['kind'], spans: Array<[string, [number, number]]>): Contradiction => ({ claim: 'c1', kind, values: spans.map(([s, sp]) => value(s, sp)) });

  it.each([
    { why: 'the same words of both sources', later: dispute('term', [['a', [10, 14]], ['b', [10, 14]]]), kept: 1 },
    { why: 'other words of the same sentences', later: dispute('weekday', [['a', [30, 36]], ['b', [30, 37]]]), kept: 2 },
    { why: 'a third source the first did not name', later: dispute('term', [['a', [10, 14]], ['c', [10, 14]]]), kept: 2 },
  ])('$why', ({ later, kept }) => {
    const first = dispute('number', [['a', [8, 16]], ['b', [8, 16]]]);
    expect(withoutRepeats([first, later])).toHaveLength(kept);
  });
});
