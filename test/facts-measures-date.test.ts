/**
 * The date measure of the fact layer: what happening a calendar date dates (its verb or event noun, what tells it
 * apart, whom it is about) in several wordings, or that it abstains (reports, bounds, spans, relative dates); how
 * two dates of one happening compare; the labels people read; and runs through `compare()` where outlets give
 * different years for one happening, or dates of different happenings with the same verb.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, frameFacts, parseSentence } from '../src/extract/index.js';
import { compareTypedFacts, readTypedFacts, type DateValue, type TypedFact } from '../src/facts/index.js';
import { date, dateValueOf } from '../src/facts/measures/date.js';
import { compare } from '../src/pipeline.js';

/** The typed date facts of a sentence, read as the pipeline reads them. */
function datesOf(text: string, source = 'a'): TypedFact[] {
  const sentence = { source, index: 0, line: 1, text };
  const parsed = parseSentence(text);
  const mentions = frameFacts(extractFacts(sentence, {}, parsed), parsed);
  return readTypedFacts({ sentence, parsed, mentions }).filter((f) => f.measure === 'date');
}

/** A fact as one line: subject, attribute, the value in words; "(one claim)" when only one claim compares it. */
function described(f: TypedFact): string {
  return `${f.subject.id} ${f.attribute.id} ${date.words(f.value)}${f.alignedOnly === true ? ' (one claim)' : ''}`;
}

describe('date: what a date dates', () => {
  it.each([
    // A verdict, however it is worded: whom it befell and the charge tell it apart.
    ['Dana Crane was found guilty of arson on May 14.', ['name:dana crane convict|arson|befell May 14']],
    ['The jury found Dana Crane guilty of arson on May 14.', ['name:dana crane convict|arson|befell May 14']],
    ['Crane was convicted of arson in June 2011.', ['name:crane convict|arson|befell June 2011']],
    ['In June 2011 the defendant was convicted of arson.', ['person convict|arson|befell June 2011']],
    ['The guilty verdict on May 14 surprised nobody.', ['event convict| May 14 (one claim)']],
    // A sinking, active or passive: the ship named is whom it befell; a ship unnamed, its kind.
    ['On March 4, the storm sank the ferry Marisol.', ['name:marisol sink||befell March 4']],
    ['The ferry Marisol was sunk by a storm on March 3.', ['name:marisol sink||befell March 3']],
    ['Then, on March 3, it had sunk a fishing trawler.', ['person sink|vessel March 3']],
    ['On March 4, the frigate Orla sank a pirate vessel after a chase.', ['name:orla sink|vessel March 4']],
    // The kind of thing that did it tells no happening apart: a story may tell of several quakes.
    ['In April an 8.6-magnitude quake struck off the coast.', ['event strike| April (one claim)']],
    // A replacement: who replaced whom.
    ['The coastguard replaced the cutter Orla in late April.', ['name:orla replace||befell April']],
    ['The cutter Orla was replaced early in May.', ['name:orla replace||befell May']],
    ['Kestrel, which replaced the cutter Orla in late April, sailed on.', ['name:kestrel replace|orla April']],
    // Someone's own happening: the subject tells it apart.
    ['In 1957, Marla Voss vanished from public life.', ['name:marla vos disappear| 1957']],
    ['Voss suddenly disappeared from the scene in 1958.', ['name:vos disappear| 1958']],
    ['Marla Voss married in 1961.', ['name:marla vos marry| 1961']],
    ['In 1961, Marla Voss married the painter Theo Brandt.', ['name:marla vos marry|theo brandt 1961']],
    // A happening named by a noun, before or after the date.
    ['Her second marriage failed in 1974.', ['person end|marriage 1974']],
    ['Her second marriage broke down in 1977.', ['person end|marriage 1977']],
    ["Voss's 1974 divorce was bitter.", ['name:vos divorce| 1974']],
    ['A 1962 Senate hearing heard her testimony.', ['event hearing|senate 1962']],
    ['The Senate hearing in 1966 heard her testimony.', ['event hearing|senate 1966']],
    ['The tsunami of 2004 killed thousands.', ['event tsunami| 2004 (one claim)']],
    // A work's date is its release; its title is whom the date is about.
    ['The 1998 documentary Salt Roads won an award.', ['title:salt roads release| 1998']],
    ['A small studio released Salt Roads in 1999.', ['title:salt roads release| 1999']],
    ['Salt Roads, a documentary released in 1999, won an award.', ['title:salt roads release| 1999']],
    ['The 1991 film based on the book flopped.', ['event release| 1991 (one claim)']],
    // A birth date is a person's.
    ['Voss was born on June 9, 1938, in Leeds.', ['name:vos birth| June 9, 1938']],
    ['She was born in 1938 to a family of farmers.', ['person birth| 1938 (one claim)']],
    // A clause of a bare participle opening the sentence takes the main clause's subject; where a person was born
    // tells no birth apart.
    ['Born in Leeds in 1938, Voss became a painter.', ['name:vos birth| 1938']],
    ['Voss died in Leeds in 2001.', ['name:vos die| 2001']],
    // Two happenings of one verb, each with its own object.
    ['Orla Pike won the national title in 2004 and the open title in 2007.', ['name:orla pike win|title 2004', 'name:orla pike win|title 2007']],
    ['Pike won the Greenfield marathon in 2006.', ['name:pike win|marathon 2006']],
  ])('%s', (text, expected) => {
    expect(datesOf(text).map(described)).toEqual(expected);
  });

  it.each([
    // Reports are dated by their publication, not by a happening.
    ['Voss said on March 2 that she was innocent.'],
    ['"I was wrong," she told reporters in 2006.'],
    ['The agency posted the notice on 2010-03-02.'],
    ['The company released a statement on May 3.'],
    // Spans and bounds are no day of a happening.
    ['Crane served in the navy from 2005 to 2010.'],
    ['Crane served in the navy from June 2008 to January 2009.'],
    ['She taught at the school between 1990 and 1994.'],
    ['She has lived in Leeds since 1999.'],
    ['Voss left the company after 2003.'],
    ['Crane has held the belt since beating Tom Rudd in April 2006.'],
    // A date with no happening in its clause, relative dates and times of day are not read.
    ['The ferry left at 9 p.m. yesterday.'],
    ['It was a cold day in 1947.'],
  ])('nothing for: %s', (text) => {
    expect(datesOf(text).map(described)).toEqual([]);
  });
});

describe('date: values and verdicts', () => {
  it.each([
    ['2008-11-19', { year: 2008, month: 11, day: 19 }, 'November 19, 2008'],
    ['2008-11', { year: 2008, month: 11 }, 'November 2008'],
    ['2008', { year: 2008 }, '2008'],
    ['--11-19', { month: 11, day: 19 }, 'November 19'],
    ['month:november', { month: 11 }, 'November'],
  ])('%s', (value, fields, words) => {
    const v = dateValueOf(value);
    expect(v).toEqual({ type: 'date', ...fields });
    expect(date.words(v!)).toBe(words);
  });

  it.each(['relative:yesterday', 'time:13:53', 'decade:1990s', 'month:smarch'])('no calendar value: %s', (value) => {
    expect(dateValueOf(value)).toBeUndefined();
  });

  const d = (fields: Omit<DateValue, 'type'>): DateValue => ({ type: 'date', ...fields });
  it.each([
    ['2005 / 2006: both name the year', d({ year: 2005 }), d({ year: 2006 }), 'conflict'],
    ['2005 / 2005', d({ year: 2005 }), d({ year: 2005 }), 'agree'],
    ['November 2008 / November 19, 2008: one more precise', d({ year: 2008, month: 11 }), d({ year: 2008, month: 11, day: 19 }), 'agree'],
    ['2006 / March 1, 2005: the year differs', d({ year: 2006 }), d({ year: 2005, month: 3, day: 1 }), 'conflict'],
    ['November 18 / November 19', d({ month: 11, day: 18 }), d({ month: 11, day: 19 }), 'conflict'],
    ['March 20 / April 2007', d({ month: 3, day: 20 }), d({ year: 2007, month: 4 }), 'conflict'],
    ['2005 / March 20: nothing shared', d({ year: 2005 }), d({ month: 3, day: 20 }), 'agree'],
    ['November / December: months meet at their edge', d({ month: 11 }), d({ month: 12 }), 'possible'],
    ['November / December 1, 2008', d({ month: 11 }), d({ year: 2008, month: 12, day: 1 }), 'possible'],
    ['November / November 30', d({ month: 11 }), d({ month: 11, day: 30 }), 'agree'],
  ])('%s', (_name, a, b, verdict) => {
    expect(date.compare(a, b)).toBe(verdict);
    expect(date.compare(b, a)).toBe(verdict);
  });
});

describe('date: the question in words', () => {
  /** The label of the one row two sources' sentences make. */
  function labelOf(a: string, b: string): string | undefined {
    const facts = [...datesOf(a, 'a'), ...datesOf(b, 'b')];
    return compareTypedFacts(facts, () => 'c1').table[0]?.frame.label;
  }

  it.each([
    ['Dana Crane was found guilty of arson on May 14.', 'The jury found Dana Crane guilty of arson on May 15.', 'date Dana Crane was found guilty of arson'],
    ['In 1957, Marla Voss vanished from public life.', 'Voss disappeared from the scene in 1958.', 'year Marla Voss vanished'],
    ['Her second marriage failed in 1974.', 'Her second marriage broke down in 1977.', 'year the marriage failed'],
    ["Marla Voss's second marriage failed in 1974.", "Voss's second marriage failed in 1977.", "year Marla Voss's marriage failed"],
    ['The 1998 documentary Salt Roads won an award.', 'A small studio released Salt Roads in 1999.', 'year Salt Roads was released'],
    ['The guilty verdict on May 14 surprised nobody.', 'The verdict on May 15 surprised nobody.', 'date of the verdict'],
    ['A 1962 Senate hearing heard her testimony.', 'The Senate hearing in 1966 heard her testimony.', 'year of the Senate hearing'],
    ['On March 4, the frigate Orla sank a pirate vessel.', 'On March 5, the frigate Orla sank a fishing trawler.', 'date Orla sank the vessel'],
    ['Voss was born on June 9, 1938, in Leeds.', 'Marla Voss was born on June 9, 1938.', 'date of birth of Marla Voss'],
    ['Fighting erupted on June 24 near the border.', 'Fighting erupted on June 25 near the border.', 'date of the eruption'],
    // A phrasal verb keeps its particle before its object; another verb's particle there is a preposition.
    ['Rook knocked out Dale Penn in 2009 in the 11th round.', 'Rook knocked out Dale Penn in 2010.', 'year Rook knocked out Dale Penn'],
    // A passive's subject is no doer: the label keeps the passive.
    ["The bar's license was revoked on June 7.", "The bar's license was revoked on June 9.", 'date the license was revoked'],
  ])('%s / %s', (a, b, label) => {
    expect(labelOf(a, b)).toBe(label);
  });
});

describe('dates through compare()', () => {
  const source = (id: string, text: string) => ({ id, path: `${id}.txt`, text });
  const dateContradictions = (sources: ReturnType<typeof source>[]) => compare(sources).contradictions.filter((c) => c.frame?.measure === 'date');

  it('reports one contradiction where two outlets give different years for one happening', () => {
    const found = dateContradictions([
      source('a', 'The painter Marla Voss died on Friday in Leeds.\n\nVoss vanished from public life in 1957, friends said.\n\nShe was 84.'),
      source('b', 'Marla Voss, a painter, has died in Leeds at the age of 84.\n\nIn 1958, Voss disappeared from public view.'),
      source('c', 'Painter Marla Voss died on Friday.\n\nShe had withdrawn from public life decades ago.'),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ strength: 'conflict', frame: { measure: 'date', label: 'year Marla Voss vanished' } });
    expect(found[0]!.values.map((v) => [v.source, v.value]).sort()).toEqual([['a', '1957'], ['b', '1958']]);
  });

  it('reports none for dates of different happenings with the same verb', () => {
    const found = dateContradictions([
      source('a', 'The boxer Orla Pike retired on Sunday.\n\nPike won the national title in 2004.\n\nShe served in the navy from 1995 to 2000.'),
      source('b', 'Orla Pike, the boxer, retired on Sunday.\n\nPike won the Greenfield marathon in 2007.\n\nShe served at sea in June 1998.'),
      source('c', 'Boxer Orla Pike retired on Sunday.\n\nHer rival Dana Crane won the national title in 2006.'),
    ]);
    expect(found).toEqual([]);
  });

  it('reports none where one outlet dates two occurrences of a happening and another dates one', () => {
    const found = dateContradictions([
      source('a', 'Orla Pike retired on Sunday.\n\nPike won the open title in 2004 and the open title again in 2007.'),
      source('b', 'Orla Pike retired on Sunday.\n\nPike won the open title in 2007.'),
    ]);
    expect(found).toEqual([]);
  });
});
