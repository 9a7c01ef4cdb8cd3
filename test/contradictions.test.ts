import { describe, expect, it } from 'vitest';
import { findContradictions } from '../src/compare/contradictions.js';
import { compareFrames, type PlacedFact } from '../src/compare/facts.js';
import { articleScopes, extractFacts, frameFacts, parseSentence } from '../src/extract/index.js';
import { compareTypedFacts, readTypedFacts, withoutReplacedFrames } from '../src/facts/index.js';
import type { Claim, Contradiction } from '../src/types.js';

/** A claim made of one sentence per source (a, b, c, ...), with the facts the extract stage finds. */
function claimOf(texts: readonly string[]): Claim {
  const sentences = texts.map((text, i) => ({ source: String.fromCharCode(97 + i), line: 1, text, index: 0, position: 0 }));
  return {
    id: 'c1',
    sources: sentences.map((s) => s.source),
    omittedBy: [],
    coverage: 'all',
    sentences,
    facts: sentences.flatMap((s) => extractFacts(s).map((f) => ({ ...f, line: s.line }))),
    missingFacts: [],
    cohesion: 1,
  };
}

/**
 * What the compare stage reports for one sentence per source: facts compared across the run by frame, and the
 * claim-level rules (weekdays, names) on the claim the sentences make together.
 */
function contradictionsOf(texts: readonly string[]): Contradiction[] {
  // Past the lead (index 4): a place named only here is this sentence's own, not the story's.
  const sentences = texts.map((text, i) => ({ source: String.fromCharCode(97 + i), line: 1, text, index: 4 }));
  const parsed = sentences.map((s) => parseSentence(s.text));
  const scoped = articleScopes(
    sentences,
    sentences.map((s, i) => frameFacts(extractFacts(s, {}, parsed[i]).map((f) => ({ ...f, line: s.line, sentence: s.index })), parsed[i]!)),
  );
  // The fact layer's typed facts (dates, weights, ...), compared by its engine, as the pipeline does.
  const typed = sentences.map((sentence, i) => readTypedFacts({ sentence, parsed: parsed[i]!, mentions: scoped[i]! }));
  const framed = scoped.map((list, i) => withoutReplacedFrames(list, typed[i]!));
  const placed: PlacedFact[] = sentences.flatMap((sentence, i) =>
    framed[i]!.filter((f): f is PlacedFact['fact'] => f.frame !== undefined).map((fact) => ({ fact, sentence, claim: 'c1' })),
  );
  return [
    ...compareFrames(placed, framed.flat()).contradictions,
    ...compareTypedFacts(typed.flat(), () => 'c1').contradictions,
    ...findContradictions([claimOf(texts)]),
  ];
}

describe('contradiction rules', () => {
  it.each([
    {
      name: 'the same weekday in other words',
      texts: ['Zelensky revealed on Tuesday that Chinese nationals had been captured.', 'Zelenskyy said on Tuesday that forces had captured two Chinese men.'],
    },
    {
      name: 'weekdays of different events (different verbs)',
      texts: ['The United States on Tuesday expressed concern about the reports.', 'Zelensky said on Monday that two men had been captured.'],
    },
    {
      name: 'different counts of different actions ("captured two" / "engaged six")',
      texts: ['Ukrainian forces captured two Chinese fighters.', 'Ukrainian forces engaged six Chinese fighters in total.'],
    },
    {
      name: 'days of two updates of a running total ("said on Sunday" / "has risen to ..., said on Monday")',
      texts: ['The council said on Sunday evening that about 300 homes had been flooded.', 'The number of homes flooded has risen to 320, the council said on Monday.'],
    },
    {
      name: 'passengers and all those aboard (the crew is aboard too)',
      texts: ['The ferry was carrying 212 passengers when it capsized.', 'The ferry capsized with 231 people on board.'],
    },
    {
      name: 'a difference of precision ("about 11,000" / "more than 10,000")',
      texts: ['Pyongyang deployed about 11,000 soldiers to Kursk.', 'Pyongyang deployed more than 10,000 soldiers to Kursk.'],
    },
    {
      name: 'a range and a number inside it',
      texts: ['The earthquake killed at least 20 people.', 'The earthquake killed 24 people.'],
    },
    {
      name: 'counts of different things',
      texts: ['The quake killed 24 people.', 'The quake destroyed 24 houses and killed people.'],
    },
    {
      name: 'roles of two kinds for one person (a student who was the victim)',
      texts: ['Kiran Patel, a student at the college, was shot outside the library.', 'The victim, Kiran Patel, was shot outside the library.'],
    },
    {
      name: 'two different spokesmen in one claim (people\'s titles are no role)',
      texts: ['Spokesman John Smith said the talks failed.', 'Spokesman Peter Jones said the talks failed.'],
    },
    {
      name: 'a bound and the figure at the bound ("more than 40" / "40")',
      texts: ['Doctors said more than 40 people died in the strike.', 'The strike left 40 people dead, doctors said.'],
    },
    {
      name: 'a vague class and a figure ("several" / "two")',
      texts: ['Several bombs fell inside the camp.', 'Two bombs fell inside the camp.'],
    },
    {
      name: 'a town inside the region the other counts ("10 houses in Takengon" / "300 houses in Aceh")',
      texts: ['The quake damaged more than 300 houses in Aceh.', 'The quake damaged 10 houses in Takengon.'],
    },
    {
      name: 'a running total against one day\'s figure',
      texts: [
        'Five Israeli soldiers lost their lives on Wednesday, four from friendly fire, bringing to 10 the number of Israelis killed.',
        'Israel has so far lost seven soldiers in the conflict.',
      ],
    },
    {
      name: 'a percentage and a count',
      texts: ['Russia has captured 20% of Ukraine\'s territory.', 'Russia has captured 20 villages of Ukraine\'s territory.'],
    },
    {
      name: 'a part against the whole ("12 Somali and 11 Yemeni" / "the 23 pirates")',
      texts: ['Commandos arrested 12 Somali and 11 Yemeni pirates.', 'The arrest of the 23 pirates (12 Somali and 11 Yemeni) was the largest.'],
    },
    {
      name: '"seven AK-47s and three other rifles" against ten rifles in all',
      texts: ['Police seized seven AK-47s and three other automatic rifles.', 'Police seized ten automatic rifles.'],
    },
    {
      name: 'the ages of two people',
      texts: ['Police said Eric Kirkpatrick, 61, opened fire, killing Benjamin Banky.', 'The victim was Benjamin Banky, 40, the broadcaster reported.'],
    },
    {
      name: 'another city\'s toll in the same sentence',
      texts: [
        'A quake killed more than 31,000 in the city of Bam in 2003, and 600 were killed in the city of Zarand in February.',
        'In February, a quake hit the town of Zarand, killing 612 people.',
      ],
    },
    {
      name: 'a rounded figure ("600" / "612")',
      texts: ['The quake killed 600 people in Zarand.', 'The quake killed 612 people in Zarand.'],
    },
    {
      name: 'a depth against a distance',
      texts: ['The quake struck at a depth of 10 kilometres.', 'The quake struck roughly 55 kilometres from the town of Bireuen.'],
    },
    {
      name: 'distance against wind speed',
      texts: ['The ferry sank about two kilometres from the harbour.', 'Winds gusted to 90 kilometres an hour near the harbour.'],
    },
    {
      name: 'a source that gives no number',
      texts: ['Chinese citizens were captured in Donetsk.', 'Two Chinese citizens were captured in Donetsk.'],
    },
    {
      name: 'one depth in miles and in kilometres ("six miles" / "10 km")',
      texts: ['The quake struck at a depth of just six miles.', 'The quake struck at a depth of 10 kilometres.'],
    },
    {
      name: 'sums converted in brackets at different rates',
      texts: ['Ministers agreed a €110 billion ($143 billion) rescue loan, stolen from nobody.', 'Ministers agreed a €110 billion ($158 billion) rescue loan, stolen from nobody.'],
    },
    {
      name: 'figures of two quakes on different days',
      texts: ['A 5.6 quake struck the island on Sunday, injuring five people.', "Monday's 5.2 quake injured three people on the island, officials said on Monday."],
    },
    {
      name: 'an earlier year\'s toll against this event\'s',
      texts: ['In 2004, a tsunami killed 230,000 people.', 'The quake killed 24 people.'],
    },
    {
      name: 'a hospital\'s count of the treated against the injured',
      texts: ['About 300 people were injured.', 'The regional hospital treated 85 people.'],
    },
    {
      name: 'two bearings that share a direction ("west" / "south-west")',
      texts: ['The epicentre was about 58 km west of Bandar Abbas.', 'The epicentre was 35 miles south-west of Bandar Abbas.'],
    },
    {
      name: 'an addition against a total ("another five" / "20 people")',
      texts: ['Firefighters rescued another five people from the roof.', 'Firefighters rescued 20 people from the building.'],
    },
    {
      name: 'a count inside an enclosure against the whole',
      texts: ['Six shells were fired and two landed inside the compound.', 'Six shells hit the area around the town.'],
    },
    {
      name: 'a class word against a figure ("dozens" / 40)',
      texts: ['Dozens of gunmen stormed the town.', 'Forty gunmen stormed the town.'],
    },
    {
      name: 'the badly hurt against all the injured',
      texts: ['Doctors said about 12 people were critically injured.', 'Officials said 40 people were injured.'],
    },
    {
      name: 'running totals of two sides of a war',
      texts: ['More than 600 Georgians have been killed so far.', 'Nine Chileans have been killed in the war.'],
    },
    {
      name: 'another event, turned to with "elsewhere"',
      texts: ['The blast killed 40 people.', 'Elsewhere, at least 12 people were killed in a strike.'],
    },
    {
      name: 'directions of two different places from one city',
      texts: ['The storm hit Pella, about 30 miles east of Veld.', 'The storm began in Marno County, located northwest of Veld.'],
    },
  ])('finds none for $name', ({ texts }) => {
    expect(contradictionsOf(texts)).toEqual([]);
  });

  it.each([
    {
      name: 'Monday against Tuesday for the same announcement',
      texts: ['Zelensky shared on Monday footage of two Chinese citizens captured.', 'Zelensky revealed on Tuesday that Chinese nationals had been captured.'],
      kind: 'weekday',
      values: ['monday', 'tuesday'],
    },
    {
      name: 'two running totals of one side',
      texts: ['The fighting brought to 10 the number of Chileans who have been killed.', 'Nine Chileans have been killed in the war.'],
      kind: 'number',
      values: [10, 9],
    },
    {
      name: 'a figure one outlet leaves open ("two or three" / "three")',
      texts: ['Two or three gunmen opened fire on the crowd.', 'Three attackers opened fire on the crowd.'],
      kind: 'number',
      values: ['2..3', 3],
    },
    {
      name: 'two additions to a count',
      texts: ['Around 30 more people were led to safety.', 'Firefighters rescued another six people.'],
      kind: 'number',
      values: ['~30', 6],
    },
    {
      name: 'a whole stated in parts against a total',
      texts: ['Police seized seven AK-47s, three other rifles and a launcher.', 'Police seized nine rifles and a launcher.'],
      kind: 'number',
      values: [10, 9],
    },
    {
      name: 'two death tolls',
      texts: ['The earthquake killed 24 people in Aceh.', 'The earthquake killed 26 people in Aceh.'],
      kind: 'number',
      values: [24, 26],
    },
    {
      name: 'a toll outside the other\'s range',
      texts: ['More than 50 people died in the fire.', 'The fire killed 40 people.'],
      kind: 'number',
      values: ['>50', 40],
    },
    {
      name: 'no casualties against two killed',
      texts: ['There were no casualties, the port authority said.', 'Two people were killed, the port authority said.'],
      kind: 'number',
      values: [0, 2],
    },
    {
      name: 'no one hurt against twelve injured',
      texts: ['No one was hurt in the fire.', 'Twelve people were injured in the fire.'],
      kind: 'number',
      values: [0, 12],
    },
    {
      name: 'two tolls for the same place',
      texts: ['The quake killed 24 people in Aceh.', 'The quake killed 30 people in Aceh province.'],
      kind: 'number',
      values: [24, 30],
    },
    {
      name: 'the same person\'s age',
      texts: ['Police said Eric Kirkpatrick, 61, opened fire.', 'Eric Kirkpatrick, 62, was charged.'],
      kind: 'number',
      values: [61, 62],
    },
    {
      name: 'five bombs dropped against four, where the first also says four exploded',
      texts: ['Five bombs were dropped, of which four exploded, they told our correspondent.', 'Four bombs were dropped within moments.'],
      kind: 'number',
      values: [5, 4],
    },
    {
      name: 'two magnitudes of one quake',
      texts: ['The 6.1-magnitude quake struck Qeshm island.', 'The 5.9-magnitude quake struck Qeshm island.'],
      kind: 'number',
      values: [6.1, 5.9],
    },
    {
      name: 'two names for one ferry',
      texts: ['The ferry Northern Light capsized off Corran.', 'The passenger ferry Northern Star capsized off Corran.'],
      kind: 'name',
      values: ['northern light', 'northern star'],
    },
    {
      name: 'a ship\'s position east and west of a named port',
      texts: ['The ship was attacked 80 miles east of Aden.', 'The ship was attacked west of Aden, the navy said.'],
      kind: 'direction',
      values: ['east', 'west'],
    },
    {
      name: 'two depths, and a third that converts one of them (left out of the dispute)',
      texts: ['The quake struck at a depth of 60 km, the survey said.', 'The quake struck at a depth of 35 km, officials said.', 'The quake struck at a depth of 22 miles.'],
      kind: 'number',
      values: [60, 35],
    },
    {
      name: 'two distances in one unit, read as written ("20 miles" / "17 miles")',
      texts: ['The tanker ran aground 20 miles from Varna.', 'The tanker ran aground 17 miles from Varna on Friday.'],
      kind: 'number',
      values: [17, 20],
    },
    {
      name: 'one person\'s two roles',
      texts: ['Kiran Patel, manager of the motel, said the clerk was shot.', 'Days Inn owner Kiran Patel said the clerk was shot.'],
      kind: 'role',
      values: ['manager', 'owner'],
    },
    {
      name: 'three injured, with an officer inserted, against four',
      texts: ['One woman died and three others, including one police officer, were injured.', 'One person is dead and four others are injured.'],
      kind: 'number',
      values: [3, 4],
    },
    {
      name: 'one source of three against the other two',
      texts: ['Police said on Friday that the suspect escaped.', 'Police said on Thursday that the suspect escaped.', 'Police said on Friday the suspect had escaped.'],
      kind: 'weekday',
      values: ['friday', 'thursday', 'friday'],
    },
  ])('finds $kind for $name', ({ texts, kind, values }) => {
    const found = contradictionsOf(texts);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe(kind);
    expect(found[0]!.strength).toMatch(/^(conflict|possible)$/);
    expect(found[0]!.reason).toBeTruthy();
    expect(found[0]!.values.map((v) => v.value)).toEqual(values);
    for (const v of found[0]!.values) {
      expect(v.text.slice(v.span[0], v.span[1])).toBe(v.words);
    }
  });

  it.each([
    { texts: ['The frigate was replaced in late November.', 'The frigate was replaced early in December.'], strength: 'possible' },
    { texts: ['The frigate sank the trawler on November 18.', 'The frigate sank the trawler on November 19.'], strength: 'conflict' },
  ])('gives dates of one step a strength by their precision: $texts.0 / $texts.1', ({ texts, strength }) => {
    const found = contradictionsOf(texts);
    expect(found.map((c) => [c.frame?.measure, c.strength])).toEqual([['date', strength]]);
  });

  it('holds a dispute between exact additions as possible: they may add to different counts', () => {
    const [found] = contradictionsOf(['Another two people died in hospital.', 'Four other people died in hospital.']);
    expect(found?.values.map((v) => v.value)).toEqual([2, 4]);
    expect(found?.strength).toBe('possible');
    expect(found?.reason).toMatch(/additions/);
  });

  it('does not look inside a claim only one source states', () => {
    const claim = claimOf(['It happened on Monday, or on Tuesday, he said.']);
    expect(findContradictions([{ ...claim, sources: ['a'] }])).toEqual([]);
  });

  it.each([
    { name: 'exact figures', texts: ['The fire killed 24 people.', 'The fire killed 26 people.'], strength: 'conflict' },
    { name: 'a bound against a figure outside it', texts: ['At least 43 people were killed.', 'The strike killed 40 people.'], strength: 'possible' },
  ])('says how sure it is: $strength for $name', ({ texts, strength }) => {
    const [found] = contradictionsOf(texts);
    expect(found?.strength).toBe(strength);
    expect(found?.frame?.label).toBe('people killed');
  });
});
