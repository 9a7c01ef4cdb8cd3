import { describe, expect, it } from 'vitest';
import { extractFacts, extractNames, frameFacts, nameKey, parseSentence } from '../src/extract/index.js';
import { resolveEntities, withEntityFrames, type NameMention } from '../src/facts/entities.js';
import { compare } from '../src/pipeline.js';
import type { Fact } from '../src/types.js';

/** The name mentions of a run given as sentences per source, as the extract stage finds them. */
function mentionsOf(sources: Record<string, readonly string[]>): NameMention[] {
  return Object.entries(sources).flatMap(([source, texts]) =>
    texts.flatMap((text, sentence) =>
      extractNames({ source, index: sentence, line: sentence + 1, text }, parseSentence(text)).map((n) => ({
        source,
        sentence,
        key: String(n.value),
        text: n.text,
        span: n.span,
        ...(n.title !== undefined ? { title: n.title } : {}),
      })),
    ),
  );
}

/** "a:Roe": the entity the name written "Roe" stands for in source a. */
function entityIn(sources: Record<string, readonly string[]>, at: string): string | undefined {
  const [source, written] = at.split(':') as [string, string];
  return resolveEntities(mentionsOf(sources)).entityOf(nameKey(written), source);
}

type Run = Record<string, readonly string[]>;

describe('entities: name mentions resolved across the run', () => {
  it.each<{ name: string; sources: Run; same: string[][]; apart: string[][] }>([
    {
      name: 'a full name, a demonym before it, a title and surname, a bare surname',
      sources: { a: ['Police arrested Robert Roe in the harbour.'], b: ['Englishman Robert Roe was held overnight.'], c: ['Mr. Roe denied the charge.'], d: ['Lawyers for Roe said little.'] },
      same: [['a:Robert Roe', 'b:Robert Roe', 'c:Roe', 'd:Roe']],
      apart: [],
    },
    {
      name: 'titles and ranks before a name are not the name',
      sources: { a: ['Officer Jane Roe answered the call.'], b: ['The patrol was led by Sgt. Jane Roe.'], c: ['Neighbours praised Jane Roe on Sunday.'] },
      same: [['a:Jane Roe', 'b:Jane Roe', 'c:Jane Roe']],
      apart: [],
    },
    {
      name: 'a middle name left out, an initial for the given name',
      sources: { a: ['Robert James Roe was charged on Friday.'], b: ['Robert Roe appeared in court.'], c: ['The court heard that R. Roe had fled.'] },
      same: [['a:Robert James Roe', 'b:Robert Roe', 'c:R. Roe']],
      apart: [],
    },
    {
      name: 'two brothers: a bare surname beside both joins neither',
      sources: { a: ['John Roe and his brother Mark Roe were hurt.', 'A neighbour said Roe shouted for help.'], b: ['Witnesses said Roe ran from the house.'] },
      same: [],
      apart: [['a:John Roe', 'a:Mark Roe'], ['a:Roe', 'a:John Roe'], ['a:Roe', 'a:Mark Roe'], ['b:Roe', 'a:John Roe'], ['b:Roe', 'a:Mark Roe'], ['a:Roe', 'b:Roe']],
    },
    {
      name: 'a surname is resolved in its own article first',
      sources: { a: ['John Roe was hurt in the crash.', 'Later, Roe spoke to reporters.'], b: ['Mark Roe drove the second car.', 'His wife said Roe was not hurt.'] },
      same: [['a:Roe', 'a:John Roe'], ['b:Roe', 'b:Mark Roe']],
      apart: [['a:John Roe', 'b:Mark Roe'], ['a:Roe', 'b:Roe']],
    },
    {
      name: 'different given names with one surname are different people, however close the spelling',
      sources: { a: ['Roberta Roe left the court.'], b: ['Roberto Roe left the court.'], c: ['Jane Doe met John Doe.'] },
      same: [],
      apart: [['a:Roberta Roe', 'b:Roberto Roe'], ['c:Jane Doe', 'c:John Doe']],
    },
    {
      name: 'places are not people: a surname does not join a place that ends with it',
      sources: { a: ['Tom Jackson lives in Jackson County.', 'Jackson said he heard shots.'], b: ['The shots were heard in New York.', 'York was quiet.'] },
      same: [['a:Jackson', 'a:Tom Jackson']],
      apart: [['a:Jackson County', 'a:Tom Jackson'], ['b:York', 'b:New York']],
    },
  ])('$name', ({ sources, same, apart }) => {
    for (const group of same) {
      const ids = group.map((at) => entityIn(sources, at));
      expect(ids[0], group[0]).toBeDefined();
      expect(new Set(ids).size, group.join(' = ')).toBe(1);
    }
    for (const [x, y] of apart) {
      const [ix, iy] = [entityIn(sources, x!), entityIn(sources, y!)];
      expect(ix, x).toBeDefined();
      expect(iy, y).toBeDefined();
      expect(ix, `${x} is not ${y}`).not.toBe(iy);
    }
  });

  it.each<{ name: string; sources: Run; at: string; label: string; kind: string }>([
    { name: 'the fullest written form, descriptors left out', sources: { a: ['Englishman Robert James Roe was held.', 'Police said Roe was released.'], b: ['Robert Roe spoke.'] }, at: 'a:Roe', label: 'Robert James Roe', kind: 'person' },
    { name: 'a possessive is not part of the name', sources: { a: ["Jane Roe's car was found.", 'Officer Jane Roe was unhurt.'] }, at: 'a:Jane Roe', label: 'Jane Roe', kind: 'person' },
    { name: 'an organisation stays whole', sources: { a: ['The Harbour Safety Council met.'] }, at: 'a:Harbour Safety Council', label: 'Harbour Safety Council', kind: 'organisation' },
  ])('labels and kinds: $name', ({ sources, at, label, kind }) => {
    const index = resolveEntities(mentionsOf(sources));
    const [source, written] = at.split(':') as [string, string];
    const entity = index.entities.find((e) => e.id === index.entityOf(nameKey(written), source));
    expect(entity?.label).toBe(label);
    expect(entity?.kind).toBe(kind);
    expect(entity?.mentions.length).toBe(Object.values(sources).flat().filter((t) => t.includes(written.split(' ').pop()!)).length);
  });
});

/** The age frames of one sentence: words -> frame key, as the extract stage keys them (by the name as written). */
function ageKeys(text: string): Record<string, string> {
  const sentence = { source: 's', index: 0, line: 1, text };
  const parsed = parseSentence(text);
  const keys: Record<string, string> = {};
  for (const f of frameFacts(extractFacts(sentence, {}, parsed), parsed)) if (f.frame?.measure === 'age') keys[f.text] = f.frame.key;
  return keys;
}

describe('a town after a name is where the person is from, not part of the name', () => {
  it.each([
    { sources: { a: ['The driver, 61-year-old Raymond Pike of Richmond, was hurt.'], b: ['Raymond Pike was among the injured.'] }, same: ['a:Raymond Pike of Richmond', 'b:Raymond Pike'] },
    { sources: { a: ['Investigators named Kyle Renner of Ephrata as the suspect.'], b: ['Kyle Renner, 29, was arrested.'] }, same: ['a:Kyle Renner of Ephrata', 'b:Kyle Renner'] },
  ])('$same', ({ sources, same }) => {
    const ids = same.map((at) => entityIn(sources, at));
    expect(ids[0]).toBeDefined();
    expect(new Set(ids).size).toBe(1);
  });

  it.each([['Bank of England'], ['Gulf of Aden'], ['Security Service of Ukraine']])('%s keeps its "of"', (name) => {
    const sources = { a: [`Officials at the ${name} spoke on Monday.`], b: [`The ${name} said nothing.`] };
    expect(resolveEntities(mentionsOf(sources)).entities.some((e) => e.label === name)).toBe(true);
  });
});

describe('ages: whose age a figure is', () => {
  it.each([
    { text: 'Officer Jane Roe, 32, and Sgt. Tom Doe, 41, were hurt.', ages: { '32': 'age|jane roe', '41': 'age|thomas doe' } },
    { text: 'Two officers, 32-year-old Jane Roe and 41-year-old Tom Doe, were hurt.', ages: { '32': 'age|jane roe', '41': 'age|thomas doe' } },
    { text: 'Tom Doe was driving with 32-year-old Officer Jane Roe when the car crashed.', ages: { '32': 'age|jane roe' } },
    { text: 'Police said the 32-year-old suspect Robert Roe fled on foot.', ages: { '32': 'age|robert roe' } },
    { text: 'A 61-year-old man named Eric Holm was arrested at the scene.', ages: { '61': 'age|eric holm' } },
    { text: 'A 27-year-old parolee, Jose Varga, was held overnight.', ages: { '27': 'age|jose varga' } },
    { text: 'The 45-year-old Harbour County Sheriff Deputy Tom Doe died.', ages: { '45': 'age|thomas doe' } },
    { text: 'Police said Varga, who is 32, was arrested.', ages: { '32': 'age|varga' } },
    { text: 'Police said Varga, aged 32, was arrested.', ages: { '32': 'age|varga' } },
    { text: 'Jane Varga is 32 years old.', ages: { '32': 'age|jane varga' } },
    { text: 'Police said Varga, a 32-year-old mechanic, fled.', ages: { '32': 'age|varga' } },
    // "N year old" unhyphenated describes the name after it, as "N-year-old" does; "N years old," the name before.
    { text: 'Two died: 30 year old Jane Roe, 41 year old Tom Doe and a third man.', ages: { '30': 'age|jane roe', '41': 'age|thomas doe' } },
    { text: 'The dead were named as Jane Roe, 30 years old, and Tom Doe.', ages: { '30': 'age|jane roe' } },
    // A clause right after the age that names its owner: "whom ... identified as", ", identified as".
    { text: 'The 18-year-old who died, whom the coroner identified as Dale Moss, had just left school.', ages: { '18': 'age|dale mos' } },
    { text: 'An 18-year-old man, identified as Dale Moss, died at the scene.', ages: { '18': 'age|dale mos' } },
    { text: 'A 25-year-old man was arrested, and police identified the victim as Dale Moss.', ages: {} },
    // Not a person's age: a descriptor of another noun, or the age of a thing the person owns.
    { text: 'A 29-year-old Riverside Heights gang member was held.', ages: {} },
    { text: "Tom Doe's 30-year-old boat sank in the storm.", ages: {} },
    // An age at another moment is its source's own question.
    { text: 'Jane Varga was 27 when she was first arrested.', ages: { '27': 'age|jane varga|then|s' } },
    { text: 'Police said Varga, then 27, was arrested.', ages: { '27': 'age|varga|then|s' } },
  ])('$text', ({ text, ages }) => {
    expect(ageKeys(text)).toEqual(ages);
  });
});

/** The run's articles (one per source) compared; every age row and age contradiction of the report. */
function agesOf(articles: Record<string, string>) {
  const report = compare(Object.entries(articles).map(([id, text]) => ({ id, path: `${id}.txt`, text })));
  const rows = report.factTable.filter((r) => r.frame.measure === 'age');
  const contradictions = report.contradictions.filter((c) => c.frame?.measure === 'age');
  return { rows, contradictions };
}

describe('ages compared across the run, by person', () => {
  it('two ages of one man in two forms, in two sources, are one row and contradict', () => {
    const { rows, contradictions } = agesOf({
      a: 'Englishman Robert Roe, 32, was arrested on Monday at the port.\nHe was released on bail.',
      b: 'The 31-year-old Roe was arrested on Monday at the port.\nHe was later released.',
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.frame.label).toBe('age of Robert Roe');
    expect(rows[0]!.values.map((v) => `${v.source}:${v.value}`).sort()).toEqual(['a:32', 'b:31']);
    expect(rows[0]!.strength).toBe('conflict');
    expect(contradictions).toHaveLength(1);
    expect(contradictions[0]!.values.map((v) => v.value).sort()).toEqual([31, 32]);
  });

  it.each<{ name: string; articles: Record<string, string>; conflict: boolean }>([
    {
      name: 'ages of different people are not compared',
      articles: { a: 'Officer Jane Roe, 32, and Sgt. Tom Doe, 41, were hurt on Monday.', b: 'Two officers, 41-year-old Tom Doe and 32-year-old Jane Roe, were hurt on Monday.' },
      conflict: false,
    },
    {
      name: 'a bare surname beside two brothers is compared with neither',
      articles: { a: 'John Roe, 30, and his brother Mark Roe, 25, were hurt on Monday.', b: 'Roe, 31, was hurt on Monday, police said.' },
      conflict: false,
    },
    {
      name: 'an age at another moment against the age now',
      articles: { a: 'Robert Roe was 27 when he was first arrested.\nHe is on trial this week.', b: 'Robert Roe, now 29, is on trial this week.' },
      conflict: false,
    },
    {
      name: 'articles two years apart',
      articles: { a: 'June 5, 2005\nPolice arrested Robert Roe, 27, at the port.', b: 'April 4, 2007\nA jury convicted Robert Roe, 29, of the killing.' },
      conflict: false,
    },
    {
      name: 'articles of the same week',
      articles: { a: 'June 5, 2005\nPolice arrested Robert Roe, 27, at the port.', b: 'June 7, 2005\nA judge denied bail to Robert Roe, 29, on Tuesday.' },
      conflict: true,
    },
  ])('$name', ({ articles, conflict }) => {
    const { contradictions } = agesOf(articles);
    expect(contradictions.length > 0).toBe(conflict);
  });
});

describe('withEntityFrames', () => {
  it('keys ages by entity and keeps other facts as they are', () => {
    const texts: Array<[string, string]> = [['a', 'Suspect Robert Roe, 32, fled.'], ['b', 'Police said Roe, 31, fled with 40 others.']];
    const facts: Fact[][] = texts.map(([source, text]) => {
      const parsed = parseSentence(text);
      return frameFacts(extractFacts({ source, index: 0, line: 1, text }, {}, parsed).map((f) => ({ ...f, sentence: 0 })), parsed);
    });
    const out = withEntityFrames(facts);
    const ages = out.flat().filter((f) => f.frame?.measure === 'age');
    expect(ages.map((f) => f.frame!.key)).toEqual(['age|robert roe', 'age|robert roe']);
    expect(ages.map((f) => f.frame!.of)).toEqual(['robert roe', 'robert roe']);
    const others = out.flat().filter((f) => f.frame?.measure !== 'age');
    expect(others).toEqual(facts.flat().filter((f) => f.frame?.measure !== 'age'));
  });
});
