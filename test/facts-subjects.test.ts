import { describe, expect, it } from 'vitest';
import { EVENT, type TypedFact } from '../src/facts/index.js';
import { resolveSubjects } from '../src/facts/subjects.js';

/** A fact about a named subject, as a measure reads it. */
function about(key: string, label: string, source: string): TypedFact {
  return {
    measure: 'record',
    subject: { id: `name:${key}`, label },
    attribute: { id: 'record', label: 'win-loss record' },
    value: { type: 'record', wins: 1, losses: 0 },
    scope: {},
    evidence: { source, sentence: 0, line: 1, text: label, span: [0, label.length], words: label },
  };
}

describe('subjects across the run', () => {
  it.each([
    {
      why: 'the spelling most facts use names the subject, not one outlet typo',
      facts: [about('klitschko', 'Klitschko', 'a'), about('klitchsko', 'Klitchsko', 'b'), about('klitschko', 'Klitschko', 'c')],
      labels: ['Klitschko', 'Klitschko', 'Klitschko'],
    },
    {
      why: 'a surname joins the fullest form of the name',
      facts: [about('roe', 'Roe', 'a'), about('robert roe', 'Robert Roe', 'b')],
      labels: ['Robert Roe', 'Robert Roe'],
    },
    {
      why: 'two people stay two',
      facts: [about('robert roe', 'Robert Roe', 'a'), about('dana vale', 'Dana Vale', 'b')],
      labels: ['Robert Roe', 'Dana Vale'],
    },
  ])('$why', ({ facts, labels }) => {
    expect(resolveSubjects(facts).map((f) => f.subject.label)).toEqual(labels);
  });

  it('leaves the event as it is', () => {
    const fact = { ...about('x', 'x', 'a'), subject: EVENT };
    expect(resolveSubjects([fact])[0]!.subject).toEqual(EVENT);
  });
});
