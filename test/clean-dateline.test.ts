import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';
import { segment, splitSentences } from '../src/segment/index.js';

/**
 * A dateline is not a claim: it stays with the paragraph it opens, or, alone on its line, is dropped with
 * the reason 'dateline'. It is never a sentence of its own (it would align across outlets as a "claim").
 */

describe('segment: a dateline stays with its paragraph', () => {
  it.each([
    ['DAYTON, Ohio (AP) — Two people were hurt in a fire at a bakery on Friday.'],
    ['GREEN BAY, Wis. -- A bridge was closed after a barge struck it.'],
    ['SANTA FE, N.M. – The museum reopened on Monday.'],
    ['ST. CLOUD, Minn. — Snow closed the schools for a second day.'],
    ['WASHINGTON, D.C. — The hearing was postponed until March.'],
    ['BOULDER, Colo. The council voted 5-2 to ban the sale.'],
    ['Green Bay, Wis. — A bridge was closed after a barge struck it.'],
    ['Santa Fe, N.M. (Reuters) - The museum reopened on Monday.'],
  ])('%s', (text) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
  });

  it.each([
    ['She moved to Green Bay, Wis. The bridge closed a week later.', ['She moved to Green Bay, Wis.', 'The bridge closed a week later.']],
    ['Thank you, Sir. The hearing is over.', ['Thank you, Sir.', 'The hearing is over.']],
    ['It was over. — Jane Roe (@janeroe) May 1, 2024', ['It was over.', '— Jane Roe (@janeroe) May 1, 2024']],
  ])('still splits %s', (text, sentences) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(sentences);
  });
});

describe('clean + segment: no dateline becomes a sentence', () => {
  const cleanAndSegment = (lines: string[]) => {
    const cleaned = clean({ id: 'a', path: 'a.txt', text: lines.join('\n\n') });
    return { cleaned, sentences: segment(cleaned).map((s) => s.text) };
  };

  it('keeps a dateline glued to the first paragraph inside that paragraph sentence', () => {
    const { sentences } = cleanAndSegment([
      'Barge hits bridge in Wisconsin',
      'GREEN BAY, Wis. (AP) — A bridge was closed on Sunday after a barge struck one of its piers, officials said.',
      'No one was hurt, the coast guard said.',
    ]);
    expect(sentences[0]).toMatch(/^GREEN BAY, Wis\. \(AP\) — A bridge was closed/);
    expect(sentences).not.toContain('GREEN BAY, Wis.');
  });

  it.each([
    ['above the article', 1],
    ['inside the article', 3],
  ])('drops a dateline alone on its line %s with the reason dateline', (_where, position) => {
    const lines = [
      'Barge hits bridge in Wisconsin',
      'A bridge was closed on Sunday after a barge struck one of its piers, officials said.',
      'No one was hurt, the coast guard said in a statement on Sunday evening.',
      'The bridge carries about 20,000 cars a day, the city said.',
    ];
    lines.splice(position, 0, 'GREEN BAY, Wis.');
    const { cleaned, sentences } = cleanAndSegment(lines);
    expect(cleaned.removed).toEqual([{ line: 2 * position + 1, text: 'GREEN BAY, Wis.', reason: 'dateline' }]);
    expect(sentences).not.toContain('GREEN BAY, Wis.');
  });
});
