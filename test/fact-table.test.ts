import { describe, expect, it } from 'vitest';
import { compare } from '../src/pipeline.js';

const source = (id: string, text: string) => ({ id, path: `${id}.txt`, text });

describe('the fact table', () => {
  const report = compare([
    source('a', 'A gunman shot dead two people in Marrow on Monday.\n\nThe suspect, Carl Mertz, 41, weighs 170 pounds.\n\nFans recall that his old club, coached by Ray Dunn, lost six games in a row in the spring before the owner sold it to a bank.'),
    source('b', 'Two people were killed in a shooting in Marrow on Tuesday.\n\nCarl Mertz, 41, was arrested.\n\nMertz weighs 185 pounds, police said.\n\nThe team lost 23 games that year.'),
  ]);

  it('puts the rows in dispute first, whichever engine asked them', () => {
    const disputed = report.factTable.map((row) => row.strength !== undefined);
    expect(disputed[0]).toBe(true);
    expect(disputed.indexOf(false)).toBeGreaterThan(disputed.lastIndexOf(true));
  });

  it('gives an age one row whatever day each article dates the event to', () => {
    const ages = report.factTable.filter((row) => row.frame.measure === 'age');
    expect(ages).toHaveLength(1);
    expect(ages[0]!.context).toBeUndefined();
  });

  it('asks one question once: an age the death sentence gives is the age at death, not also a row of its own', () => {
    const deaths = compare([source('a', 'Ines Marlow, 88, died on Sunday.'), source('b', 'Ines Marlow, 86, died on Sunday.')]);
    expect(deaths.factTable.map((row) => row.frame.label)).toEqual(['age at death of Ines Marlow']);
    expect(deaths.contradictions).toHaveLength(1);
  });

  it('sets no counts of things of no class side by side across claims', () => {
    expect(report.factTable.filter((row) => row.frame.key.startsWith('count|game|'))).toEqual([]);
  });

  it('keeps a figure in its own time frame when its sentence opens with another', () => {
    const quakes = compare([
      source('a', 'A quake killed 31,000 people in Arva in 2003, and 600 were killed in Belo in February in a quake with a magnitude of 6.4.'),
      source('b', 'In December 2003, the city of Arva was razed by a 6.7 degree quake that left 31,000 people dead.'),
    ]);
    expect(quakes.contradictions.filter((c) => c.frame?.measure === 'magnitude')).toEqual([]);
  });

  it.each([
    ['The quake struck 35 miles southwest of Dunmore.', '35 miles'],
    ['The quake struck about 58km southwest of Dunmore.', 'about 58km'],
    ['The quake struck 1,150 kilometres southwest of Dunmore.', '1,150 kilometers'],
  ])('shows a distance with its unit: "%s" as %s', (text, words) => {
    const distances = compare([source('a', text), source('b', 'Officials said the quake struck 40 miles southwest of Dunmore.')]).factTable.filter((row) => row.frame.measure === 'distance');
    expect(distances[0]?.values.find((v) => v.source === 'a')?.words).toBe(words);
  });

  it('reads a figure written in two units as one answer, so another outlet\'s figure is still in dispute', () => {
    const run = compare([
      source('a', 'Dunmore, located 1,150 kilometers (700 miles) south of Tehran, was hit hardest.'),
      source('b', 'Dunmore lies 1,500 kilometers south of Tehran.'),
    ]);
    const distance = run.factTable.find((row) => row.frame.measure === 'distance');
    expect(distance?.strength).toBe('conflict');
  });
});
