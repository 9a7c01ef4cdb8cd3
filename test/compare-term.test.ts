import { describe, expect, it } from 'vitest';
import { termContradictions } from '../src/compare/rules/term.js';
import type { Claim } from '../src/types.js';

/** A claim of one sentence per source (a, b), as alignment groups them. */
function claimOf(texts: readonly string[]): Claim {
  const sentences = texts.map((text, i) => ({ source: String.fromCharCode(97 + i), line: 1, text, index: 0, position: 0 }));
  return { id: 'c1', sources: sentences.map((s) => s.source), omittedBy: [], coverage: 'all', sentences, facts: [], missingFacts: [], cohesion: 1 };
}

describe('words of one kind in sentences stating the same claim', () => {
  it.each([
    { texts: ['The suspect fled in a red sedan after the robbery.', 'The suspect fled in a red SUV after the robbery.'], words: ['sedan', 'SUV'] },
    { texts: ['Police said the gunman carried a rifle into the store.', 'Police said the gunman carried a handgun into the store.'], words: ['rifle', 'handgun'] },
    { texts: ['The workers hid in a closet until the shooting stopped.', 'The workers hid in a kitchen until the shooting stopped.'], words: ['closet', 'kitchen'] },
    { texts: ['A boy was taken to hospital with a leg wound.', 'A girl was taken to hospital with a leg wound.'], words: ['boy', 'girl'] },
    { texts: ['The passengers were rescued by a ferry near the coast.', 'The passengers were rescued by a tugboat near the coast.'], words: ['ferry', 'tugboat'] },
    // Kin, jobs and seats in a vehicle: two words of the kind are two people
    { texts: ['The teenager was shot by his uncle during an argument.', 'The teenager was shot by his stepfather during an argument.'], words: ['uncle', 'stepfather'] },
    { texts: ['The bakery owner was robbed at gunpoint on Friday.', 'The bakery manager was robbed at gunpoint on Friday.'], words: ['owner', 'manager'] },
    // Two places, neither within the other
    { texts: ['The tanker ran aground off Sicily early on Sunday.', 'The tanker ran aground off Malta early on Sunday.'], words: ['Sicily', 'Malta'] },
    { texts: ['After the trial she moved to Ohio with her sister.', 'After the trial she moved to Oregon with her sister.'], words: ['Ohio', 'Oregon'] },
    // The story's thing, told as two of one kind, in wordings that differ elsewhere too
    { texts: ['The sedan was later found abandoned in a ditch.', 'The SUV was abandoned about two hours later in a ditch off Route 9.'], words: ['sedan', 'SUV'] },
    { texts: ['The rifle was recovered near the school, police said.', 'The handgun was recovered on Tuesday from a drain behind the school.'], words: ['rifle', 'handgun'] },
    // Wordings built differently: one pair of words of one kind in the same place (after one word, or the subject)
    { texts: ['A ferry carrying 40 people sank in the bay.', 'A tugboat sank in the bay with 40 people on board.'], words: ['ferry', 'tugboat'] },
    { texts: ["Smith's uncle found the body in the garage.", "The body was discovered in the garage by Smith's stepfather."], words: ['uncle', 'stepfather'] },
    { texts: ['Police found a loaded rifle in the trunk of the car.', 'A loaded shotgun was found by police in the trunk of the car.'], words: ['rifle', 'shotgun'] },
    // A compound WordNet knows is one term
    { texts: ['The suspect was shot by a police officer near the bank.', 'The suspect was shot by a security guard near the bank.'], words: ['police officer', 'security guard'] },
    { texts: ['The suspect fled in a pickup truck after the robbery.', 'The suspect fled in a tow truck after the robbery.'], words: ['pickup truck', 'tow truck'] },
    // A designator's number: a rating, a flight, a route
    { texts: ['The storm made landfall as a Category 3 hurricane.', 'The storm made landfall as a Category 4 hurricane.'], words: ['3', '4'] },
    { texts: ['An EF4 tornado tore through the town.', 'An EF3 tornado tore through the town.'], words: ['EF4', 'EF3'] },
    { texts: ['The crash closed Interstate 40 for hours.', 'The crash closed Interstate 44 for hours.'], words: ['40', '44'] },
  ])('reports $words', ({ texts, words }) => {
    const found = termContradictions(claimOf(texts));
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('term');
    expect(found[0]!.values.map((v) => v.words)).toEqual(words);
  });

  it.each([
    { why: 'synonyms', texts: ['An officer was shot outside the bank on Main Street.', 'A policeman was shot outside the bank on Main Street.'] },
    { why: 'a broader word', texts: ['The suspect drove a stolen car into the river.', 'The suspect drove a stolen vehicle into the river.'] },
    { why: 'a compound and its head', texts: ['The suspect fled in a pickup truck after the robbery.', 'The suspect fled in a truck after the robbery.'] },
    { why: 'a name against a description', texts: ['The gunman fired at cars on Lake Road before noon.', 'The gunman fired at cars on the roadway before noon.'] },
    { why: 'sentences that differ in more than one term', texts: ['A boy was taken to hospital with a leg wound.', 'A girl was flown to a clinic with a head wound.'] },
    { why: 'two names', texts: ['Spokesman John Smith said the talks failed.', 'Spokesman Peter Jones said the talks failed.'] },
    { why: 'figures in other units', texts: ['The quake struck at a depth of six miles.', 'The quake struck at a depth of 10 kilometres.'] },
    { why: 'a count, the measures\' to compare', texts: ['Police said 3 people were hurt in the crash.', 'Police said 4 people were hurt in the crash.'] },
    { why: 'a year, not a designator', texts: ['In 2009 the mayor was elected.', 'In 2011 the mayor was elected.'] },
    { why: 'a day of a month, the date measure\'s', texts: ['The frigate sank the trawler on November 18.', 'The frigate sank the trawler on November 19.'] },
    { why: 'a place within the other', texts: ['The tanker ran aground off Sicily early on Sunday.', 'The tanker ran aground off Italy early on Sunday.'] },
    { why: 'a city within its state', texts: ['The band played in Houston on its last night.', 'The band played in Texas on its last night.'] },
    { why: 'a place WordNet does not know', texts: ['The truck crashed near Kestrelford on the highway.', 'The truck crashed near Houston on the highway.'] },
    { why: 'words of no close kind', texts: ['The man was arrested after the attack.', 'The suspect was arrested after the attack.'] },
    { why: 'two things of one kind with nothing said of both', texts: ['The sedan was towed to a police lot on Monday.', 'The SUV was found abandoned in a ditch off Route 9.'] },
    { why: 'people, who may be two', texts: ['The woman was taken to hospital with burns after the blaze.', 'The man was taken to a burns unit at the hospital later.'] },
    { why: 'a quote, whose words are the speaker\'s', texts: ['"This is a sad time for the family," a statement said.', '"This is a sad day for the family," the firm said in a statement.'] },
    { why: 'words of acts and times, swapped freely', texts: ['Unions rallied against the planned cuts and tax hikes.', 'Unions rallied on Monday against planned cuts and tax rises.'] },
    { why: 'two differences in wordings built differently', texts: ['Police found a loaded rifle in the trunk of the car.', 'A loaded shotgun was found by police in the trunk of the truck.'] },
    { why: 'people of one kind, who may be two', texts: ['The victim was a 12-year-old boy, police said.', 'A 12-year-old girl was the victim, police said.'] },
    // Words for a class of many kinds are picked loosely for one thing.
    { why: 'a ship and a boat', texts: ['The ship was carrying 300 migrants when it sank.', 'The boat, which was carrying 300 migrants, sank.'] },
    { why: 'a ship and a boat as the subject', texts: ['The ship was towed to port on Monday.', 'The boat was towed to port on Monday.'] },
    { why: 'a house and a building', texts: ['Firefighters said a house near the river burned down.', 'Firefighters said a building near the river burned down.'] },
  ])('reports nothing for $why', ({ texts }) => {
    expect(termContradictions(claimOf(texts))).toEqual([]);
  });
});
