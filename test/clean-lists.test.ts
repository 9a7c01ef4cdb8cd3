import { describe, expect, it } from 'vitest';
import { clean, cleanSources } from '../src/clean/index.js';
import type { CleanedSource, Source } from '../src/types.js';

/**
 * A list whose lead-in is an article sentence is article (issue 20): items with markers under any open ending, plain
 * short lines under a colon. Every text here is made up for the test.
 */

const source = (id: string, lines: string[]): Source => ({ id, path: `${id}.txt`, text: lines.join('\n\n') });
/** The 1-based line of the i-th paragraph (0-based) in a text made by `source`. */
const lineOf = (paragraph: number): number => 2 * paragraph + 1;
const keptParagraphs = (result: CleanedSource, count: number): boolean[] =>
  Array.from({ length: count }, (_, p) => result.kept.some((k) => k.line === lineOf(p)));

const HEADLINE = 'Museum reopens after flood repairs in Dunmore';
const OPENING = 'The Dunmore museum reopened on Saturday after eight months of repairs to flood damage, its director said.';
const CLOSING = 'The museum will be open every day except Monday, the director said.';

describe('lists under an article sentence', () => {
  it.each([
    ['marked items under a colon', 'Staff listed what the water ruined:', ['- 14 paintings', '- 2 display cases', '- the archive room floor']],
    ['marked items under a dash', 'The repairs cost more than planned, including -', ['• new wiring', '• a pump room', '• two doors']],
    ['plain items under a colon', 'The paintings lost were by these artists:', ['Anna Roe 1921', 'Piet Maas 1930', 'Lena Vos 1944']],
  ])('keeps %s', (_, lead, items) => {
    const result = clean(source('a', [HEADLINE, OPENING, lead, ...items, CLOSING]));
    expect(keptParagraphs(result, items.length + 3).slice(1)).toEqual(new Array(items.length + 2).fill(true));
  });

  it('does not take plain lines under a lead-in a rule removes for its words for the article\'s', () => {
    const lines = [HEADLINE, OPENING, CLOSING, 'Follow us on social media for more news:', 'Facebook page', 'Twitter feed'];
    const result = clean(source('a', lines));
    expect(keptParagraphs(result, lines.length).slice(3)).toEqual([false, false, false]);
  });

  it('still removes titles of other stories in a plain list under a colon when no other source shares their words', () => {
    const other = (id: string) =>
      source(id, ['Dunmore museum open again', 'The flooded museum in Dunmore reopened on Saturday after repairs, the director said.']);
    const titles = ['Council approves new parking garage downtown', 'Local bakery wins national bread award'];
    const lines = [HEADLINE, OPENING, CLOSING, 'Here is what else happened in the county this week:', ...titles];
    const [result] = cleanSources([source('a', lines), other('b'), other('c')]);
    const removed = new Set(result!.removed.map((r) => r.line));
    expect([4, 5].map((p) => removed.has(lineOf(p)))).toEqual([true, true]);
  });
});
