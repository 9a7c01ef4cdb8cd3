import { describe, expect, it } from 'vitest';
import { compare } from '../src/pipeline.js';

/** Three short articles about one shooting; `c` words the injured count its own way, or not at all. */
function reportWith(c: string) {
  const source = (id: string, text: string) => ({ id, path: `${id}.txt`, text });
  return compare([
    source('a', 'One person is dead and four others were injured in the shooting on Volunteer Parkway.\n\nPolice closed the road for hours.'),
    source('b', 'One person died and four others were injured in the shooting on Volunteer Parkway.\n\nThe road reopened in the afternoon.'),
    source('c', c),
  ]);
}

describe('missing facts: only a source that gives the value nowhere leaves it out', () => {
  it.each([
    {
      name: 'the count in other words in the same sentence',
      text: 'One person has died and four others including a police officer were injured in the shooting on Volunteer Parkway.',
    },
    {
      name: 'the count in another sentence',
      text: 'One person died in the shooting on Volunteer Parkway.\n\nThe four people who were injured were taken to the regional hospital.',
    },
  ])('no gap for a source that states it: $name', ({ text }) => {
    const report = reportWith(text);
    const gaps = report.claims.flatMap((claim) => claim.missingFacts.filter((gap) => gap.omittedBy.includes('c')));
    expect(gaps.filter((gap) => gap.statedBy.some((s) => s.value === 4))).toEqual([]);
  });

  it('a gap, in plain words, for a source that gives no injured count at all', () => {
    const report = reportWith('One person died and others were injured in the shooting on Volunteer Parkway.');
    const gaps = report.claims.flatMap((claim) => claim.missingFacts.filter((gap) => gap.omittedBy.includes('c')));
    expect(gaps.map((gap) => gap.label)).toContain('people injured');
  });
});
