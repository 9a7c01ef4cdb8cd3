/**
 * Counts that relate, through `compare()`: a split of a smaller group, a count of the dead with or without a
 * perpetrator who died, against plain counts that do conflict. Sentences made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../src/pipeline.js';

/** The contradictions of one run, one article per text, as "label: value vs value" lines. */
function disputes(texts: readonly string[]): string[] {
  const sources = texts.map((text, i) => ({ id: String.fromCharCode(97 + i), path: `${i}.txt`, text }));
  return compare(sources).contradictions.map((c) => `${c.frame?.label ?? c.kind}: ${c.values.map((v) => String(v.value)).join(' vs ')}`);
}

describe('counts that relate are no dispute', () => {
  it.each([
    {
      why: 'one outlet counts the gunman among the dead, the other says he killed five and then himself',
      texts: [
        'A man shot and killed five people at two homes on Friday and then killed himself, police said.\nThe family had lived in the town for years.',
        'Six people were found dead at two homes on Friday in what police called a murder-suicide.\nThe family had lived in the town for years.',
      ],
    },
    {
      why: 'the attacker shot dead by police may or may not be counted',
      texts: [
        'Four people were killed in the market attack on Monday before the attacker was shot dead by police.\nShops stayed closed.',
        'Five people died in the market attack on Monday, including the attacker.\nShops stayed closed.',
      ],
    },
    {
      why: 'a split of the two officers one gunman shot is not all the injured',
      texts: [
        'Three officers were killed and three others were wounded in the ambush on Sunday.\nThe city mourned.',
        'The gunman shot two patrol officers near the store, killing one and wounding one, the chief said.\nThree officers were killed in the ambush on Sunday.',
      ],
    },
    {
      why: 'the group one man shot ("the two men") may be a part of the dead',
      texts: [
        'A shooting outside a tavern early Sunday left three people dead.\nThe tavern has since closed.',
        'Witnesses named Doe as the man who shot and killed the two men in the car park.\nThe tavern has since closed.',
      ],
    },
    {
      why: 'a source with two figures for the dead (two groups, or an update) is compared only where sentences align',
      texts: [
        'A gunman opened fire outside a tavern on Sunday, police said.\nTwo men were killed in the parking lot.\nThree people died in all, the chief said later.',
        'Four people were killed in a shooting at a tavern on Sunday.\nThe tavern has since closed.',
      ],
    },
    {
      why: 'the lightly hurt are a part of the injured',
      texts: [
        'The gunfight left one dead and four injured, police said.\nA juvenile was arrested.',
        'Two suffered non-life-threatening injuries and another is in critical condition.\nA juvenile was arrested.',
      ],
    },
  ])('$why', ({ texts }) => {
    expect(disputes(texts).filter((d) => /killed|injured/.test(d))).toEqual([]);
  });

  it.each([
    {
      why: 'plain counts of the dead differ',
      texts: ['Three people were killed in the fire on Monday.\nThe cause is unknown.', 'Four people were killed in the fire on Monday.\nThe cause is unknown.'],
      expected: 'people killed',
    },
    {
      why: 'a perpetrator who died explains one more or fewer, not two',
      texts: [
        'A man killed four people on Friday and then killed himself.\nNeighbours were shocked.',
        'Seven people were found dead on Friday after a murder-suicide.\nNeighbours were shocked.',
      ],
      expected: 'people killed',
    },
    {
      why: 'a source with two figures for the dead still disputes a sentence stating the same claim',
      texts: [
        'Two men were killed at the tavern on Sunday, police said.\nThree people died in all, the chief said later.',
        'Four men were killed at the tavern on Sunday, police said.\nThe tavern has since closed.',
      ],
      expected: 'people killed',
    },
    {
      why: 'sentences stating one claim that dispute its day still dispute its figures',
      texts: ['Three people were killed in the fire on Monday.\nThe mill has since closed.', 'Four people were killed in the fire on Tuesday.\nThe mill has since closed.'],
      expected: 'people killed',
    },
    {
      why: 'one more of a list ("and a third") is one injured, against two',
      texts: [
        'A driver opened fire at the depot on Monday, killing two mechanics and injuring a third.\nThe depot closed.',
        'A driver opened fire at the depot on Monday, killing two mechanics and injuring two others.\nThe depot closed.',
      ],
      expected: 'mechanics injured',
    },
    {
      why: 'the injured after "killing two and" are counted, not taken for a part of the dead',
      texts: [
        'The storm hit the valley on Sunday, killing 24 people and injuring 10.\nRoads were closed.',
        'The storm hit the valley on Sunday, killing 24 people and injuring 15.\nRoads were closed.',
      ],
      expected: 'people injured',
    },
  ])('still a dispute: $why', ({ texts, expected }) => {
    expect(disputes(texts).some((d) => d.startsWith(expected))).toBe(true);
  });
});

describe('one counted thing under two names is one question', () => {
  it.each([
    { why: 'policemen and officers', texts: ['Five policemen were killed in the ambush on Sunday.\nThe city mourned.', 'Six officers were killed in the ambush on Sunday.\nThe city mourned.'] },
    { why: 'teens and teenagers', texts: ['Police said two teens were killed in the crash.\nThe road was closed.', 'Officials said three teenagers were killed in the crash.\nThe road was closed.'] },
  ])('$why', ({ texts }) => {
    expect(disputes(texts)).toHaveLength(1);
  });

  it.each([
    { why: 'soldiers and civilians are two groups', texts: ['Five soldiers were killed in the ambush on Sunday.\nThe city mourned.', 'Six civilians were killed in the ambush on Sunday.\nThe city mourned.'] },
    { why: 'deputies and troopers are kinds of one kind, not one', texts: ['Five deputies were hurt at the scene on Monday.\nThe road closed.', 'Seven troopers were hurt at the scene on Monday.\nThe road closed.'] },
  ])('not one question: $why', ({ texts }) => {
    expect(disputes(texts)).toEqual([]);
  });
});

describe('"no casualties" against a count of the dead', () => {
  it('is a dispute of people killed, named so', () => {
    const found = disputes([
      'There were no casualties in the bombing of the camp on Thursday, aid workers said.\nThe camp holds refugees.',
      'A local official said 12 people had been killed in the bombing of the camp on Thursday.\nThe camp holds refugees.',
    ]);
    expect(found).toEqual(['people killed: 0 vs 12']);
  });
});

describe('no one at all answers for every group of people', () => {
  it.each([
    { why: 'nobody hurt, against firefighters hurt', texts: ['Nobody was hurt in the warehouse fire on Monday.\nThe cause is unknown.', 'Three firefighters were hurt in the warehouse fire on Monday.\nThe cause is unknown.'] },
    { why: 'no injuries, against children injured', texts: ['There were no injuries in the bus crash on Friday.\nThe road reopened.', 'Two children were injured in the bus crash on Friday.\nThe road reopened.'] },
  ])('a dispute: $why', ({ texts }) => {
    expect(disputes(texts)).toHaveLength(1);
  });

  it.each([
    { why: 'no suspects arrested says nothing of witnesses detained', texts: ['No suspects have been taken into custody, police said on Monday.\nThe search goes on.', 'Police detained nine witnesses on Monday.\nThe search goes on.'] },
    { why: 'no one killed says nothing of people hurt', texts: ['No one was killed in the blast on Friday.\nThe plant closed.', 'Two workers were hurt in the blast on Friday.\nThe plant closed.'] },
  ])('no dispute: $why', ({ texts }) => {
    expect(disputes(texts)).toEqual([]);
  });
});

describe('one more of a list is shown with the figure it stands for', () => {
  it.each([
    { text: 'killing two mechanics and injuring a third', words: 'a third (1)' },
    { text: 'killing two mechanics, with another wounded', words: 'another wounded (1)' },
  ])('"$text" is shown as "$words"', ({ text, words }) => {
    const sources = [
      { id: 'a', path: 'a.txt', text: `A driver opened fire at the depot on Monday, ${text}.\nThe depot closed.` },
      { id: 'b', path: 'b.txt', text: 'A driver opened fire at the depot on Monday, killing two mechanics and injuring two others.\nThe depot closed.' },
    ];
    const shown = compare(sources).contradictions.flatMap((c) => c.values.filter((v) => v.source === 'a').map((v) => v.words));
    expect(shown).toEqual([words]);
  });
});

describe('a count of people named with one more member it leaves out', () => {
  it('is not compared: the other member may be of its kind ("a deputy" among "three officers")', () => {
    expect(
      disputes([
        'Two police officers and a deputy died in the ambush in Delmar on Sunday.\nThe city mourned.',
        'The ambush in Delmar on Sunday claimed the lives of three police officers.\nThe city mourned.',
      ]),
    ).toEqual([]);
  });

  it('a count of things so named still is ("nine rifles and a launcher")', () => {
    expect(disputes(['Police seized seven AK-47s, three other rifles and a launcher.', 'Police seized nine rifles and a launcher.'])).toEqual(['rifles seized: 10 vs 9']);
  });
});
