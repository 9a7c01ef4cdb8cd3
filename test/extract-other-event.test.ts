import { describe, expect, it } from 'vitest';
import { aboutOtherEvent } from '../src/extract/other-event.js';

/** Whether the figure (the marked words) of a sentence is read as another incident's. */
function other(sentence: string, words: string): boolean {
  const at = sentence.indexOf(words);
  return aboutOtherEvent(sentence, [at, at + words.length]);
}

describe('figures of another incident', () => {
  it.each([
    ['Earlier this year, a gunman killed three people at a school in Ohio.', 'three', true],
    ['The attack came just weeks after a driver shot eight workers at a depot.', 'eight', true],
    ['It came just days after five officers were shot dead in another city.', 'five', true],
    ['In a similar shooting last summer, four people died.', 'four', true],
    ['Two years ago a flood in the valley killed 12.', '12', true],
    ['Two days after the quake, rescuers found 40 more bodies.', '40', false],
    ['Hours after his arrest, police said two guns were found.', 'two', false],
    ['Three people were killed in the blast on Monday.', 'Three', false],
    ['The gunman killed three people before police arrived, weeks after a similar threat.', 'three', false],
    // A sentence that doubts its tie to the story, before or after the figure.
    ['Two men were shot near the station, though it is unclear if that is the same shooting.', 'Two', true],
    ['Police did not say whether the three deaths were related to the fire.', 'three', true],
    ['A fourth man, who may be linked to the robbery, was held.', 'fourth', true],
    ['It is unclear why the four men were at the house.', 'four', false],
  ])('%s (%s): %s', (sentence, words, expected) => {
    expect(other(sentence, words)).toBe(expected);
  });
});
