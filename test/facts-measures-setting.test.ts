/**
 * The setting measure: where a happening took place, as the phrase after its verb says, read in several wordings;
 * what it leaves unread (speech, times, acts, figures); how two settings compare; and the whole run, where only a
 * named subject is one question across sources.
 */
import { describe, expect, it } from 'vitest';
import type { TermValue, TypedFact } from '../src/facts/index.js';
import { setting } from '../src/facts/measures/setting.js';
import { compare } from '../src/pipeline.js';
import { readWith } from './helpers/typed-facts.js';

const described = (f: TypedFact) => `${f.subject.id} ${f.attribute.id} ${setting.words(f.value)}`;

describe('setting: what is read', () => {
  it.each([
    ['Marta Perez hid in a storage closet until officers arrived.', ['name:marta perez setting|hide|does|at|artifact closet']],
    ['Dev Anand, 52, was stabbed in the kitchen of his flat.', ['name:dev anand setting|stab|undergoes|at|artifact kitchen']],
    // The verb's object is whom it happened to.
    ['A neighbour found Oren Blum in the basement.', ['name:oren blum setting|find|undergoes|at|artifact basement']],
    ['The robbers locked a guard in the vault.', ['thing:guard setting|lock|undergoes|at|artifact vault']],
    // A past form joined to a passive, with no object of its own, is passive too; with an object it is active.
    ['Workers were questioned and escorted from the building.', ['thing:worker setting|escort|undergoes|from|artifact building']],
    ['Guests were searched or escorted from the hall.', ['thing:guest setting|escort|undergoes|from|artifact hall']],
    // A place WordNet knows, and the second verb of a chain takes the first one's subject.
    ['Lena Voss sold her farm, moved to Oregon and opened a bakery.', ['name:lena vos setting|move|does|to|place Oregon']],
    // A form that can only be a participle shares the first verb's passive: "were wounded and taken".
    ['Two guards were wounded and taken to a hospital.', ['thing:guard setting|take|undergoes|to|artifact hospital']],
    ['Lena Voss was questioned and moved to Oregon.', ['name:lena vos setting|move|does|to|place Oregon']],
    // A named thing of a common kind.
    ['Tom Reyes was flown to Harbor Point Hospital.', ['name:thomas reies setting|take|undergoes|to|artifact Harbor Point Hospital']],
    // Phrases of other prepositions, a date or a means, are passed over to the setting.
    ['Lena Voss was born on 3 May 1950 in Oregon.', ['name:lena vos setting|bear|undergoes|at|place Oregon']],
    ['Tom Reyes was flown by helicopter to Harbor Point Hospital.', ['name:thomas reies setting|take|undergoes|to|artifact Harbor Point Hospital']],
    // Two settings joined: both read, so the source shows two answers.
    ['He was hit in the arm and the chest.', ['person setting|hit|undergoes|at|body arm', 'person setting|hit|undergoes|at|body chest']],
    // An institution is a body of people first and then the building it meets in.
    ['Ines Moro will worship in a local school this morning.', ['name:ines moro setting|worship|does|at|artifact school']],
    ['The clerks hid in an office until dawn.', ['thing:clerk setting|hide|does|at|artifact office']],
    // A common noun capitalised only because it opens the sentence.
    ['Tellers hid in a closet.', ['thing:teller setting|hide|does|at|artifact closet']],
    // Modifiers hyphened or verb-like before the head; a dead person's body is somewhere as a person is.
    ['Crews found the body in a third-floor storage room.', ['thing:body setting|find|undergoes|at|artifact storage room']],
    ['The body was found in a two-story house.', ['thing:body setting|find|undergoes|at|artifact house']],
    // A sentence-opening clause of a bare participle takes the main clause's subject.
    ['Born in Leeds in 1950, Ines Moro became a painter.', ['name:ines moro setting|bear|undergoes|at|place Leeds']],
    ['Taken by helicopter to Harbor Point Hospital, Tom Reyes was listed in stable condition.', ['name:thomas reies setting|take|undergoes|to|artifact Harbor Point Hospital']],
    // Rushed, flown, driven: taken; a building named to its last word ("Infirmary" tagged as a name).
    ['Friends drove him to Northgate Medical Center.', ['person setting|take|undergoes|to|location Northgate Medical Center']],
    ['Mr Okoro was airlifted to the Royal Marden Infirmary.', ['name:okoro setting|take|undergoes|to|artifact Royal Marden Infirmary']],
    // An object that is no one is part of the deed: where the gunman opened fire.
    ['The gunman opened fire in the cafeteria.', ['thing:gunman setting|open|does fire|at|artifact cafeteria']],
    // Where, told by what is near; a part of a place is the place named after "of".
    ['The trawler Mina sank off Crete.', ['name:mina setting|sink|does|at|place Crete']],
    ['Ana Ruiz was arrested near Houston.', ['name:ana ruiz setting|arrest|undergoes|at|place Houston']],
    ['Tom Reyes was shot outside the bakery.', ['name:thomas reies setting|shoot|undergoes|at|artifact bakery']],
    ['The freighter Mina sank off the coast of Crete.', ['name:mina setting|sink|does|at|place Crete']],
    ['Ana Ruiz was arrested on the outskirts of Houston.', ['name:ana ruiz setting|arrest|undergoes|at|place Houston']],
    // A street by its name; the story's happening by its verbs of taking place.
    ['Tom Reyes was shot on N. Elm St.', ['name:thomas reies setting|shoot|undergoes|at|artifact N. Elm St.']],
    ['The shooting happened on Elm Street.', ['happening:shooting setting|happen|does|at|artifact Elm Street']],
    // Said of whom it befell, an aiming verb's phrase is a place again.
    ['Ana Ruiz was shot at the bakery.', ['name:ana ruiz setting|shoot|undergoes|at|artifact bakery']],
    ['The fire began in the kitchen.', ['happening:blaze setting|start|does|at|artifact kitchen']],
  ])('%s', (text, expected) => {
    expect(readWith('setting', text).map(described)).toEqual(expected);
  });

  it.each([
    ['The mayor said in a statement that the plant would reopen.', 'speech'],
    ['Ana Ruiz was stopped in the sixth round.', 'a round is a time of a fight, not a place'],
    ['Ana Ruiz was arrested on Monday.', 'a day'],
    ['Ana Ruiz lived in Ohio for a decade.', 'a habit that holds in many places'],
    ['Crews were working on the 1200 block of Elm Street.', 'an address is a figure'],
    ['Cables linking Sicily to Egypt were cut.', 'a verb in -ing modifies a noun'],
    ['They fled to Mexico.', 'a pronoun for several is no one subject'],
    ['Ana Ruiz was held in custody.', 'custody is a state, not a place'],
    ['Ana Ruiz was never taken to hospital.', 'a happening denied'],
    ['Ana Ruiz did not move to Oregon.', 'a happening denied'],
    ['Ana Ruiz moved back to Oregon in 1990.', 'a later happening of the same verb'],
    ['Ana Ruiz moved then to Oregon.', 'a later happening of the same verb'],
    ['Ana Ruiz was hurt at the game.', 'a game is an act'],
    ['Ana Ruiz was questioned at the time.', 'a time'],
    ['Ana Ruiz held a vigil at the church.', 'an object with a determiner may be one of several'],
    ['Ana Ruiz planned to fly to Oregon.', 'an infinitive: meant, not done'],
    ['Deputies made a traffic stop along Elm Street.', 'a noun the tagger may take for a verb'],
    ['Ana Ruiz fired at several vehicles.', 'the target of an aim, not a place'],
    ['Ana Ruiz shot into the crowd.', 'the target of an aim, not a place'],
    ['Nothing provoked Ana Ruiz to suddenly move to Oregon.', 'an infinitive after an adverb'],
  ])('reads nothing in "%s" (%s)', (text) => {
    expect(readWith('setting', text)).toEqual([]);
  });

  it('marks a subject that is not a name as compared within one claim only', () => {
    const [fact] = readWith('setting', 'The victim was taken to Mercy Hospital.');
    expect(fact?.alignedOnly).toBe(true);
    const [named] = readWith('setting', 'Joe Tan was taken to Mercy Hospital.');
    expect(named?.alignedOnly).toBeUndefined();
    // The story's one made thing in the story's happening, named with "the" alone, is one question across the run.
    expect(readWith('setting', 'The bus crashed in the Alps.')[0]?.alignedOnly).toBeUndefined();
    expect(readWith('setting', 'The shooting happened on Elm Street.')[0]?.alignedOnly).toBeUndefined();
    expect(readWith('setting', 'The car was parked in the garage.')[0]?.alignedOnly).toBe(true);
    expect(readWith('setting', 'A shooting happened on Elm Street.')[0]?.alignedOnly).toBe(true);
    // One person the story counts by an ordinal is a subject of their own, across the run.
    const [fourth] = readWith('setting', 'A fourth victim walked into Oakdale General Hospital.');
    expect(fourth?.subject).toEqual({ id: 'thing:victim#4', label: 'the fourth victim' });
    expect(fourth?.alignedOnly).toBeUndefined();
  });

  it('keeps a birth in the story\'s time: the year beside it is its own date, not another era', () => {
    const [born] = readWith('setting', 'Ines Moro was born in Leeds in 1950.');
    const [moved] = readWith('setting', 'Ines Moro moved to Leeds in 1950.');
    expect(born?.scope).toEqual({});
    expect(moved?.scope).not.toEqual({});
  });

  it('words its question with the subject and the verb', () => {
    const [fact] = readWith('setting', 'Pia Holm was shot in the shoulder.');
    expect(fact?.attribute.about).toBe('where on the body {subject} was shot');
    const [plural] = readWith('setting', 'The workers were taken to a hospital.');
    expect(plural?.attribute.about).toBe('where {subject} were taken');
    // A common noun is worded as English asks: a singular with its article.
    expect(plural?.subject.label).toBe('workers');
    expect(readWith('setting', 'The guard was taken to a hospital.')[0]?.subject.label).toBe('the guard');
  });

  it.each([
    ['Thousands of people took to the streets of the capital.'],
    ['Angry residents took to the town hall steps on Monday.'],
  ])('reads no setting of a verb of taking with no one taken: "%s"', (text) => {
    expect(readWith('setting', text)).toEqual([]);
  });
});

describe('setting: verdicts', () => {
  const common = (key: string, written = key): TermValue => ({ type: 'term', key, written, kind: 'common', head: key.split(' ').pop()! });
  const place = (name: string): TermValue => ({ type: 'term', key: name, written: name, kind: 'place', head: name });
  const named = (name: string, head: string): TermValue => ({ type: 'term', key: name, written: name, kind: 'named', head });
  it.each([
    { a: common('kitchen'), b: common('bedroom'), verdict: 'conflict', why: 'two rooms' },
    { a: common('shoulder'), b: common('abdomen'), verdict: 'conflict', why: 'two parts of the body' },
    { a: common('room'), b: common('kitchen'), verdict: 'agree', why: 'a broader word' },
    { a: common('arm'), b: common('leg'), verdict: 'conflict', why: 'two limbs' },
    { a: common('closet'), b: common('closet', 'closets'), verdict: 'agree', why: 'one word' },
    { a: place('Oregon'), b: place('Florida'), verdict: 'conflict', why: 'two states apart' },
    { a: place('Houston'), b: place('Texas'), verdict: 'agree', why: 'a city within its state' },
    { a: named('Harbor Point Hospital', 'hospital'), b: named('St Jude Hospital', 'hospital'), verdict: 'conflict', why: 'two hospitals by name' },
    { a: named('Mercy Hospital', 'hospital'), b: named('Mercy Medical Hospital', 'hospital'), verdict: 'agree', why: 'one name written more fully' },
    { a: named('Mercy Hospital', 'hospital'), b: common('hospital'), verdict: 'agree', why: 'a named hospital is a hospital' },
    { a: place('Oregon'), b: common('kitchen'), verdict: 'agree', why: 'a place and a room answer no one question' },
    // Parts of a building (WordNet's part-of links up to a building), neither holding the other.
    { a: common('stair', 'stairs'), b: common('kitchen'), verdict: 'conflict', why: 'a stairway and a room' },
    { a: common('office'), b: common('closet'), verdict: 'conflict', why: 'an office and a closet' },
    { a: common('lounge'), b: common('stair', 'stairs'), verdict: 'conflict', why: 'a lounge and the stairs' },
    { a: common('basement'), b: common('kitchen'), verdict: 'agree', why: 'a floor holds rooms' },
    { a: common('house'), b: common('bathroom'), verdict: 'agree', why: 'a building holds its rooms' },
    { a: common('room'), b: common('lobby'), verdict: 'agree', why: 'a lobby is a room' },
    { a: common('parking lot'), b: common('lobby'), verdict: 'agree', why: 'a lot is no part of a building: nothing asserted' },
    { a: named('Bayview Police Station', 'station'), b: named('Oakdale General Hospital', 'hospital'), verdict: 'conflict', why: 'two named buildings of different kinds' },
    { a: named('Mercy Hospital', 'hospital'), b: named('Mercy Medical Center', 'center'), verdict: 'agree', why: 'one name, its kind worded otherwise' },
    { a: named('Elm', 'street'), b: named('Oak', 'street'), verdict: 'conflict', why: 'two streets' },
    { a: named('Elm', 'street'), b: named('Elm', 'street'), verdict: 'agree', why: 'one street, its type written short or long' },
  ])('$verdict: $why', ({ a, b, verdict }) => {
    expect(setting.compare(a, b)).toBe(verdict);
  });
});

describe('setting through compare()', () => {
  const run = (a: string, b: string) =>
    compare([
      { id: 'a', path: 'a.txt', text: a },
      { id: 'b', path: 'b.txt', text: b },
    ]).contradictions.filter((c) => c.frame?.measure === 'setting');

  it('reports two rooms where one named person hid, worded apart', () => {
    const found = run(
      'Fire broke out at the Delmar warehouse on Friday.\n\nNight guard Ruth Okafor hid in the attic as smoke filled the hall.',
      'A blaze gutted the Delmar warehouse on Friday.\n\nAs the smoke spread, Ruth Okafor took shelter and hid in the basement, her family said.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('term');
    expect(found[0]!.values.map((v) => v.value)).toEqual(['attic', 'basement']);
    expect(found[0]!.values.map((v) => v.subject)).toEqual(['Ruth Okafor', 'Ruth Okafor']);
  });

  it('reads a surname that is also a word as the person its article named, at the head of a sentence', () => {
    const found = run(
      'The singer Ada Long died on Monday at 84.\n\nLong gave up the stage, moved to Oregon and opened a bakery.',
      'The singer Ada Long died on Monday at 84.\n\nIn later years she left music behind and moved to Vermont.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.values.map((v) => v.value)).toEqual(['Oregon', 'Vermont']);
  });

  it('says nothing where the subject is "the victim" in sentences of different claims', () => {
    const found = run(
      'Two men were stabbed outside a bar in Leeds on Saturday.\n\nThe victim was taken to St James Hospital.',
      'Police are hunting a knifeman after a stabbing in Leeds.\n\nA witness who called for help said the older victim, bleeding from his leg, was taken to Airedale Hospital by ambulance late that night.',
    );
    expect(found).toEqual([]);
  });

  it('takes "he" for the one person the run names for the question', () => {
    const found = run(
      'Floods swept the town of Ashby on Sunday.\n\nFirefighters pulled Dale Harker, 71, from the roof of his car.\n\nHe was taken to Harrogate District Hospital.',
      'Rescuers plucked a pensioner from his car as the river rose in Ashby on Sunday.\n\nDale Harker was later taken to Airedale General Hospital for treatment.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.values.map((v) => [v.value, v.subject])).toEqual([
      ['Harrogate District Hospital', 'Dale Harker'],
      ['Airedale General Hospital', 'Dale Harker'],
    ]);
  });

  it('leaves "he" within one claim where the run names no one for the question', () => {
    const found = run(
      'A man was hurt when a tree fell on his car in Ashby.\n\nHe was taken to Harrogate District Hospital.',
      'Storms brought down trees across the county overnight, and one driver was hurt.\n\nHis car was crushed near the old stone bridge, and council officials said late on Monday night that he was taken to Airedale General Hospital by road ambulance with head and neck injuries.',
    );
    expect(found).toEqual([]);
  });

  it('asks one question of being rushed, flown or driven somewhere, and tells two hospitals of two names apart', () => {
    const found = run(
      'A factory worker was stabbed on Tuesday.\n\nMr Ansel Okoro was airlifted to the Royal Marden Infirmary with chest wounds.',
      'Ansel Okoro, 45, was stabbed at work.\n\nHe was taken to St Agnes Hospital in Walby, police said.',
    );
    expect(found.map((c) => c.values.map((v) => v.value))).toEqual([['Royal Marden Infirmary', 'St Agnes Hospital']]);
  });

  it('reports two birthplaces, one told in an opening clause with the year beside it', () => {
    const found = run(
      'The painter Ines Moro has died at 74.\n\nBorn in Leeds in 1950, Moro trained in Glasgow.',
      'Ines Moro, whose canvases hang in the Tate, has died.\n\nMoro was born on 2 May 1950 in Sheffield.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.values.map((v) => v.value)).toEqual(['Leeds', 'Sheffield']);
  });

  it('says nothing where one source gives two answers', () => {
    const found = run(
      'Ruth Okafor was shot in the arm and the chest, police said.',
      'Ruth Okafor was shot in the leg as she ran from the car.',
    );
    expect(found).toEqual([]);
  });
});
