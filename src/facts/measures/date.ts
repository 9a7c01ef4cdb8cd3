/**
 * Calendar dates as typed facts: the day, month or year a happening took place ("was convicted March 20", "the 2006
 * HBO movie", "In 1957, Page disappeared"). The question is the happening read from the date's own clause
 * (date-clause.ts) with what tells it apart from others of its kind (an object, a charge, a title) and whom it is
 * about (date-parties.ts: who did it, or whom it befell); a date whose happening nothing tells apart is compared
 * only within one claim. Bounds and spans ("since 2005", "from 2005
 * to 2010"), reports ("said in 1998", "posted 2008-12-03") and relative dates and times are not read.
 */
import { calendarFields } from '../../algebra/dates.js';
import { countedClass } from '../../extract/index.js';
import { gerund, pastParticiple, pastTense } from '../../language/en/inflect.js';
import type { Fact } from '../../types.js';
import { HAPPENING_NOUNS, REPORT_NOUNS, REPORT_VERBS, STATEMENT_OBJECTS, THING_DATED, WORK_NOUNS } from '../lexicon/en/dated-happenings.js';
import { nominalOf } from '../nominal.js';
import { EVENT, evidenceOf, PERSON, type Attribute, type DateValue, type FactValue, type Measure, type SentenceContext, type Subject, type TypedFact, type Verdict } from '../model.js';
import { foldedHappening, happeningOf, isBoundOrSpan, nounArgument, objectComplement, tokenRange, verbArgument, type Argument, type Happening } from './date-clause.js';
import { agentOf, ownerOf, possessorOf, verbSubject, workTitle, type Who } from './date-parties.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The typed value of an extract-stage calendar value ("2008-11-19", "--11-19", "2008", "month:november"). */
export function dateValueOf(value: string): DateValue | undefined {
  const fields = calendarFields(value);
  if (fields === undefined || (fields.year === undefined && fields.month === undefined)) return undefined;
  return { type: 'date', ...fields };
}

/**
 * Two dates of one happening: every field both give must match ("November 2008" agrees with "2008-11-19"). A
 * month named alone is coarse ("early December", "November-end" may meet at the month's edge): possibly in
 * conflict; dates that name their days or years and differ cannot both hold.
 */
export function dateVerdict(a: DateValue, b: DateValue): Verdict {
  if ((['year', 'month', 'day'] as const).every((f) => a[f] === undefined || b[f] === undefined || a[f] === b[f])) return 'agree';
  const monthAlone = (v: DateValue) => v.year === undefined && v.day === undefined;
  return monthAlone(a) || monthAlone(b) ? 'possible' : 'conflict';
}

/** "November 19, 2008", "November 2008", "2008", "November 19", "November". */
export function dateWords(v: DateValue): string {
  const month = v.month !== undefined ? MONTHS[v.month - 1] : undefined;
  if (month === undefined) return v.year !== undefined ? String(v.year) : '';
  const day = v.day !== undefined ? `${month} ${v.day}` : month;
  if (v.year === undefined) return day;
  return v.day !== undefined ? `${day}, ${v.year}` : `${month} ${v.year}`;
}

// --------------------------------------------------------------------------------------------- who and what

function nameSubject(name: Fact, title = false): Subject {
  return { id: `${title ? 'title' : 'name'}:${String(name.value)}`, label: name.text };
}

/** A party to a happening: whom it is about (a name, someone unnamed), a thing, or both ("her marriage"). */
interface Party {
  subject?: Subject;
  thing?: Argument;
}

function partyOf(context: SentenceContext, who: Who, role: Argument['role']): Party | undefined {
  if (who === undefined) return undefined;
  if ('name' in who) return { subject: nameSubject(who.name, who.title === true) };
  if ('pronoun' in who) return { subject: PERSON };
  const thing: Argument = { key: countedClass(who.thing.lemma) ?? who.thing.lemma, words: `the ${who.thing.lemma}`, role, name: false, end: who.thing.index };
  // "Her third marriage failed": the happening befell the marriage, and the marriage is hers.
  const owner = ownerOf(context, who.thing);
  return owner !== undefined ? { subject: partyOf(context, owner, role)!.subject!, thing } : { thing };
}

/** An object as a party: a name is someone the happening befell, a noun a thing ("sank the trawler"). */
function objectParty(argument: Argument | undefined): Party | undefined {
  if (argument === undefined) return undefined;
  if (argument.name) return { subject: { id: `name:${argument.key}`, label: argument.words } };
  return argument.key === 'person' ? undefined : { thing: argument };
}

/** A report, not a happening: "said in 1998", "a December 3 statement", "released a statement on Monday". */
function isReport(h: Happening, argument: Argument | undefined): boolean {
  if (h.kind === 'noun') return REPORT_NOUNS.has(h.word);
  if (REPORT_VERBS.has(h.word)) return true;
  return h.key === 'release' && argument !== undefined && !argument.name && STATEMENT_OBJECTS.has(argument.key);
}

interface Reading {
  subject: Subject;
  argument: Argument | undefined;
  /** How the subject takes part, for labels: it did the happening, it befell it, or a title's release. */
  voice: 'agent' | 'patient' | 'titled' | 'none';
  /** An untitled work ("the 1991 movie"): a story may tell of several, so only one claim's sentences are compared. */
  loose?: true;
  /** The happening as re-read with an object's complement ("found Crane guilty": convicted). */
  happening?: Happening;
}

/** Whom and what a noun's happening is about: its possessor, a title, an "of" phrase, a name inside it. */
function nounReading(context: SentenceContext, h: Happening): Reading {
  const argument = nounArgument(context, h);
  if (WORK_NOUNS.has(h.word)) {
    // A work's date is its release: the work is the subject when titled, else one of its kind, unnamed.
    if (argument?.name === true) return { subject: { id: `title:${argument.key}`, label: argument.words }, argument: undefined, voice: 'titled' };
    return { subject: EVENT, argument: { key: WORK_NOUNS.get(h.word)!, words: `the ${h.word}`, role: 'patient', name: false }, voice: 'none', loose: true };
  }
  const owner = possessorOf(context, h.phrase![0]);
  const subject = owner !== undefined ? (partyOf(context, owner, 'within')?.subject ?? EVENT) : EVENT;
  return { subject, argument, voice: subject === EVENT ? 'none' : 'agent' };
}

/**
 * Whom and what a verb's happening is about. The one who did it when named ("Tabar sank the trawler"), with what
 * it befell as the argument; else the one it befell when named ("Orozco was convicted of murder", "the storm sank
 * the ferry Marisol"), with the charge; else the event, told apart by the thing it befell or the thing that did it.
 */
function verbReading(context: SentenceContext, h0: Happening, first: number, last: number): Reading {
  let h = h0;
  const surface = partyOf(context, verbSubject(context, h.at, h.after ?? 0), 'agent');
  const argument = verbArgument(context, h, first, last);
  let complement = argument?.role === 'complement' ? argument : undefined;
  const object = argument?.role === 'object' ? objectParty(argument) : undefined;
  // "The jury found Dana Crane guilty of arson": Crane was convicted.
  const completed = argument?.role === 'object' && argument.end !== undefined ? objectComplement(context, argument.end) : undefined;
  if (completed !== undefined) {
    h = { ...h, key: foldedHappening(h.word, completed.complement), complement: completed.complement, passive: true };
    complement = completed.charge;
  }
  const redone = h !== h0 ? { happening: h } : {};
  // "HBO Films released The Notorious Bettie Page", "Salt Roads, a documentary released in 1999": the work's date.
  const work = THING_DATED.has(h.key) ? titleOf(context, argument, surface) : undefined;
  if (work !== undefined) return work;
  const agent = h.passive && completed === undefined ? passiveAgent(context, h) : surface;
  const patient = completed !== undefined || !h.passive ? object : surface;
  if (agent?.subject !== undefined && completed === undefined) {
    const named = patient?.subject !== undefined && patient.subject !== PERSON ? patient.subject : undefined;
    const befell = named !== undefined ? { key: named.id.slice(named.id.indexOf(':') + 1), words: named.label, role: 'object' as const, name: true } : patient?.thing;
    return { subject: agent.subject, argument: befell ?? complement ?? agent.thing, voice: 'agent', ...redone };
  }
  if (patient?.subject !== undefined) return { subject: patient.subject, argument: complement ?? patient.thing, voice: 'patient', ...redone };
  return { subject: EVENT, argument: patient?.thing ?? complement ?? agent?.thing, voice: 'none', ...redone };
}

/** The agent named in a "by" phrase of a passive verb ("set by J.J. Redick"). */
function passiveAgent(context: SentenceContext, h: Happening): Party | undefined {
  const agent = agentOf(context, h.at);
  return agent !== undefined ? { subject: nameSubject(agent) } : undefined;
}

/** A thing-dated happening's title: the name released, or the name a work stands beside. */
function titleOf(context: SentenceContext, argument: Argument | undefined, surface: Party | undefined): Reading | undefined {
  if (argument?.name === true && argument.role === 'object') return { subject: { id: `title:${argument.key}`, label: argument.words }, argument: undefined, voice: 'titled' };
  const thing = surface?.thing;
  const kind = thing?.end !== undefined ? WORK_NOUNS.get(context.parsed.tokens[thing.end]!.lemma) : undefined;
  if (thing === undefined || kind === undefined) return undefined;
  const title = workTitle(context, thing.end!);
  if (title !== undefined) return { subject: { id: `title:${String(title.value)}`, label: title.text }, argument: undefined, voice: 'titled' };
  return { subject: EVENT, argument: { ...thing, key: kind, role: 'patient' }, voice: 'none', loose: true };
}

// --------------------------------------------------------------------------------------------- labels

/** The question in words, without a subject and with one ("date of the verdict", "date {subject} disappeared"). */
function wording(h: Happening, r: Reading, yearOnly: boolean): Pick<Attribute, 'label' | 'about'> {
  const p = yearOnly ? 'year' : 'date';
  const a = r.argument;
  const tail = (words: string | undefined) => (words === undefined || words === '' ? '' : ` ${words}`);
  if (h.key === 'birth') return { label: `${p} of birth` };
  if (h.kind === 'noun') {
    if (r.voice === 'titled') return { label: `${p} the ${h.word} was released`, about: `${p} {subject} was released` };
    const thing = a?.role === 'within' ? `${a.words} ${h.word}` : `${h.word}${a !== undefined && a.role !== 'patient' ? ` ${a.words}` : ''}`;
    return { label: `${p} of the ${thing}`, about: `${p} of {subject}'s ${thing}` };
  }
  const complement = h.complement.join(' ');
  const past = `${pastTense(h.word)}${tail(complement)}`;
  const pp = `${pastParticiple(h.word)}${tail(complement)}`;
  const befallen = a !== undefined && (a.role === 'object' || a.role === 'patient');
  if (r.voice === 'titled' || (THING_DATED.has(h.key) && befallen)) return { label: `${p} ${a?.words ?? 'the work'} was ${pp}`, about: `${p} {subject} was ${pp}` };
  if (r.voice === 'patient') return { label: `${p} someone was ${pp}${tail(a?.words)}`, about: `${p} {subject} was ${pp}${tail(a?.words)}` };
  if (befallen) return { label: `${p} ${a.words} was ${pp}`, about: `${p} {subject} ${past} ${a.words}` };
  // "the license was revoked": a passive's subject is no doer, and the label keeps the passive.
  if (a?.role === 'agent' && h.passive) return { label: `${p} ${a.words} was ${pp}`, about: `${p} {subject}'s ${a.words.replace(/^the /, '')} was ${pp}` };
  if (a?.role === 'agent') return { label: `${p} ${a.words} ${past}`, about: `${p} {subject}'s ${a.words.replace(/^the /, '')} ${past}` };
  const noun = HAPPENING_NOUNS.get(h.word) ?? nominalOf(h.word) ?? gerund(h.word);
  return { label: `${p} of the ${noun}${tail(complement)}${tail(a?.words)}`, about: `${p} {subject} ${past}${tail(a?.words)}` };
}

// --------------------------------------------------------------------------------------------- reading

function readDate(context: SentenceContext, mention: Fact, dates: readonly Fact[]): TypedFact | undefined {
  const value = typeof mention.value === 'string' ? dateValueOf(mention.value) : undefined;
  const range = value !== undefined ? tokenRange(context, mention.span) : undefined;
  if (value === undefined || range === undefined) return undefined;
  const [first, last] = range;
  if (isBoundOrSpan(context, first, last, dates)) return undefined;
  const read = happeningOf(context, first, last);
  if (read === undefined) return undefined;
  const reading = read.kind === 'noun' ? nounReading(context, read) : verbReading(context, read, first, last);
  const h = reading.happening ?? read;
  if (isReport(h, reading.argument)) return undefined;
  const { subject, argument } = reading;
  // What tells the happening apart across the run: a name, what it befell or was done with, or whom it is about.
  // The kind of thing that did it ("a quake struck in April") does not: a story tells of several quakes.
  const byKind = argument?.role === 'agent' && subject === EVENT;
  const told = argument !== undefined && reading.loose !== true && !byKind && (argument.name || argument.key !== 'person');
  // Whom it befell and who did it are two questions ("Orozco was sentenced", "Judge Hickok sentenced").
  const befell = reading.voice === 'patient' && h.key !== 'birth' ? '|befell' : '';
  const attribute: Attribute = { id: `${h.key}|${told ? argument!.key : ''}${befell}`, ...wording(h, reading, value.month === undefined) };
  const fact: TypedFact = { measure: 'date', subject, attribute, value, scope: {}, evidence: evidenceOf(context, mention.span) };
  return told || subject.id.startsWith('name:') || subject.id.startsWith('title:') ? fact : { ...fact, alignedOnly: true };
}

function read(context: SentenceContext): TypedFact[] {
  const dates = context.mentions.filter((m) => m.kind === 'date');
  if (dates.length === 0) return [];
  return dates.flatMap((m) => readDate(context, m, dates) ?? []);
}

export const date: Measure = {
  id: 'date',
  read,
  compare: (a: FactValue, b: FactValue) => (a.type === 'date' && b.type === 'date' ? dateVerdict(a, b) : 'agree'),
  words: (v: FactValue) => (v.type === 'date' ? dateWords(v) : ''),
  recurs: true,
};
