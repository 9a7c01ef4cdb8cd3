/**
 * Ages of a person the story names by role ("the victim", "the gunman"): one question across the sources, asked only
 * between sentences that state one claim, since a story may have two victims. Sentences made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../src/pipeline.js';

const ageDisputes = (...texts: string[]) =>
  compare(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), path: `${i}.txt`, text }))).contradictions.filter((c) => c.frame?.measure === 'age');

describe('ages of a story role', () => {
  it.each([
    ['The victim, 34, died at the scene on Friday.', 'The 41-year-old victim died at the scene on Friday.', ['34', '41']],
    ['Police said the gunman, 24, opened fire at the bar.', 'Police said the 25-year-old gunman opened fire at the bar.', ['24', '25']],
  ])('"%s" / "%s": in dispute', (a, b, values) => {
    const found = ageDisputes(a, b);
    expect(found).toHaveLength(1);
    expect(found[0]!.values.map((v) => v.words)).toEqual(values);
  });

  it('are not compared between sentences of different claims', () => {
    expect(
      ageDisputes(
        'A man was shot dead outside a bar in Delmar on Friday.\n\nThe victim, 34, was a father of two.',
        'A man was shot dead outside a bar in Delmar on Friday.\n\nNeighbours said the 41-year-old victim had moved to the town in May.',
      ),
    ).toEqual([]);
  });

  it('agree when the figures agree', () => {
    expect(ageDisputes('The victim, 34, died at the scene.', 'The 34-year-old victim died at the scene.')).toEqual([]);
  });
});
