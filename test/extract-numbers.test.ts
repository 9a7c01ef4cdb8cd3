import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../src/algebra/quantity.js';
import { extractNumbers, verbFamily } from '../src/extract/numbers/index.js';
import type { NumberFact } from '../src/extract/types.js';

function numbersIn(text: string): NumberFact[] {
  return extractNumbers({ source: 'src', index: 0, line: 1, text });
}

type Expected = Partial<Pick<NumberFact, 'value' | 'text' | 'about' | 'verb' | 'negated' | 'of'>>;

/**
 * [what the case shows, sentence, the facts expected in order]. Each fact is matched partially
 * (only the fields given), but the number of facts must match exactly: a year, an ordinal or a
 * "one of the" showing up as a count fails the case.
 */
const CASES: Array<[string, string, Expected[]]> = [
  // Counts tied to their noun and verb
  ['word number, object of a verb', 'Ukrainian forces had captured two Chinese men fighting for Russia.', [{ value: 2, text: 'two', about: 'man', verb: 'capture' }]],
  ['"engaged six" stays apart from "captured two"', 'He added that Ukrainian forces had engaged six Chinese fighters in total.', [{ value: 6, about: 'fighter', verb: 'engage' }]],
  ['passive verb after the noun', 'Reports emerged that two Chinese nationals had been captured by Ukrainian forces.', [{ value: 2, about: 'national', verb: 'capture' }]],
  ['verb one phrase back', 'Ukrainian forces engaged in conflict with six Chinese soldiers, managing to capture two of them.', [{ value: 6, about: 'soldier', verb: 'engage' }, { value: 2, about: 'soldier', verb: 'capture' }]],
  ['digits with thousands separator, no verb through a noun', 'It differs from the reported deployment of 11,000 North Korean soldiers.', [{ value: 11000, text: '11,000', about: 'soldier', verb: undefined }]],
  ['"people" folds to "person"', 'In 2004, a tsunami killed 230,000 people in 14 countries.', [{ value: 230000, about: 'person', verb: 'kill' }, { value: 14, about: 'country' }]],
  // Digits glued to a longer tail that is no unit are part of a name
  ['a team named with digits is no count', 'The 76ers lost to the Kestrels and the 49ers won again.', []],
  // So is a capitalised number word after a name in running text; in a headline every word is capitalised
  ['a channel named with a number word is no count', 'The sitcom aired on BBC One beginning in 1979.', []],
  ['a dateline in capitals before a number word', 'CHICAGO Seven people were shot early Thursday.', [{ value: 7, about: 'person', verb: 'shoot' }]],
  ['a dateline of two words in capitals', 'NEW ORLEANS Two men were killed.', [{ value: 2, about: 'man', verb: 'kill' }]],
  ['a racing class named with a number word is no count', 'The Formula One driver was hurt in the crash.', []],
  ['a headline in title case still counts', 'Gunmen Kill Three Guards in Dunmore', [{ value: 3 }]],
  // A headline's list of counts: a participle after a figure above one is the verb ("seven shots" would be the noun)
  ['"seven shot" is seven people shot', 'Seven shot, one killed at a house party in Dunmore', [{ value: 7, about: undefined, verb: 'shoot' }, { value: 1, verb: 'kill' }]],
  ['"one dead" after a count is a count', 'Four hurt, one dead in Dunmore crash', [{ value: 4 }, { value: 1 }]],
  ['"one shot" is a shot', 'The officer fired one shot.', [{ value: 1, about: 'shot', verb: 'fire' }]],
  // Hit by gunfire is shot; hit by a car is not
  ['"hit by gunfire" is shot', 'Seven people were hit by gunfire at the party.', [{ value: 7, about: 'person', verb: 'shoot' }]],
  ['"struck by stray bullets" is shot', 'Two men were struck by stray bullets.', [{ value: 2, about: 'man', verb: 'shoot' }]],
  ['"hit by a car" is not', 'Two people were hit by a car.', [{ value: 2, about: 'person', verb: 'hit' }]],
  // The progressive says what the counted did: "were shooting" counts shooters, not people shot
  ['"were shooting" is no count of people shot', 'At least five people were shooting during the gunfight.', [{ value: '>=5', about: 'person', verb: undefined }]],
  ['"were sheltering" keeps its sense', 'About 1,000 people were sheltering in the school.', [{ value: '~1000', about: 'person', verb: 'shelter' }]],
  ['"aged" before number words is an age', 'A boy aged nine was hurt in the fall.', [{ value: 9, about: 'age' }]],
  ['a box-score ratio is no count', 'The guard went 5-for-11 from the floor and 2-of-4 from deep.', []],
  ['a glued unit abbreviation still reads', 'Gusts of 90mph hit the coast.', [{ value: 90, about: 'mph' }]],
  ['days', 'I had to wait 1,088 days to get to court.', [{ value: 1088, text: '1,088', about: 'day' }]],
  ['number word sentence-initial, predicate adjective', 'One man is dead after being shot by a gunman.', [{ value: 1, text: 'One', about: 'man', verb: 'die' }]],
  ['plural proper-noun heads', 'The apprehended included 12 Somalis and 11 Yemenis.', [{ value: 12, about: 'somali' }, { value: 11, about: 'yemeni' }]],
  ['a number right after another takes no noun from it', 'Velmora, a town of about 18,000 nine kilometres from the epicentre, was hit.', [{ value: '~18000', about: 'town' }, { value: 9, about: 'kilometer' }]],
  ['"N of M" counts the noun after both', 'Six of the seven players stayed.', [{ value: 6, about: 'player' }, { value: 7, about: 'player' }]],

  // Vague quantities and bounds
  ['"several hundred" as a range', 'Reports suggest that several hundred Chinese nationals may have joined the Russian military.', [{ value: '300..900', text: 'several hundred', about: 'national', verb: 'join' }]],
  ['"thousands of" as a class', 'North Korea has deployed thousands of troops to support Russia.', [{ value: '2000..9999', text: 'thousands', about: 'troop', verb: 'deploy' }]],
  ['"tens of thousands"', 'Tens of thousands of people joined a 24-hour walkout.', [{ value: '20000..99999', about: 'person' }, { value: 24, about: 'hour' }]],
  ['"dozens more" borrows the noun before it', 'A powerful earthquake has hit southern Iran, killing at least 10 people, injuring dozens more and damaging several villages.', [{ value: '>=10', text: 'at least 10', about: 'person', verb: 'kill' }, { value: '24..99', about: 'person', verb: 'injure' }, { value: '3..9', text: 'several', about: 'village' }]],
  ['"more than" is exclusive', 'The quake killed more than 26,000 people in the ancient city of Bam.', [{ value: '>26000', text: 'more than 26,000', about: 'person', verb: 'kill' }]],
  ['"about" is approximate', 'The island, which has about 200,000 residents, is about 940 miles south of Tehran.', [{ value: '~200000', about: 'resident' }, { value: '~940', about: 'mile' }]],
  ['"over" right after a noun is a place', 'He scored with a bank shot over two defenders.', [{ value: 2, text: 'two' }]],
  ['"over" before a count', 'Indonesia earthquake: 24 dead and over 200 injured as 6.1 magnitude quake hits Aceh province', [{ value: 24, verb: 'die' }, { value: '>200', text: 'over 200', verb: 'injure' }, { value: 6.1, about: 'magnitude' }]],
  ['"at least a dozen"', 'Fanning said at least a dozen people were at the party.', [{ value: '>=12', text: 'at least a dozen', about: 'person' }]],
  ['"as many as" is an upper bound', 'Police said as many as 20,000 people took to the streets.', [{ value: '<=20000', about: 'person', verb: 'take' }]],
  ['"fewer than"', 'Fewer than 30 people attended.', [{ value: '<30', about: 'person' }]],
  ['"up to"', 'Up to 30 people may be trapped.', [{ value: '<=30', about: 'person', verb: 'trap' }]],
  ['"nearly" is approximate, below the figure', 'Nearly 100 people were evacuated.', [{ value: '<~100', about: 'person', verb: 'evacuate' }]],
  ['"between X and Y"', 'Between 40 and 70 people were injured.', [{ value: '40..70', text: 'Between 40 and 70', about: 'person', verb: 'injure' }]],
  ['"X or Y"', 'Three or four robbers burst into the store.', [{ value: '3..4', text: 'Three or four', about: 'robber' }]],
  ['"several dozen"', 'Several dozen youths hurled petrol bombs.', [{ value: '36..108', about: 'youth', verb: 'hurl' }]],
  ['coordinated counts share the noun', 'Ten people were killed and at least 50 injured when an earthquake razed villages.', [{ value: 10, about: 'person', verb: 'kill' }, { value: '>=50', about: 'person', verb: 'injure' }]],
  ['"70 others"', 'Twelve people were killed and 70 others were injured by a landslide.', [{ value: 12, verb: 'kill' }, { value: 70, about: 'person', verb: 'injure' }]],
  ['"of which four"', 'Five bombs were dropped, of which four exploded.', [{ value: 5, about: 'bomb', verb: 'drop' }, { value: 4, about: 'bomb', verb: 'explode' }]],

  // Measures: percentages, money, magnitudes, ages
  ['percentage is about "percent", with what it is of', "It has captured approximately 20% of Ukraine's territory.", [{ value: '~20', text: 'approximately 20%', about: 'percent', of: 'territory', verb: 'capture' }]],
  ['percent range', 'He said 40 percent to 70 percent of the buildings in seven villages were destroyed.', [{ value: '40..70', about: 'percent' }, { value: 7, about: 'village', verb: 'destroy' }]],
  ['"per cent" spelled out', 'Greek stocks closed down 3.9 per cent.', [{ value: 3.9, about: 'percent' }]],
  ['money with a hyphenated scale', 'Robbers made off with $137-million of diamonds and jewels.', [{ value: 137000000, text: '$137-million', about: 'dollar', of: 'diamond' }]],
  ['euro millions', 'Robbers in drag steal €80 million from Paris diamond store.', [{ value: 80000000, about: 'euro', verb: 'steal' }]],
  ['"$5 million" and "over $4 billion"', 'Scams have cost victims over $4 billion, or $5 million a day.', [{ value: '>4000000000', about: 'dollar' }, { value: 5000000, about: 'dollar' }]],
  ['abbreviated scale glued to digits', 'The government is attempting to slice 30bn euros (£25.7bn) from its deficit.', [{ value: 30000000000, about: 'euro' }, { value: 25700000000, about: 'pound' }]],
  ['"6.1-magnitude" is a magnitude', 'The 6.1-magnitude quake struck Qeshm island, home to 120,000 people.', [{ value: 6.1, text: '6.1-magnitude', about: 'magnitude' }, { value: 120000, about: 'person' }]],
  ['"magnitude 6.1"', "A magnitude 6.1 earthquake struck Indonesia's Aceh province.", [{ value: 6.1, about: 'magnitude' }]],
  ['"magnitude-6.1" (wink splits it)', "A magnitude-6.1 earthquake struck Indonesia's Aceh province.", [{ value: 6.1, text: 'magnitude-6.1', about: 'magnitude' }]],
  ['"magnitude at 5.9"', "Tehran's seismologic center put the quake's magnitude at 5.9.", [{ value: 5.9, about: 'magnitude' }]],
  ['Richter scale', 'The earthquake measured about 6.0 on the Richter scale.', [{ value: '~6', about: 'magnitude' }]],
  ['magnitude range', 'The temblor was followed by aftershocks with magnitudes ranging from 3.6 to 4.3.', [{ value: '3.6..4.3', about: 'magnitude' }]],
  ['age after a name', 'He was accused of fatally shooting Benjamin David Banky, 40.', [{ value: 40, about: 'age' }]],
  ['"61-year-old" is an age', 'A 61-year-old man was charged with first-degree murder.', [{ value: 61, about: 'age' }]],
  ['noun before the number', 'Qeshm has a population of more than 100,000.', [{ value: '>100000', about: 'population' }]],
  ['"rose to"', 'The death toll rose to 24.', [{ value: 24, about: 'toll' }]],

  // Negation
  ['"no casualties" is zero', 'There were no casualties, officials said.', [{ value: 0, text: 'no', about: 'casualty', negated: true }]],
  ['"no one" is zero persons', 'Fanning said no one else was injured.', [{ value: 0, about: 'person', verb: 'injure', negated: true }]],
  ['"no evidence" is not a count', 'Officials said there was no evidence of a second attacker.', []],

  // Traps: not counts
  ['"one of the" is a selection, not a count', 'He also shared video footage allegedly showing one of the captured individuals.', []],
  ['"one of the alleged men"', 'Writing on X, where he posted a video of one of the alleged men, Zelenskyy spoke.', []],
  ['ordinal "first"', 'Zelensky revealed for the first time on Monday that troops were operating inside Belgorod.', []],
  ['ordinals in compounds', 'A man was charged with first-degree murder after the 28th attack.', []],
  ['year inside a date', 'Russia has used Iranian drones since its February 2022 invasion.', []],
  ['year alone after "in"', 'The invasion began in 2022 and the war goes on.', []],
  ['full date', 'The footage was posted on April 8, 2025 by the president.', []],
  ['times are not counts', 'The quake struck at 1353 (1023 GMT) and was felt in Oman.', []],
  ['fractions', 'Between half and two-thirds of homes in five villages had been damaged.', [{ value: 5, about: 'village', verb: 'damage' }]],
  ['identifier after a capitalised word', 'The plane was Flight 370 with 239 people on board.', [{ value: 239, about: 'person' }]],
  ['"one" as a pronoun', 'Each of them received one.', []],
  ['a negated seeing counts nothing', 'Our correspondent said she did not see any casualties at the market.', []],
  ['nor does a negated noticing', 'Neighbours said they never noticed any injuries among the guests.', []],
  ['a negated knowing counts nothing', 'The chief said he did not know of any threats to the church.', []],
  ['a record before its noun is no range', 'The club fired its manager after a 9-14 start to the season.', []],
  ['a record in parentheses is no range', 'The Hawks (12-20) have lost four straight games.', [{ value: 4, about: 'game' }]],
  ['a record reached is no range', 'The team fell to 31-40 with the loss.', []],
  ['ages listed after "ages" are no counts', 'He is survived by two sons, ages 6 and 16.', [{ value: 2, about: 'son' }, { value: 6, about: 'age' }, { value: 16, about: 'age' }]],
  ['ages after "the ages of" are no counts', 'Three men between the ages of 18 and 23 were hurt.', [{ value: 3, about: 'man' }, { value: 18, about: 'age' }, { value: 23, about: 'age' }]],
  ['an age after "age of" is no count', 'Her son died at the age of 9 in a crash.', [{ value: 9, about: 'age' }]],
  ['an age after "age" is no count', 'Three girls, age 8, watched from the porch.', [{ value: 3, about: 'girl' }, { value: 8, about: 'age' }]],
  ['a glued "m" with no currency is metres', 'The wave was 150m high when it struck.', [{ value: 150, about: 'metre' }]],
  ['a glued "m" after a currency is millions', 'The company lost $150m last year.', [{ value: 150000000, about: 'dollar' }]],
  ['a glued "km" is kilometres', 'The quake struck 10km below the town.', [{ value: 10, about: 'km' }]],
  ['a written range is still a range', 'Officials expect 30-40 people to be evacuated.', [{ value: '30..40', about: 'person' }]],
  // One more of a list's kind counts one: "another", "a third" after a count, for what befalls people
  ['"a third" after a count of the dead is one injured', 'The gunman killed three miners and injured a fourth man.', [{ value: 3, verb: 'kill' }, { value: 1, text: 'a fourth man', about: 'man', verb: 'injure' }]],
  ['"another" with the participle read as a noun', 'Officials said two hikers died and another hurt in the storm.', [{ value: 2, verb: 'die' }, { value: 1, text: 'another hurt', about: 'hiker', verb: 'hurt' }]],
  ['"another" as the object of a verb of harm', 'The driver killed four pedestrians and wounded another before fleeing.', [{ value: 4 }, { value: 1, text: 'another', verb: 'wound' }]],
  ['one more of the same befalling adds to the count: no count of its own', 'Five men were arrested and a sixth was detained later.', [{ value: 5, verb: 'arrest' }]],
  ['"a third of" is a share', 'Two people died and a third of the village was flooded.', [{ value: 2, verb: 'die' }]],
  ['"another" with a figure is an increment, read as a figure', 'Two people died and another 30 were injured.', [{ value: 2 }, { value: 30, verb: 'injure' }]],
  ['no count before: an ordinal ranks', 'A third man was injured in the crash.', []],
  ['"a second" time is no count', 'Police arrested two men and searched the house a second time.', [{ value: 2, verb: 'arrest' }]],
  ['"2000 people" is a count, not a year', 'Roughly 2000 people were evacuated from the coast.', [{ value: '~2000', about: 'person', verb: 'evacuate' }]],
];

describe('extractNumbers', () => {
  it.each(CASES)('%s', (_what, text, expected) => {
    const facts = numbersIn(text);
    expect(facts).toHaveLength(expected.length);
    expected.forEach((want, k) => {
      const fact = facts[k] as NumberFact;
      for (const [key, value] of Object.entries(want)) {
        expect(fact[key as keyof NumberFact], `${key} of fact ${k}`).toEqual(value);
      }
    });
  });

  it.each(CASES)('spans point at the words: %s', (_what, text) => {
    for (const fact of numbersIn(text)) {
      expect(text.slice(fact.span[0], fact.span[1])).toBe(fact.text);
      expect(fact.kind).toBe('number');
      expect(fact.source).toBe('src');
    }
  });
});

describe('quantity values', () => {
  it.each([
    [5, { min: 5, max: 5 }],
    ['~40', { min: 40, max: 40, approx: true }],
    ['>50', { min: 50, max: null, minExclusive: true }],
    ['>=24', { min: 24, max: null }],
    ['<100', { min: null, max: 100, maxExclusive: true }],
    ['<=30', { min: null, max: 30 }],
    ['200..999', { min: 200, max: 999 }],
    ['3.6..4.3', { min: 3.6, max: 4.3 }],
  ] as const)('parseQuantity(%j)', (value, quantity) => {
    expect(parseQuantity(value)).toEqual(quantity);
  });

  it('folds verbs of one event into a family', () => {
    expect(verbFamily('die')).toBe(verbFamily('kill'));
    expect(verbFamily('wound')).toBe(verbFamily('injure'));
    expect(verbFamily('engage')).not.toBe(verbFamily('capture'));
  });
});
