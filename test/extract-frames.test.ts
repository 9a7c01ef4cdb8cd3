import { describe, expect, it } from 'vitest';
import { articleScopes, extractFacts, frameFacts, parseSentence } from '../src/extract/index.js';
import type { Fact } from '../src/types.js';

/** The framed facts of one sentence, as the extract stage gives them to the compare stage. */
function framed(text: string): Fact[] {
  const sentence = { source: 's', index: 4, line: 1, text };
  const parsed = parseSentence(text);
  return frameFacts(extractFacts(sentence, {}, parsed), parsed).filter((f) => f.frame !== undefined);
}

/** The frame key of the fact whose words are `words`. */
function keyOf(text: string, words: string): string | undefined {
  return framed(text).find((f) => f.text === words)?.frame?.key;
}

describe('frames: the question a fact answers', () => {
  it.each([
    // Harm to people, whatever the wording: verbs, adjectives, nouns, an inserted phrase, a bare count.
    { text: 'The blast killed 12 people.', words: '12', key: 'count|person|kill' },
    { text: 'Officials counted 12 dead after the blast.', words: '12', key: 'count|person|kill' },
    { text: 'The storm left 30 fatalities in the valley.', words: '30', key: 'count|person|kill' },
    { text: 'Two men died and three others, including a firefighter, were hurt.', words: 'three', key: 'count|person|injure' },
    { text: 'One person is dead and four others are wounded.', words: 'four', key: 'count|person|injure' },
    { text: 'Nine were injured in the crash.', words: 'Nine', key: 'count|person|injure' },
    // The state right after a counted noun tells what happened to them, whatever the verb.
    { text: 'Officers entered the house and found five people dead.', words: 'five', key: 'count|person|kill' },
    { text: 'That quake killed six people, injured 50 and flattened homes.', words: 'six', key: 'count|person|kill' },
    { text: 'Six people were found dead in the home on Thursday.', words: 'Six', key: 'count|person|kill' },
    { text: 'Six bodies have been found in the rubble.', words: 'Six', key: 'count|person|kill' },
    { text: 'Police said they found 12 guns in the car.', words: '12', key: 'count|gun|seize' },
    // A state after the counted noun, and what a causative's object is made to do, tell the happening.
    { text: 'Officials said 58 passengers were aboard the ferry.', words: '58', key: 'count|passenger|carry' },
    { text: 'Rising water forced 2,500 residents to evacuate overnight.', words: '2,500', key: 'count|person|evacuate' },
    { text: 'The fire forced 80 families to flee.', words: '80', key: 'count|person|evacuate' },
    { text: 'Some 5,000 people were forced to flee as the fire spread.', words: 'Some 5,000', key: 'count|person|evacuate' },
    { text: 'The blaze, which gutted eight buildings, spread fast.', words: 'eight', key: 'count|building|damage' },
    { text: 'The bomb killed nine people, wounding 40.', words: '40', key: 'count|person|injure' },
    // "like" compares; it is no happening.
    { text: 'A witness said it was like 30 gunshots in a row.', words: '30', key: 'count|gunshot|' },
    // "aged" describes the counted people; it is no happening of theirs.
    { text: 'The dead included four children aged from two to ten.', words: 'four', key: 'count|child|' },
    // Those taken to hospital are a part of the injured: a question of their own.
    { text: 'Two students were hospitalized after the shooting.', words: 'Two', key: 'count|student|hospitalise' },
    { text: 'Six people were hospitalised with burns.', words: 'Six', key: 'count|person|hospitalise' },
    { text: 'The fire left 20 residents with serious injuries.', words: '20', key: 'count|person|injure' },
    { text: 'Police arrested 15 protesters outside the ministry.', words: '15', key: 'count|protester|arrest' },
    // Passengers are those a vehicle carries, with no verb of carrying.
    { text: 'Around 120 passengers were on the train.', words: 'Around 120', key: 'count|passenger|carry' },
    { text: 'Two passengers were killed.', words: 'Two', key: 'count|passenger|kill' },
    // An infinitive in a "with" phrase is not what befell the count.
    { text: 'He set the record with a bank shot over two defenders with 7:41 to go.', words: 'two', key: 'count|defender|' },
    // Whoever is arrested is a suspect: the noun does not split the count.
    { text: 'Police arrested five men after the raid.', words: 'five', key: 'count|person|arrest' },
    { text: 'Six suspects were detained after the raid.', words: 'Six', key: 'count|person|arrest' },
    { text: 'Two gunmen were arrested on Sunday.', words: 'Two', key: 'count|person|arrest' },
    // A deed done to others, in the active with its object, is what the counted did: nothing befell them.
    { text: 'Four suspects killed a guard during the robbery.', words: 'Four', key: 'count|suspect|' },
    { text: 'Two gunmen shot dead a police officer.', words: 'Two', key: 'count|perpetrator|' },
    // A time after the verb is no object: they were shot, in a reduced relative.
    { text: 'Two people shot this morning remain in hospital.', words: 'Two', key: 'count|person|shoot' },
    { text: 'The six men shot are in stable condition.', words: 'six', key: 'count|person|shoot' },
    // A sum a perpetrator took is stolen; taking alone is not.
    { text: 'The robbers took $75,000 in cash.', words: '$75,000', key: 'money|USD|steal' },
    { text: 'The gunman demanded cash and took $5,000 from the register.', words: '$5,000', key: 'money|USD|steal' },
    { text: 'The government took $5 million in aid from the fund.', words: '$5 million', key: undefined },
    // The state they were found or left in names what befell them.
    { text: 'Two others were found shot at the scene.', words: 'Two', key: 'count|person|shoot' },
    { text: 'Four people were left injured.', words: 'Four', key: 'count|person|injure' },
    // Homes by any name are one count; buildings are not all homes.
    { text: 'The fire destroyed 12 homes in the village.', words: '12', key: 'count|home|damage' },
    { text: 'Fifteen houses were destroyed by the fire.', words: 'Fifteen', key: 'count|home|damage' },
    { text: 'The quake damaged 300 buildings.', words: '300', key: 'count|building|damage' },
    // Those sent to the emergency are one count whatever verb carries it; harm to them is another.
    { text: 'More than 100 firefighters responded to the blaze.', words: 'More than 100', key: 'count|firefighter|' },
    { text: 'About 60 firemen battled the flames.', words: 'About 60', key: 'count|firefighter|' },
    { text: 'The army sent 300 troops to the valley.', words: '300', key: 'count|soldier|deploy' },
    { text: 'Some 500 soldiers were deployed on Thursday.', words: 'Some 500', key: 'count|soldier|deploy' },
    { text: 'Some 80 rescuers were involved in the operation.', words: 'Some 80', key: 'count|rescuer|' },
    { text: 'Five firefighters were injured.', words: 'Five', key: 'count|firefighter|injure' },
    { text: 'As many as 8,000 people took to the streets of the capital.', words: 'As many as 8,000', key: 'count|person|protest' },
    { text: 'The rally was attended by some 30,000, organisers said.', words: 'some 30,000', key: 'count|person|protest' },
    { text: 'Marchers gathered in three separate demonstrations downtown.', words: 'three', key: 'count|demonstration|' },
    // Passengers are those aboard but the crew: a count of their own.
    { text: 'The ferry was carrying 212 passengers.', words: '212', key: 'count|passenger|carry' },
    { text: 'There were no casualties, the mayor said.', words: 'no', key: 'count|person|casualty' },
    { text: 'About 200 families were taking refuge in the church.', words: 'About 200', key: 'count|person|shelter' },
    { text: 'Around 30 more people were led to safety.', words: 'Around 30', key: 'count|person|rescue' },
    { text: 'A gang of five thieves burst into the shop.', words: 'five', key: 'count|perpetrator|' },
    { text: 'Two or three gunmen opened fire on the crowd.', words: 'Two or three', key: 'count|perpetrator|' },
    { text: 'The blast brought to 12 the number of Chileans who have been killed.', words: '12', key: 'count|person|kill' },
    { text: 'Firefighters rescued another six people from the roof.', words: 'six', key: 'count|person|rescue' },
    { text: 'Six workers, including two guards hit by falling rubble, have died.', words: 'Six', key: 'count|person|kill' },
    // Happenings are counted as such, whatever verb carries them.
    { text: 'One rocket, which failed to explode, fell within the camp.', words: 'One', key: 'count|bomb|drop' },
    { text: 'Two strong aftershocks were felt in the port.', words: 'Two', key: 'count|aftershock|' },
    { text: 'The quake was followed by at least three aftershocks.', words: 'at least three', key: 'count|aftershock|' },
    // Things, with or without an event of the lexicon.
    { text: 'Five bombs were dropped on the town.', words: 'Five', key: 'count|bomb|drop' },
    { text: 'Two shells exploded near the gate.', words: 'Two', key: 'count|bomb|explode' },
    { text: 'Rescuers found that 40 houses were damaged by the flood.', words: '40', key: 'count|home|damage' },
    { text: 'Two undersea cables suffered severe damage in the storm.', words: 'Two', key: 'count|cable|damage' },
    { text: 'Four soldiers sustained injuries in the ambush.', words: 'Four', key: 'count|soldier|injure' },
    { text: 'The pirates still hold at least 14 vessels.', words: 'at least 14', key: 'count|vessel|hold' },
    { text: 'The deal lowers tariffs on a further 300 categories.', words: '300', key: 'count|category|lower' },
    // Measures.
    { text: 'Thieves stole jewels worth 80 million euros.', words: '80 million euros', key: 'money|EUR|steal' },
    // A figure hyphenated to its noun grades the happening after it: the size of that fire, that crash.
    { text: 'The four-alarm fire drew crews from eight towns.', words: 'four', key: 'grade|alarm|fire' },
    { text: 'The three-car crash closed the road for hours.', words: 'three', key: 'grade|car|crash' },
    // Leaving with money is taking it.
    { text: 'The gunman fled with $9,200 in a sports bag.', words: '$9,200', key: 'money|USD|steal' },
    { text: 'He left with $18,000 in a backpack, police said.', words: '$18,000', key: 'money|USD|steal' },
    { text: 'The robbers made off with $40,000 in cash.', words: '$40,000', key: 'money|USD|steal' },
    { text: 'Trade between the two was worth $14 billion last year.', words: '$14 billion', key: 'money|USD|value of trade' },
    { text: 'A 6.1-magnitude quake struck the coast.', words: '6.1-magnitude', key: 'magnitude' },
    { text: 'The quake struck at a depth of 10 kilometres.', words: '10', key: 'depth' },
    { text: 'The town lies 55 kilometres from Bireun.', words: '55', key: 'distance|bireun' },
    { text: 'The quake was centred 33 km deep.', words: '33', key: 'depth' },
    // An aftershock's magnitude is not the quake's.
    { text: 'A 4.8-magnitude aftershock sent residents into the streets.', words: '4.8-magnitude', key: 'magnitude|aftershock' },
    { text: 'An aftershock of magnitude 5.2 struck on Monday.', words: '5.2', key: 'magnitude|aftershock' },
    { text: 'A magnitude 6.4 quake struck, followed by two aftershocks.', words: '6.4', key: 'magnitude' },
    { text: 'The ferry sank about 20 miles off the coast.', words: 'about 20', key: 'distance|coast' },
    { text: 'The earthquake struck 80 kilometres south of the capital.', words: '80', key: 'distance|capital' },
    { text: 'The ferry went down 45 kilometres off the shore on Monday.', words: '45', key: 'distance|coast' },
    { text: 'The train was travelling at 120 km/h.', words: '120', key: 'speed' },
    { text: 'Greek stocks plunged 5.4 per cent.', words: '5.4 per cent', key: 'percent|stock|down' },
    { text: 'The island, home to 120,000 people, was hit hardest.', words: '120,000', key: 'population' },
    { text: 'Police said Eric Holm, 61, was arrested.', words: '61', key: 'age|eric holm' },
    // A person the story names by a role it gives one person, after "the".
    { text: 'The victim, 34, died at the scene.', words: '34', key: 'age|the victim' },
    { text: 'Police said the 25-year-old gunman opened fire.', words: '25', key: 'age|the gunman' },
    { text: 'The suspect, aged 19, was held overnight.', words: '19', key: 'age|the suspect' },
    { text: 'The driver, a 34-year-old man from Delmar, was arrested.', words: '34', key: 'age|the driver' },
    { text: 'Police said the shooter was a 17-year-old boy.', words: '17', key: 'age|the shooter' },
    // What a person is, after "the", names the one person the sentence is about.
    { text: 'The 8-year-old boy was struck by a stray bullet.', words: '8', key: 'age|the boy' },
    { text: 'The man, 34, was arrested on Friday.', words: '34', key: 'age|the man' },
    // Times, dates, directions, roles.
    { text: 'The ship was attacked east of Aden.', words: 'east of Aden', key: 'direction|aden' },
    { text: 'The storm hit Pella, about 30 miles east of Veld, on Monday.', words: 'east of Veld', key: 'direction|pela|veld' },
    { text: 'The quake struck inland, officials said.', words: 'inland', key: 'setting' },
    { text: 'Kiran Patel, manager of the motel, saw the gunman.', words: 'Kiran Patel, manager', key: 'role|kiran patel|job' },
    { text: 'Kiran Patel, the night manager, saw the gunman.', words: 'Kiran Patel, the night manager', key: 'role|kiran patel|job' },
    { text: "He thanked Dana Reyes, the mayor's husband, for the help.", words: "Dana Reyes, the mayor's husband", key: 'role|dana reies|family' },
    { text: 'His niece, Karen Ellis, confirmed the death.', words: 'niece, Karen Ellis', key: 'role|karen elis|family' },
    // A noun before "driver" makes it a job; "the driver" is whoever drove.
    { text: 'Forklift driver Dan Okafor was hurt.', words: 'driver Dan Okafor', key: 'role|daniel okafor|job' },
    { text: 'The driver, Dan Okafor, was hurt.', words: 'driver, Dan Okafor', key: 'role|daniel okafor|vehicle' },
  ])('$key for "$words" in "$text"', ({ text, words, key }) => {
    expect(keyOf(text, words)).toBe(key);
  });

  it.each([
    { text: 'He has worked at the inn for 16 years.', words: '16', why: 'a span of time' },
    { text: 'A 30-year-old victim was taken to hospital.', words: '30', why: 'one of several, not the one the story has' },
    { text: "The 41-year-old victim's mother spoke to reporters.", words: '41', why: 'the age of someone the phrase does not name' },
    { text: 'He is a 15-year veteran of the force.', words: '15', why: 'a hyphenated span of time is no grade' },
    { text: 'Three people arrived at the scene.', words: 'Three', why: 'people with no event of the lexicon' },
    { text: 'He faces seven counts of attempted murder.', words: 'seven', why: 'charges in an indictment' },
    { text: 'The minister said on November 19 that talks would go on.', words: 'November 19', why: 'the date of a statement' },
    { text: 'The shooting happened in the 12200 block of Elm Street.', words: '12200', why: 'a street block is an address' },
    { text: "She sat beside Rosa Ortiz, and her husband's sisters.", words: 'Rosa Ortiz, and her husband', why: 'a role after a conjunction names someone else' },
    { text: "She called Dana Reyes, whose husband was hurt.", words: 'Dana Reyes, whose husband', why: 'a relative clause names someone else' },
    // Calendar dates are typed facts of the fact layer (test/facts-measures-date.test.ts), not frames.
    { text: 'On November 19, the frigate sank a trawler.', words: 'November 19', why: 'a calendar date, read by the date measure' },
  ])('no frame for "$words" ($why)', ({ text, words }) => {
    expect(keyOf(text, words)).toBeUndefined();
  });
});

describe('idioms: a verb and the words around it name one happening', () => {
  it.each([
    // Custody is arrest, with the object before or after the verb.
    { text: 'Police took 23 people into custody.', words: '23', key: 'count|person|arrest' },
    { text: 'Three men were taken into custody overnight.', words: 'Three', key: 'count|person|arrest' },
    { text: 'Nine protesters were placed under arrest.', words: 'Nine', key: 'count|protester|arrest' },
    // A manner that makes harm a death.
    { text: 'The gunman fatally shot three people.', words: 'three', key: 'count|person|kill' },
    { text: 'Two men were fatally stabbed outside the bar.', words: 'Two', key: 'count|person|kill' },
    { text: 'Two women were beaten to death.', words: 'Two', key: 'count|person|kill' },
    { text: 'Three people were fatally wounded.', words: 'Three', key: 'count|person|kill' },
    { text: 'The gunman shot dead five people.', words: 'five', key: 'count|person|kill' },
    { text: 'Police shot two men near the hospital.', words: 'two', key: 'count|person|shoot' },
    { text: 'Four bystanders were mortally injured in the blast.', words: 'Four', key: 'count|person|kill' },
    { text: 'Three people were critically wounded.', words: 'Three', key: 'count|person|injure' },
    { text: 'At least 12 people lost their lives in the blaze.', words: 'At least 12', key: 'count|person|kill' },
    { text: 'The ambush claimed the lives of three police officers.', words: 'three', key: 'count|officer|kill' },
    { text: 'The fire took the lives of 12 people.', words: '12', key: 'count|person|kill' },
    // Trapped and infected are counts of their own.
    { text: 'The cave-in left 20 miners trapped.', words: '20', key: 'count|miner|trap' },
    // A participle of an event between the figure and its noun says what befell them.
    { text: 'Rescuers are trying to reach 33 trapped miners.', words: '33', key: 'count|miner|trap' },
    { text: 'Police recovered 20 stolen cars.', words: '20', key: 'count|car|steal' },
    { text: 'The virus has infected 250 people in the town.', words: '250', key: 'count|person|infect' },
  ])('$key for "$words" in "$text"', ({ text, words, key }) => {
    expect(keyOf(text, words)).toBe(key);
  });

  it.each([
    // The words must follow the verb they complete.
    { text: 'Police shot two men near the hospital.', words: 'two', not: 'count|person|kill' },
    { text: 'Police took 23 people to the custody suite.', words: '23', not: 'count|person|arrest' },
    { text: 'Two officers were wounded, one of them fatally.', words: 'Two', not: 'count|person|kill' },
  ])('"$words" in "$text" is not $not', ({ text, words, not }) => {
    expect(keyOf(text, words)).not.toBe(not);
  });
});

describe('open questions: counts compared only between sentences stating one claim', () => {
  const frameOf = (text: string, words: string) => framed(text).find((f) => f.text === words)?.frame;
  it.each([
    { text: 'The team won six games in a row.', words: 'six', open: true, why: 'a thing of no class, an event outside the lexicon' },
    { text: 'He is survived by two boys and a daughter.', words: 'two', open: true, why: 'children counted with no event' },
    { text: 'Klein landed 28 punches in the round.', words: '28', open: true, why: 'a family that counts other things (shells land)' },
    { text: 'Police said no shots were fired.', words: 'no', open: true, why: 'shots are not what the firing family counts' },
    { text: 'Militants fired 20 rockets at the town.', words: '20', open: false, why: 'rockets are fired' },
    { text: 'Two pirate boats approached the tanker.', words: 'Two', open: false, why: 'vessels are counted by themselves' },
    { text: 'Five people were killed in the blast.', words: 'Five', open: false, why: 'an event of the lexicon' },
    { text: 'Up to 80 percent of services in the region were cut.', words: 'Up to 80 percent', open: true, why: 'a share named by one noun' },
    { text: 'Hale added a 12-point effort off the bench.', words: '12', open: true, why: 'a grade of one of many things, not of a happening' },
    { text: 'Officers patrol a 260-acre reservation near the casino.', words: '260', open: true, why: 'the size of a thing, not a count of acres' },
  ])('$why', ({ text, words, open }) => {
    const frame = frameOf(text, words);
    expect(frame).toBeDefined();
    expect(frame!.alignedOnly === true).toBe(open);
  });
});

describe('labels: what a hyphenated figure grades, a people\'s capital', () => {
  it.each([
    { text: 'Ukrainian forces engaged six Chinese soldiers near the town.', words: 'six', label: 'number of Chinese soldiers' },
    { text: 'Officers patrol a 260-acre reservation near the casino.', words: '260', label: 'acres of the reservation' },
    { text: 'Crews fought a four-alarm fire overnight.', words: 'four', label: 'alarms of the fire' },
    // A counted noun written as a name keeps its form; a capital alone may be an outlet's style.
    { text: 'Police seized three AK-47s from the house.', words: 'three', label: 'AK-47s seized' },
    { text: 'As two St. Mary Deputies arrived, shots rang out.', words: 'two', label: 'deputies arrived' },
  ])('$label', ({ text, words, label }) => {
    expect(framed(text).find((f) => f.text === words)?.frame?.label).toBe(label);
  });

  it('counts happenings whatever verb stands near them: "injured in two shootings" is two shootings', () => {
    expect(keyOf('One man was killed and five others injured in two shootings near the campus.', 'two')).toBe('count|shooting|');
  });
});

describe('wholes given in parts', () => {
  it.each([
    { text: 'Police seized seven AK-47s, three other automatic rifles and a launcher.', whole: 10, key: 'count|rifle|seize' },
    { text: 'Two tankers and four other vessels were sunk.', whole: 6, key: 'count|vessel|sink' },
    { text: 'Boats rescued 40 people from the water, and helicopters lifted 12 more to safety.', whole: 52, key: 'count|person|rescue' },
    { text: 'Four people died on Monday and two more died in hospital.', whole: 6, key: 'count|person|kill' },
  ])('$whole for "$text"', ({ text, whole, key }) => {
    const summed = framed(text).filter((f) => f.scope?.summed === true);
    expect(summed.map((f) => [f.value, f.frame?.key])).toEqual([[whole, key]]);
  });

  it.each([
    { text: 'Two men died and three other people were hurt.', why: 'the parts answer different questions' },
    { text: 'The crash left one driver dead and three other people injured.', why: 'the parts have different states' },
    { text: 'The blast left two workers missing and five others wounded.', why: 'the parts have different states' },
    { text: 'Police seized about seven pistols, three other guns.', why: 'a hedged part' },
    { text: 'Three other rifles were found later.', why: 'no first part in the sentence' },
    { text: 'Two people died and 30 more were hurt.', why: 'the addition counts another event' },
    { text: 'Nine were hurt, and about 20 more were treated.', why: 'a hedged addition' },
  ])('no whole for "$text" ($why)', ({ text }) => {
    expect(framed(text).filter((f) => f.scope?.summed === true)).toEqual([]);
  });
});

describe('scopes: what limits a fact to one event, place or part', () => {
  it.each([
    { text: 'Four people were injured, including one police officer.', words: 'one', scope: { part: true } },
    { text: 'Five of the officers died.', words: 'Five', scope: { part: true } },
    { text: 'Commandos arrested 12 Somali and 11 Yemeni pirates.', words: '12', scope: { part: true } },
    { text: 'Police seized seven rifles and three other guns.', words: 'three', scope: { part: true } },
    { text: 'Another 4,000 people marched in the port city.', words: '4,000', scope: { part: true, increment: true } },
    { text: 'Five armed raiders -- two of them masked -- fled in a van.', words: 'two', scope: { part: true } },
    { text: 'Officials said the three worst-affected villages were cut off.', words: 'three', scope: { part: true } },
    // A group named with one more member the count leaves out.
    { text: 'Two city police officers and a sheriff\'s deputy died on Sunday.', words: 'Two', scope: { coordinated: true } },
    { text: 'Four firefighters, and a police officer, were hurt.', words: 'Four', scope: { coordinated: true } },
    { text: 'Police seized nine rifles and a launcher.', words: 'nine', scope: { coordinated: true } },
    // A participle clause after a count of the same people splits that count, which may itself be a part.
    { text: 'The sniper shot four guards at the gate, killing one and wounding three.', words: 'one', scope: { part: true } },
    { text: 'Police said the gunman shot five students in the hall, killing two and injuring three.', words: 'two', scope: { part: true } },
    { text: 'Doctors said about 12 people were critically injured.', words: 'about 12', scope: { severe: true } },
    { text: 'Witnesses said Doe shot and killed the two men.', words: 'two', scope: { given: true } },
    { text: 'Those three victims died at the scene.', words: 'three', scope: { given: true } },
    { text: 'Roe shot two Delmar officers, Ann Lee, 32, and Bo Park, 41, police said.', words: 'two', scope: { given: true } },
    { text: 'The blast killed three miners, Jo Ames and the brothers Ed and Al Kerr.', words: 'three', scope: { given: true } },
    { text: 'Two suffered non-life-threatening injuries and one is in hospital.', words: 'Two', scope: { mild: true } },
    { text: 'Three people suffered minor injuries in the crash.', words: 'Three', scope: { mild: true } },
    { text: 'Four were slightly hurt in the crash.', words: 'Four', scope: { mild: true } },
    { text: 'Eleven Georgians, among them two medics, have been killed in the war.', words: 'Eleven', scope: { cumulative: true, side: 'georgian' } },
    { text: 'Elsewhere, five people died when a bridge fell.', words: 'five', scope: { otherEvent: true } },
    { text: 'Around 30 more people were led to safety.', words: 'Around 30', scope: { part: true, increment: true } },
    // Others that are also so add to a count told before; others beside the dead are no addition.
    { text: 'Four others were also hospitalized.', words: 'Four', scope: { increment: true } },
    { text: 'Two other people have also been injured.', words: 'Two', scope: { increment: true } },
    { text: 'Six shells were fired and two landed inside the compound.', words: 'two', scope: { within: 'inside compound' } },
    { text: 'One rocket, which failed to explode, fell within the camp.', words: 'One', scope: { within: 'inside camp' } },
    { text: 'The death toll has risen to 24.', words: '24', scope: { cumulative: true } },
    { text: 'Israel has so far lost seven soldiers killed in action.', words: 'seven', scope: { cumulative: true } },
    { text: 'Three people have now died after the fire.', words: 'Three', scope: { cumulative: true } },
    { text: 'The toll now stands at 14, up from nine on Monday.', words: '14', scope: { cumulative: true } },
    { text: 'In 2004, a tsunami killed 230,000 people.', words: '230,000', scope: { era: '2004' } },
    { text: 'The quake killed 10 people in Takengon.', words: '10', scope: { place: 'takengon' } },
    // A place named before the figure is where the event struck, not a limit on the count.
    { text: 'In 2001 a storm hit the coast near Port Alma, killing at least nine people.', words: 'at least nine', scope: { era: '2001', place: 'port alma', placeIsSetting: true } },
    // The nearest date sets a figure's background: the second blast was in May.
    { text: 'A blast killed 30 in Tarvo in 2001, and 12 died in Ostrel in May in a second blast.', words: '12', scope: { era: 'month:may' } },
    { text: 'Ministers agreed a €110 billion ($143 billion) loan, stolen from nobody.', words: '$143 billion', scope: { converted: true } },
  ])('$scope for "$words" in "$text"', ({ text, words, scope }) => {
    expect(framed(text).find((f) => f.text === words)?.scope).toMatchObject(scope);
  });

  it.each([
    { text: 'One man was killed and four others were injured.', words: 'four' },
    { text: 'Three others were hurt when the roof fell.', words: 'Three' },
  ])('no addition in "$text": the others are those not counted before', ({ text, words }) => {
    expect(framed(text).find((f) => f.text === words)?.scope?.increment).toBeUndefined();
  });

  it.each([
    { text: 'The storm hit the valley, killing 24 people and injuring 10.', words: '10' },
    { text: 'A gunman opened fire at the depot, killing three drivers and wounding two.', words: 'two' },
    { text: 'The bus overturned on the pass, injuring eight and killing one.', words: 'one' },
    // Those aboard are no count of the harmed: the injured after them are the story's own.
    { text: 'The train, carrying about 400 passengers, derailed near the station, injuring 60.', words: '60' },
  ])('the dead and the injured are no parts of each other: "$words" in "$text" counts its own', ({ text, words }) => {
    expect(framed(text).find((f) => f.text === words)?.scope?.part).toBeUndefined();
  });

  it.each([
    { text: 'Two people were killed and a man was injured.', words: 'Two' },
    { text: 'Four officers were shot and one deputy was hurt.', words: 'Four' },
    { text: 'The ferry was carrying 203 passengers and a crew of 19.', words: '203' },
  ])('no group named with one more when the count\'s own clause goes on: "$words" in "$text" counts its own', ({ text, words }) => {
    expect(framed(text).find((f) => f.text === words)?.scope?.coordinated).toBeUndefined();
  });

  it.each([
    { text: 'Three officers, Chief Dana Roe said, were hurt in the crash.', words: 'Three' },
    { text: 'Two men, both from Leeds, were arrested on Friday.', words: 'Two' },
  ])('no members named in "$text": "$words" counts the event', ({ text, words }) => {
    expect(framed(text).find((f) => f.text === words)?.scope?.given).toBeUndefined();
  });

  it.each([
    { text: 'Officials on Tuesday expressed concern that two men were detained.', words: 'two' },
    { text: 'The mayor on Friday warned that 40 homes could be lost.', words: '40' },
    { text: 'Police on Monday denied that three people were arrested.', words: 'three' },
  ])('the day of a statement is not the day of "$words" in "$text"', ({ text, words }) => {
    const fact = framed(text).find((f) => f.text === words);
    expect(fact).toBeDefined();
    expect(fact?.scope?.day).toBeUndefined();
  });

  it.each([
    { text: 'One man died at the scene and 12 were transported to Mercy General Hospital.', words: '12' },
    { text: 'Four victims were rushed to area hospitals, police said.', words: 'Four' },
  ])('no question for those taken to hospital: "$text"', ({ text, words }) => {
    expect(keyOf(text, words)).toBeUndefined();
  });

  it.each([
    { text: 'Six shells were fired and two landed inside the compound.', words: 'Six', why: 'another count stands nearer the enclosure' },
    { text: 'Nine people were hurt, police said, inside the camp.', words: 'Nine', why: 'another clause' },
    { text: 'Thirty people died after shells exploded inside the camp.', words: 'Thirty', why: 'the enclosure is the next clause\'s' },
  ])('no enclosure for "$words" in "$text" ($why)', ({ text, words }) => {
    expect(framed(text).find((f) => f.text === words)?.scope?.within).toBeUndefined();
  });

  it.each([
    { text: 'A bomb went off in the square, killing three people and wounding 20.', words: 'three', why: 'no count before it to split' },
    { text: 'Eight people were shot at the party and two of the victims were killed.', words: 'Eight', why: 'the whole itself' },
  ])('"$words" in "$text" is no part ($why)', ({ text, words }) => {
    expect(framed(text).find((f) => f.text === words)?.scope?.part).toBeUndefined();
  });

  /** The scope of the count whose words are `words` in the article `texts` (one source). */
  const inArticle = (texts: readonly string[], words: string) => {
    const sentences = texts.map((text, index) => ({ source: 's', index, line: index + 1, text }));
    const facts = articleScopes(sentences, sentences.map((s) => { const parsed = parseSentence(s.text); return frameFacts(extractFacts(s, {}, parsed), parsed); }));
    return facts.flat().find((f) => f.text === words)?.scope;
  };

  it.each([
    { texts: ['A man killed four relatives at the farm.', 'He then shot and killed himself.'], words: 'four' },
    { texts: ['Five people died in what police called a murder-suicide.'], words: 'Five' },
    { texts: ['The attacker was later shot dead by officers.', 'Seven people were killed in the market.'], words: 'Seven' },
    { texts: ['Police said the gunman, a 40-year-old, died at the scene.', 'He had killed two customers.'], words: 'two' },
    { texts: ['The bomber killed nine people before taking his own life.'], words: 'nine' },
  ])('"$words" is a count of the dead in an article whose perpetrator died ($texts)', ({ texts, words }) => {
    expect(inArticle(texts, words)?.perpetratorDied).toBe(true);
  });

  it.each([
    { texts: ['The suspect killed three people at the depot.'], words: 'three', why: 'the suspect killed, he did not die' },
    { texts: ['One man died at the scene and two people were killed on the bridge.'], words: 'two', why: 'the victims died' },
    { texts: ['Officers arrested the gunman.', 'Six people were killed.'], words: 'Six', why: 'he was arrested' },
  ])('no perpetrator death for "$words" in $texts ($why)', ({ texts, words }) => {
    expect(inArticle(texts, words)?.perpetratorDied).toBeUndefined();
  });

  it('keeps a converted figure in brackets whole, not a set-in part', () => {
    const scope = framed('Thieves stole jewels worth 85 million euros ($108 million).').find((f) => f.text === '$108 million')?.scope;
    expect(scope?.converted).toBe(true);
    expect(scope?.part).toBeUndefined();
  });

  it('gives a figure with no day of its own the day its article leads with, and carries background one sentence on', () => {
    const texts = [
      "Monday's earthquake injured three people on the island.",
      'Three people were injured.',
      'In April last year an 8.6-magnitude quake struck off the coast.',
      'Five people died in that quake.',
    ];
    const sentences = texts.map((text, index) => ({ source: 's', index, line: index + 1, text }));
    const facts = articleScopes(
      sentences,
      sentences.map((s) => {
        const parsed = parseSentence(s.text);
        return frameFacts(extractFacts(s, {}, parsed), parsed);
      }),
    );
    const framedOf = (i: number) => facts[i]!.find((f) => f.kind === 'number' && f.frame !== undefined);
    expect(framedOf(1)?.scope?.day).toBe('monday');
    expect(framedOf(3)?.scope?.era).toBe('month:april');
  });
});
